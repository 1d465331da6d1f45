import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/extension-constants';
import './overlay.css';

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const pre = document.querySelector('pre, #tagged-text, .entry-content');
    if (!pre) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'cable-lens-overlay',
      position: 'inline',
      anchor: pre,
      append: 'before',
      onMount(container) {
        render(<p class="cl-banner">Cable Lens</p>, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
