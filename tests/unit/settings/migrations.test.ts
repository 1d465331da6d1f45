import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION, parseSettings } from '@/utils/settings';

/** The settings module as a freshly started extension sees it: migrations run when the item is defined. */
async function freshSettingsModule() {
  vi.resetModules();
  return import('@/utils/settings');
}

beforeEach(() => {
  fakeBrowser.reset();
});

const V1_SETTINGS = {
  enabled: true,
  theme: 'auto',
  monospace: true,
  routingCollapsed: false,
  highlightMarkings: true,
  explainTags: false,
  disabledHosts: ['cables.example.org', 'WikiLeaks.example.net'],
};

describe('settings migrations', () => {
  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('migrates the v1 draft schema to v2 (theme auto → page, monospace → font, disabledHosts → site rules)', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_SETTINGS, settings$: { v: 1 } });
    const { loadSettings, migrateStoredSettings } = await freshSettingsModule();
    const migrated = {
      ...DEFAULT_SETTINGS,
      theme: 'page',
      font: 'mono',
      routingCollapsed: false,
      explainTags: false,
      sites: { '*://cables.example.org/*': false, '*://wikileaks.example.net/*': false },
    };
    // Reading migrates in memory and writes nothing (the content script reads in one round trip)…
    expect(await loadSettings()).toEqual(migrated);
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 1 } });
    // …the background's start-up writes the migrated value and the new version back, once.
    await migrateStoredSettings();
    expect(await loadSettings()).toEqual(migrated);
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: 2 });
    expect(stored.settings).not.toHaveProperty('disabledHosts');
    expect(stored.settings).not.toHaveProperty('monospace');
  });

  it('treats a value without version metadata as v1', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...V1_SETTINGS, monospace: false } });
    const { loadSettings } = await freshSettingsModule();
    const settings = await loadSettings();
    expect(settings.font).toBe('serif');
    expect(settings.theme).toBe('page');
  });

  it('leaves v2 data alone, even if run on it again (metadata lost)', () => {
    const v2 = { ...DEFAULT_SETTINGS, theme: 'dark', font: 'sans', sites: { '*://*/cable/*': false } };
    expect(parseSettings(SETTINGS_MIGRATIONS[2]!(v2))).toEqual(v2);
  });

  it('survives a corrupt v1 value', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'auto', disabledHosts: 'oops', sites: 5 }, settings$: { v: 1 } });
    const { loadSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('does not throw on a value from a newer version (downgrade): it is validated as usual', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, font: 'sans', futureField: 1 }, settings$: { v: 3 } });
      const { loadSettings } = await freshSettingsModule();
      expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, font: 'sans' });
    } finally {
      error.mockRestore();
    }
  });

  it('stores the current version with the first write on a fresh install', async () => {
    const { updateSettings } = await freshSettingsModule();
    await updateSettings({ font: 'sans' });
    expect((await fakeBrowser.storage.sync.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });
});
