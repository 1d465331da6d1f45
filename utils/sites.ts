/**
 * The mirror sites Cable Lens runs on: the built-in list (manifest content script, each can be
 * switched off) and the sites the reader adds. Adding a site asks for its optional host
 * permission and registers the content script for it; removing it undoes both.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_MATCHES } from './extension-constants';
import { t, type MessageKey } from './i18n';
import { hostOfPattern, hostPattern, loadSettings, updateSettings, type Settings } from './settings';

export interface BuiltInSite {
  pattern: (typeof CONTENT_SCRIPT_MATCHES)[number];
  /** The site's name in the reader's language (read when shown, from `labelKey`). */
  readonly label: string;
  labelKey: MessageKey;
}

const BUILT_IN_LABELS: Record<BuiltInSite['pattern'], MessageKey> = {
  '*://*/cable/*': 'sites_label_viewer',
  '*://*/plusd/cables/*': 'sites_label_plusd',
  '*://cablegatesearch.wikileaks.org/*': 'sites_label_cablegatesearch',
  '*://wikileakskz.wordpress.com/*': 'sites_label_wikileakskz',
  '*://wikileaks.jcvignoli.com/*': 'sites_label_jcvignoli',
};

export const BUILT_IN_SITES: readonly BuiltInSite[] = CONTENT_SCRIPT_MATCHES.map((pattern) => ({
  pattern,
  labelKey: BUILT_IN_LABELS[pattern],
  get label() {
    return t(this.labelKey);
  },
}));

/** The content script every site runs (WXT's output path for entrypoints/cable.content/). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/cable.js';
const USER_SCRIPT_ID_PREFIX = 'cable-lens-user-site:';

/** A site switch is on unless a rule turned it off. */
export function isSiteSwitchOn(settings: Settings, pattern: string): boolean {
  return settings.sites[pattern] !== false;
}

/**
 * What the reader typed ("example.org", "https://www.example.org/cables/x.html", "*.example.org")
 * → the pattern of that host (`*://www.example.org/*`), or null when it names no web host.
 */
export function sitePatternFromInput(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  const wildcard = trimmed.startsWith('*.');
  const withoutWildcard = wildcard ? trimmed.slice(2) : trimmed;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(withoutWildcard) ? withoutWildcard : `https://${withoutWildcard}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // A bare IPv6 host cannot be written as a match pattern host with WXT's matcher; refuse it.
  const pattern = hostPattern(`${wildcard ? '*.' : ''}${url.hostname}`);
  return hostOfPattern(pattern) ? pattern : null;
}

export function userScriptId(pattern: string): string {
  return USER_SCRIPT_ID_PREFIX + (hostOfPattern(pattern) ?? pattern);
}

/** Turns one site switch (a built-in pattern, a user site or one host) on or off. */
export function setSiteEnabled(pattern: string, on: boolean): Promise<Settings> {
  return loadSettings().then((current) => updateSettings({ sites: { ...current.sites, [pattern]: on } }));
}

export type AddSiteResult = { ok: true; pattern: string } | { ok: false; reason: 'invalid' | 'denied' | 'failed'; message: string };

/**
 * Adds a user site. Call it straight from the click handler: `permissions.request` needs the
 * user gesture, and Firefox loses it after the first `await`.
 */
export function addUserSite(input: string): Promise<AddSiteResult> {
  const pattern = sitePatternFromInput(input);
  if (!pattern) {
    return Promise.resolve({ ok: false, reason: 'invalid', message: t('sites_error_invalid', input.trim()) });
  }
  return browser.permissions.request({ origins: [pattern] }).then(
    async (granted): Promise<AddSiteResult> => {
      if (!granted) return { ok: false, reason: 'denied', message: t('sites_error_denied', hostOfPattern(pattern) ?? pattern) };
      const current = await loadSettings();
      const settings = await updateSettings({
        userSites: current.userSites.includes(pattern) ? current.userSites : [...current.userSites, pattern],
      });
      await syncUserSiteScripts(settings.userSites);
      return { ok: true, pattern };
    },
    (error: unknown): AddSiteResult => ({ ok: false, reason: 'failed', message: t('sites_error_failed', String(error)) }),
  );
}

/** Removes a user site: forgets it and its switch, unregisters its script, releases its permission. */
export async function removeUserSite(pattern: string): Promise<Settings> {
  const current = await loadSettings();
  const { [pattern]: _removed, ...sites } = current.sites;
  const settings = await updateSettings({ userSites: current.userSites.filter((site) => site !== pattern), sites });
  await syncUserSiteScripts(settings.userSites);
  try {
    await browser.permissions.remove({ origins: [pattern] });
  } catch {
    // Already gone, or also a required permission (a built-in host): nothing to release.
  }
  return settings;
}

let syncQueue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered content scripts match `userSites` exactly: registers the missing ones whose
 * permission is granted, unregisters the ones no longer wanted. Idempotent and serialised, so the
 * popup and the background may both call it.
 */
export function syncUserSiteScripts(userSites: readonly string[]): Promise<void> {
  const run = syncQueue.then(async () => {
    const scripting = browser.scripting;
    if (!scripting?.registerContentScripts) return;
    const wanted = new Map(userSites.map((pattern) => [userScriptId(pattern), pattern]));
    const registered = (await scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(USER_SCRIPT_ID_PREFIX));
    const stale = registered.filter((script) => !wanted.has(script.id)).map((script) => script.id);
    if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale });
    const present = new Set(registered.map((script) => script.id));
    for (const [id, pattern] of wanted) {
      if (present.has(id)) continue;
      if (!(await browser.permissions.contains({ origins: [pattern] }))) continue;
      await scripting.registerContentScripts([{ id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' }]);
    }
  });
  syncQueue = run.catch(() => undefined);
  return run;
}
