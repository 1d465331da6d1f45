/**
 * The reader's settings: one typed schema (settings-schema.ts), stored in `sync` storage (follows the
 * reader across browsers), versioned with migrations, and validated on every read (settings-read.ts)
 * — a corrupt or unknown value falls back to its default field by field and never reaches (or
 * breaks) the content script. This module adds the site rules and the storage item: writes, watching.
 */
import { storage } from 'wxt/utils/storage';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { loadSettings } from './settings-read';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  hostPattern,
  parseSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsPatch,
} from './settings-schema';

export * from './settings-schema';
export * from './settings-read';

// ---------------------------------------------------------------------------------------------
// Site rules

const compiledPatterns = new Map<string, MatchPattern>();
function patternIncludes(pattern: string, url: URL): boolean {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = new MatchPattern(pattern);
    compiledPatterns.set(pattern, compiled);
  }
  // A string, not the URL: the matcher tests `instanceof Location`, which Node (the CLI, tests) lacks.
  return compiled.includes(url.href);
}

/**
 * Whether Cable Lens should show its overlay on `url`. The master switch wins; then a rule for
 * this exact host (the popup's "this site" switch); then any switched-off pattern that matches
 * (a built-in mirror family or a user site). Pages no rule mentions are on: the content script
 * only runs there because a built-in pattern, a user site or "Enhance this page" put it there.
 */
export function isSiteEnabled(settings: Settings, url: string | URL): boolean {
  if (!settings.enabled) return false;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const hostRule = settings.sites[hostPattern(parsed.hostname)];
  if (hostRule !== undefined) return hostRule;
  return !Object.entries(settings.sites).some(([pattern, on]) => !on && patternIncludes(pattern, parsed));
}

// ---------------------------------------------------------------------------------------------
// Storage

/** Builds the storage item (tests start from a fresh module with vi.resetModules to define it again). */
function defineSettingsItem() {
  return storage.defineItem<unknown>('sync:settings', {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

let settingsItem: ReturnType<typeof defineSettingsItem> | null = null;
// Lazily: defining the item starts its migration, which needs the extension runtime.
function item() {
  settingsItem ??= defineSettingsItem();
  return settingsItem;
}

/** Upgrades the stored value to the current version once (the storage item writes it back); background start-up. */
export async function migrateStoredSettings(): Promise<void> {
  await item().getValue();
}

/** Calls `callback` with validated settings on every change (from any tab or device). Returns unwatch. */
export function watchSettings(callback: (settings: Settings, previous: Settings) => void): () => void {
  return item().watch((next, previous) => callback(parseSettings(next), parseSettings(previous)));
}

// Writes from one context run one after another, so two quick clicks never lose an update.
let writeQueue: Promise<unknown> = Promise.resolve();
function queueWrite(change: (current: Settings) => Settings): Promise<Settings> {
  const write = writeQueue.then(async () => {
    const next = parseSettings(change(await loadSettings()));
    await item().setValue(next);
    return next;
  });
  writeQueue = write.catch(() => undefined);
  return write;
}

/** Merges `patch` into the stored settings (validated before it is written) and returns the result. */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return queueWrite((current) => ({ ...current, ...patch }));
}

/**
 * Back to the defaults. The reader's added sites stay: each one is a permission they granted and a
 * registered content script, which only "remove site" releases.
 */
export function resetSettings(): Promise<Settings> {
  return queueWrite((current) => ({ ...defaultSettings(), userSites: current.userSites }));
}
