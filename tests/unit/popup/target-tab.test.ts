import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describePageState, formatCableSummary } from '@/components/popup/format-status';
import { resolveTargetTab } from '@/components/popup/target-tab';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('resolveTargetTab', () => {
  it('uses the tab named by ?tab=<id>', async () => {
    const get = vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 42, url: 'https://a.example/' } as never);
    expect(await resolveTargetTab('?tab=42')).toMatchObject({ id: 42 });
    expect(get).toHaveBeenCalledWith(42);
  });

  it('is null when ?tab names a closed tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 42'));
    expect(await resolveTargetTab('?tab=42')).toBeNull();
  });

  it('as a toolbar popup: the active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, active: true }] as never);
    expect(await resolveTargetTab('')).toMatchObject({ id: 3 });
  });

  it('opened as a tab itself: the most recently used other tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 9 } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(
      async (query: { active?: boolean }) =>
        (query.active
          ? [{ id: 9, active: true }]
          : [
              { id: 1, lastAccessed: 100 },
              { id: 9, lastAccessed: 300 },
              { id: 2, lastAccessed: 200 },
            ]) as never,
    );
    expect(await resolveTargetTab('')).toMatchObject({ id: 2 });
  });
});

describe('status text', () => {
  it('formats one cable the way the issue shows it', () => {
    expect(formatCableSummary({ id: '09ASTANA559', paragraphs: 4, classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY' })).toBe(
      'Cable 09ASTANA559 · 4 paragraphs · UNCLASSIFIED//FOR OFFICIAL USE ONLY',
    );
  });

  it('says "paragraph" for one and leaves out an unknown classification', () => {
    expect(formatCableSummary({ id: '1974ATHENS02959_b', paragraphs: 1, classification: null })).toBe(
      'Cable 1974ATHENS02959_b · 1 paragraph',
    );
  });

  it('describes every page state', () => {
    expect(describePageState(null)).toBe('No cable found on this page');
    expect(describePageState({ state: 'no-cable', cables: [] })).toBe('No cable found on this page');
    expect(describePageState({ state: 'off', cables: [] })).toBe('Cable Lens is off on this page');
    expect(describePageState({ state: 'original', cables: [] })).toBe('Showing the page’s original text');
    const two = { id: 'A', paragraphs: 1, classification: null };
    expect(describePageState({ state: 'overlay', cables: [two] })).toBe('Cable Lens is showing this cable');
    expect(describePageState({ state: 'overlay', cables: [two, { ...two, id: 'B' }] })).toBe('Cable Lens is showing 2 cables');
  });
});
