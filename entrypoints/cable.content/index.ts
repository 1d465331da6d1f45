import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/extension-constants';

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  cssInjectionMode: 'ui',
  async main() {
    document.documentElement.setAttribute('data-cable-lens', 'ready');
  },
});
