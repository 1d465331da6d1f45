/**
 * Reading the settings: one storage round trip, migrated in memory and validated. Kept apart from
 * the storage item (settings.ts) so the document_start prefetch script stays small.
 */
import { browser } from 'wxt/browser';
import { defaultSettings, migrateSettings, parseSettings, type Settings } from './settings-schema';

/** Where the settings item keeps its value and its version (`settings$`, @wxt-dev/storage's meta key). */
const STORAGE_KEY = 'settings';
const META_KEY = `${STORAGE_KEY}$`;

/**
 * The settings, validated. One storage round trip (value and version together): the content script
 * waits for this before it may touch the page, and the storage item's own read takes two.
 */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get([STORAGE_KEY, META_KEY]);
    const value = stored[STORAGE_KEY];
    if (value == null) return defaultSettings();
    const meta = stored[META_KEY] as { v?: unknown } | undefined;
    const version = typeof meta?.v === 'number' ? meta.v : 1;
    return parseSettings(migrateSettings(value, version));
  } catch {
    // Storage unavailable (extension reloaded under the page, quota errors): defaults, never a throw.
    return defaultSettings();
  }
}

/** The extension's content scripts in one frame share one isolated world, so one global carries the read. */
interface SettingsPrefetchScope {
  __cableLensSettings?: Promise<Settings>;
}

/**
 * Starts reading the settings at document_start (entrypoints/settings-prefetch.content.ts), while the
 * page is still loading, so the cable content script does not wait for storage when it starts.
 */
export function prefetchSettings(): void {
  (globalThis as SettingsPrefetchScope).__cableLensSettings ??= loadSettings();
}

/** The prefetched settings, once (later reads go to storage); a fresh read where nothing prefetched. */
export function takePrefetchedSettings(): Promise<Settings> {
  const scope = globalThis as SettingsPrefetchScope;
  const prefetched = scope.__cableLensSettings;
  delete scope.__cableLensSettings;
  return prefetched ?? loadSettings();
}
