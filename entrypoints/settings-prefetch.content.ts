// Reads the settings at document_start, while the page is still loading: the cable content script
// (document_idle) then finds them ready instead of starting with a storage round trip. It touches
// nothing on the page. User-added sites and "Enhance this page" run without it and read at start.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/extension-constants';
import { prefetchSettings } from '@/utils/settings-read';

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  runAt: 'document_start',
  main() {
    prefetchSettings();
  },
});
