import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The service worker hosts browser-level features (commands, context menu, site registration).
});
