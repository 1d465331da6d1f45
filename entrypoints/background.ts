import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/extension-constants';
import { serveGlossaryData } from '@/utils/glossary-channel';
import { t } from '@/utils/i18n';
import { sendToTab } from '@/utils/messages';
import { loadSettings, migrateStoredSettings, updateSettings, watchSettings } from '@/utils/settings';
import { syncUserSiteScripts } from '@/utils/sites';

export const COPY_PARAGRAPH_LINK_MENU_ID = 'cable-lens-copy-paragraph-link';
export const TOGGLE_ROUTING_COMMAND = 'toggle-routing';

let menuQueue: Promise<unknown> = Promise.resolve();

/** The menu item shows only where the content script can run: built-in mirrors and user sites. */
export function refreshContextMenu(userSites: readonly string[]): Promise<void> {
  // removeAll + create, one refresh at a time: MV3 workers restart often and ids must not clash.
  const run = menuQueue.then(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: COPY_PARAGRAPH_LINK_MENU_ID,
      title: t('menu_copy_paragraph_link'),
      contexts: ['page', 'selection'],
      documentUrlPatterns: [...CONTENT_SCRIPT_MATCHES, ...userSites],
    });
  });
  menuQueue = run.catch(() => undefined);
  return run;
}

export default defineBackground(() => {
  serveGlossaryData();

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== COPY_PARAGRAPH_LINK_MENU_ID || tab?.id === undefined) return;
    // The frame that was right-clicked knows which paragraph it was.
    void sendToTab(tab.id, { type: 'cable-lens/copy-paragraph-link' }, info.frameId);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_ROUTING_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) void sendToTab(tab.id, { type: 'cable-lens/toggle-routing' }, 0);
  });

  // A permission revoked in the browser's own UI takes its site with it.
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    const settings = await loadSettings();
    if (!settings.userSites.some((site) => origins.includes(site))) return;
    await updateSettings({ userSites: settings.userSites.filter((site) => !origins.includes(site)) });
  });

  const setUp = async () => {
    // Readers migrate in memory; the store itself is upgraded here, once.
    await migrateStoredSettings();
    const settings = await loadSettings();
    await Promise.allSettled([refreshContextMenu(settings.userSites), syncUserSiteScripts(settings.userSites)]);
  };
  // Every start of the background (install, update, browser start, a woken MV3 worker) re-registers
  // the user sites and the menu: registrations may not survive a restart, and both steps are idempotent.
  void setUp();

  watchSettings((settings, previous) => {
    if (settings.userSites.join('\n') === previous.userSites.join('\n')) return;
    void refreshContextMenu(settings.userSites);
    void syncUserSiteScripts(settings.userSites);
  });
});
