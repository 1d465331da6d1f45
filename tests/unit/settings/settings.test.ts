import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/extension-constants';
import {
  DEFAULT_SETTINGS,
  FONTS,
  loadSettings,
  parseSettings,
  prefetchSettings,
  PERMALINK_STYLES,
  resetSettings,
  SETTINGS_VERSION,
  takePrefetchedSettings,
  THEMES,
  updateSettings,
  watchSettings,
  type Settings,
} from '@/utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('DEFAULT_SETTINGS', () => {
  it('has the defaults of contracts.md', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      sites: {},
      userSites: [],
      routingCollapsed: true,
      highlightMarkings: true,
      explainTags: true,
      permalinkStyle: 'anchor-and-fragment',
      theme: 'page',
      font: 'serif',
    });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('storage', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores in the sync area under "settings" with the schema version', async () => {
    await updateSettings({ theme: 'dark' });
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toMatchObject({ theme: 'dark', font: 'serif' });
    expect(stored['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('merges a patch into what is stored and returns the result', async () => {
    await updateSettings({ font: 'mono' });
    const result = await updateSettings({ highlightMarkings: false });
    expect(result).toMatchObject({ font: 'mono', highlightMarkings: false, theme: 'page' });
    expect(await loadSettings()).toEqual(result);
  });

  it('loses no update when several are made at once', async () => {
    await Promise.all([
      updateSettings({ font: 'sans' }),
      updateSettings({ theme: 'light' }),
      updateSettings({ explainTags: false }),
      updateSettings({ sites: { '*://*/cable/*': false } }),
    ]);
    expect(await loadSettings()).toMatchObject({ font: 'sans', theme: 'light', explainTags: false, sites: { '*://*/cable/*': false } });
  });

  it('never writes an invalid patch', async () => {
    await updateSettings({ theme: 'neon' as Settings['theme'], font: 'sans' });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
    expect(stored.theme).toBe('page');
    expect(stored.font).toBe('sans');
  });

  it('reset restores every default but keeps the sites the reader added', async () => {
    await updateSettings({
      enabled: false,
      theme: 'dark',
      font: 'mono',
      routingCollapsed: false,
      sites: { '*://example.org/*': false },
      userSites: ['*://example.org/*'],
    });
    const reset = await resetSettings();
    expect(reset).toEqual({ ...DEFAULT_SETTINGS, userSites: ['*://example.org/*'] });
    expect(await loadSettings()).toEqual(reset);
  });

  it('tells watchers about every change, validated', async () => {
    const seen: Array<[Settings, Settings]> = [];
    const unwatch = watchSettings((next, previous) => seen.push([next, previous]));
    await updateSettings({ theme: 'dark' });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]![0].theme).toBe('dark');
    expect(seen[0]![1]).toEqual(DEFAULT_SETTINGS);
    // A corrupt value written behind our back (another version, a sync conflict) arrives clean.
    await fakeBrowser.storage.sync.set({ settings: { theme: 42, font: 'sans', enabled: 'yes' } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]![0]).toEqual({ ...DEFAULT_SETTINGS, font: 'sans' });
    unwatch();
    await updateSettings({ theme: 'light' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });
});

describe('corrupt stored values', () => {
  const corrupt: Array<[string, unknown]> = [
    ['a string', 'dark'],
    ['a number', 7],
    ['an array', [true, 'serif']],
    ['false', false],
    ['an empty object', {}],
  ];
  it.each(corrupt)('falls back to the defaults when the whole value is %s', async (_name, value) => {
    await fakeBrowser.storage.sync.set({ settings: value, settings$: { v: SETTINGS_VERSION } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field and replaces only the broken ones', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        enabled: false,
        theme: 'sepia',
        font: 'mono',
        routingCollapsed: 'no',
        highlightMarkings: false,
        explainTags: null,
        permalinkStyle: 'fragment-only',
        sites: {
          '*://*/cable/*': false,
          '*://example.org/*': true,
          '<all_urls>': false,
          'javascript:alert(1)': false,
          '*://bad host/*': false,
          '*://example.com/*': 'off',
        },
        userSites: ['*://cables.example.net/*', 'https://evil.example/*', 42, '*://cables.example.net/*'],
        somethingNew: { x: 1 },
      },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(await loadSettings()).toEqual({
      enabled: false,
      theme: 'page',
      font: 'mono',
      routingCollapsed: true,
      highlightMarkings: false,
      explainTags: true,
      permalinkStyle: 'fragment-only',
      sites: { '*://*/cable/*': false, '*://example.org/*': true },
      userSites: ['*://cables.example.net/*'],
    });
  });

  it('does not throw when storage itself fails', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('quota'));
    try {
      expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('parseSettings (property)', () => {
  const validSettings: fc.Arbitrary<Settings> = fc.record({
    enabled: fc.boolean(),
    sites: fc.dictionary(
      fc.oneof(
        fc.constantFrom(...CONTENT_SCRIPT_MATCHES),
        fc.domain().map((host) => `*://${host}/*`),
      ),
      fc.boolean(),
      { maxKeys: 10 },
    ),
    userSites: fc.uniqueArray(
      fc.domain().map((host) => `*://${host}/*`),
      { maxLength: 10 },
    ),
    routingCollapsed: fc.boolean(),
    highlightMarkings: fc.boolean(),
    explainTags: fc.boolean(),
    permalinkStyle: fc.constantFrom(...PERMALINK_STYLES),
    theme: fc.constantFrom(...THEMES),
    font: fc.constantFrom(...FONTS),
  });

  function isValid(settings: Settings): boolean {
    return (
      typeof settings.enabled === 'boolean' &&
      typeof settings.routingCollapsed === 'boolean' &&
      typeof settings.highlightMarkings === 'boolean' &&
      typeof settings.explainTags === 'boolean' &&
      PERMALINK_STYLES.includes(settings.permalinkStyle) &&
      THEMES.includes(settings.theme) &&
      FONTS.includes(settings.font) &&
      Object.values(settings.sites).every((on) => typeof on === 'boolean') &&
      settings.userSites.every((site) => /^\*:\/\/[^/]+\/\*$/.test(site)) &&
      Object.keys(settings).length === 9
    );
  }

  it('turns any value into valid settings without throwing', () => {
    fc.assert(fc.property(fc.anything(), (raw) => isValid(parseSettings(raw))));
  });

  it('turns any object with mixed-up fields into valid settings', () => {
    const fieldSoup = fc.dictionary(
      fc.constantFrom(
        'enabled',
        'sites',
        'userSites',
        'routingCollapsed',
        'highlightMarkings',
        'explainTags',
        'permalinkStyle',
        'theme',
        'font',
        'extra',
      ),
      fc.anything(),
    );
    fc.assert(fc.property(fieldSoup, (raw) => isValid(parseSettings(raw))));
  });

  it('keeps valid settings exactly as they are', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        expect(parseSettings(settings)).toEqual(settings);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(parseSettings(parseSettings(raw))).toEqual(parseSettings(raw));
      }),
    );
  });
});

describe('prefetched settings (document_start → the cable content script)', () => {
  it('hands over the read made at document_start once; later takes read storage again', async () => {
    await updateSettings({ theme: 'dark' });
    prefetchSettings();
    // A second prefetch in the same frame does not start another read.
    prefetchSettings();
    await updateSettings({ theme: 'light' });
    expect((await takePrefetchedSettings()).theme).toBe('dark');
    expect((await takePrefetchedSettings()).theme).toBe('light');
  });

  it('reads storage where nothing was prefetched (user-added sites, "Enhance this page")', async () => {
    await updateSettings({ font: 'mono' });
    expect((await takePrefetchedSettings()).font).toBe('mono');
  });
});
