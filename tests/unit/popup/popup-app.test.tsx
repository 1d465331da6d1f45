/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/popup-app';
import type { PageStatus } from '@/utils/messages';
import { DEFAULT_SETTINGS, loadSettings, updateSettings } from '@/utils/settings';
import { CONTENT_SCRIPT_FILE, userScriptId } from '@/utils/sites';

const CABLE_URL = 'https://wikileakskz.wordpress.com/2009/03/31/09astana559-kazakhstan-ministry-of-internal-affairs-seeks-assistance/';
// 09ASTANA559 (corpus texts/wordpress/09ASTANA559.txt): numbered paragraphs 1–4; the page's
// classification column says UNCLASSIFIED//FOR OFFICIAL USE ONLY.
const ASTANA_STATUS: PageStatus = {
  state: 'overlay',
  cables: [{ id: '09ASTANA559', paragraphs: 4, classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY' }],
  url: CABLE_URL,
};

interface Fakes {
  sendMessage: ReturnType<typeof vi.fn>;
  executeScript: ReturnType<typeof vi.fn>;
  request: ReturnType<typeof vi.fn>;
  registered: Map<string, unknown>;
}

/** The tab the popup points at (`?tab=5`), what its content script answers, and the APIs fakeBrowser leaves out. */
function setUp(tab: { id: number; url?: string }, answer: (() => unknown) | null): Fakes {
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => (id === tab.id ? tab : undefined) as never);
  const sendMessage = vi.fn(async () => {
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer();
  });
  fakeBrowser.tabs.sendMessage = sendMessage as never;
  const registered = new Map<string, unknown>();
  const granted = new Set<string>();
  const executeScript = vi.fn(async () => []);
  Object.assign(fakeBrowser.scripting, {
    executeScript,
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string }>) => scripts.forEach((s) => registered.set(s.id, s))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
  });
  const request = vi.fn(async ({ origins }: { origins: string[] }) => {
    origins.forEach((origin) => granted.add(origin));
    return true;
  });
  Object.assign(fakeBrowser.permissions, {
    request,
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async () => true),
  });
  Object.assign(fakeBrowser, {
    commands: {
      getAll: vi.fn(async () => [{ name: 'toggle-routing', description: 'Show or hide the routing header', shortcut: 'Alt+Shift+R' }]),
    },
  });
  return { sendMessage, executeScript, request, registered };
}

async function renderPopup(search = '?tab=5') {
  render(<PopupApp search={search} />);
  await screen.findByRole('heading', { name: 'Cable Lens', level: 1 });
  // Loaded: settings rendered and the tab has answered (or not).
  await waitFor(() => expect(document.querySelector('.status:not([data-state="loading"])')).not.toBeNull());
}

function switchNamed(name: RegExp | string): HTMLInputElement {
  return screen.getByRole('switch', { name }) as HTMLInputElement;
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});
afterEach(() => cleanup());

describe('popup: current tab status', () => {
  it('shows the cable found on the tab, in one line per cable', async () => {
    const fakes = setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    const status = screen.getByRole('region', { name: 'This page' });
    expect(within(status).getByText('Cable 09ASTANA559 · 4 paragraphs · UNCLASSIFIED//FOR OFFICIAL USE ONLY')).toBeTruthy();
    expect(fakes.sendMessage).toHaveBeenCalledWith(5, { type: 'cable-lens/status' }, { frameId: 0 });
    expect(within(status).queryByRole('button', { name: 'Enhance this page' })).toBeNull();
  });

  it('offers "Enhance this page" where Cable Lens is not running, and runs detection once there', async () => {
    let injected = false;
    const fakes = setUp({ id: 5, url: 'http://news.example.com/2009/03/31/story/' }, () => (injected ? ASTANA_STATUS : undefined));
    fakes.sendMessage.mockImplementation(async () => {
      if (!injected) throw new Error('Receiving end does not exist.');
      return ASTANA_STATUS;
    });
    fakes.executeScript.mockImplementation(async (injection: { files?: string[] }) => {
      if (injection.files) injected = true;
      return [];
    });
    await renderPopup();
    expect(screen.getByText('No cable found on this page')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enhance this page' }));
    await screen.findByText('Cable 09ASTANA559 · 4 paragraphs · UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    // First the "the reader asked" flag, then the content script file itself, both in that tab only.
    expect(fakes.executeScript).toHaveBeenCalledTimes(2);
    expect(fakes.executeScript.mock.calls[0]![0]).toMatchObject({ target: { tabId: 5 }, func: expect.any(Function) });
    expect(fakes.executeScript.mock.calls[1]![0]).toEqual({ target: { tabId: 5 }, files: [CONTENT_SCRIPT_FILE] });
  });

  it('says so when the browser refuses to let it read the page', async () => {
    const fakes = setUp({ id: 5, url: 'https://chromewebstore.google.com/' }, null);
    fakes.executeScript.mockRejectedValue(new Error('The extensions gallery cannot be scripted.'));
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Enhance this page' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot read this page/);
  });

  it('describes an overlay switched off by the settings', async () => {
    setUp({ id: 5, url: CABLE_URL }, () => ({ state: 'off', cables: [] }));
    await renderPopup();
    expect(screen.getByText('Cable Lens is off on this page')).toBeTruthy();
  });
});

describe('popup: settings', () => {
  it('shows the stored settings', async () => {
    setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await updateSettings({ routingCollapsed: false, theme: 'dark', font: 'mono', permalinkStyle: 'site-anchors' });
    await renderPopup();
    expect(switchNamed('Collapse the routing header').checked).toBe(false);
    expect(switchNamed('Highlight classification markings').checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Mono' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Paragraph links') as HTMLSelectElement).value).toBe('site-anchors');
  });

  it.each([
    ['Cable Lens on all sites', 'enabled'],
    ['Collapse the routing header', 'routingCollapsed'],
    ['Highlight classification markings', 'highlightMarkings'],
    ['Explain TAGS and markings', 'explainTags'],
  ] as const)('the "%s" switch writes %s', async (label, key) => {
    setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    fireEvent.click(switchNamed(label));
    await waitFor(async () => expect((await loadSettings())[key]).toBe(!DEFAULT_SETTINGS[key]));
    await waitFor(() => expect(switchNamed(label).checked).toBe(!DEFAULT_SETTINGS[key]));
  });

  it('theme, font and permalink style write their value', async () => {
    setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    fireEvent.click(screen.getByRole('radio', { name: 'Light' }));
    await waitFor(async () => expect((await loadSettings()).theme).toBe('light'));
    fireEvent.click(screen.getByRole('radio', { name: 'Sans' }));
    await waitFor(async () => expect((await loadSettings()).font).toBe('sans'));
    fireEvent.change(screen.getByLabelText('Paragraph links'), { target: { value: 'fragment-only' } });
    await waitFor(async () => expect((await loadSettings()).permalinkStyle).toBe('fragment-only'));
  });

  it('the current-site switch turns Cable Lens off for this host only', async () => {
    setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    const site = switchNamed('On wikileakskz.wordpress.com');
    expect(site.checked).toBe(true);
    fireEvent.click(site);
    await waitFor(async () => expect((await loadSettings()).sites).toEqual({ '*://wikileakskz.wordpress.com/*': false }));
    await waitFor(() => expect(switchNamed('On wikileakskz.wordpress.com').checked).toBe(false));
  });

  it('asks the tab for its status again after a change, so the popup shows what the page did', async () => {
    const fakes = setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    const before = fakes.sendMessage.mock.calls.length;
    fakes.sendMessage.mockImplementation(async () => ({ state: 'off', cables: [], url: CABLE_URL }));
    fireEvent.click(switchNamed('Cable Lens on all sites'));
    await screen.findByText('Cable Lens is off on this page');
    expect(fakes.sendMessage.mock.calls.length).toBeGreaterThan(before);
  });

  it('reset puts every setting back and says so', async () => {
    setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await updateSettings({ enabled: false, theme: 'dark', explainTags: false });
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await screen.findByText('Settings reset to their defaults');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(switchNamed('Cable Lens on all sites').checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Follow page' }) as HTMLInputElement).checked).toBe(true);
  });

  it('follows changes made elsewhere (another window, the background) without reopening', async () => {
    setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    await updateSettings({ highlightMarkings: false });
    await waitFor(() => expect(switchNamed('Highlight classification markings').checked).toBe(false));
  });
});

describe('popup: mirror sites', () => {
  it('lists the built-in mirrors, each with its own switch', async () => {
    setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    const list = screen.getByRole('list', { name: 'Built-in mirror sites' });
    expect(within(list).getAllByRole('switch')).toHaveLength(5);
    fireEvent.click(within(list).getByRole('switch', { name: /PlusD/ }));
    await waitFor(async () => expect((await loadSettings()).sites).toEqual({ '*://*/plusd/cables/*': false }));
  });

  it('adds a site (permission, then registration) and removes it again', async () => {
    const fakes = setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'https://cables.example.org/2010/x.html' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByRole('list', { name: 'Your sites' });
    expect(fakes.request).toHaveBeenCalledWith({ origins: ['*://cables.example.org/*'] });
    await waitFor(() => expect([...fakes.registered.keys()]).toEqual([userScriptId('*://cables.example.org/*')]));
    fireEvent.click(screen.getByRole('button', { name: 'Remove cables.example.org' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Your sites' })).toBeNull());
    await waitFor(() => expect(fakes.registered.size).toBe(0));
    expect((await loadSettings()).userSites).toEqual([]);
  });

  it('explains a refused address and adds nothing', async () => {
    const fakes = setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/is not a web site address/);
    expect(fakes.request).not.toHaveBeenCalled();
  });
});

describe('popup: keyboard shortcuts', () => {
  it('lists the browser command with its key and the keys the overlay understands', async () => {
    setUp({ id: 5, url: CABLE_URL }, () => ASTANA_STATUS);
    await renderPopup();
    await screen.findByText('Alt+Shift+R');
    expect(screen.getByText('Show or hide the routing header (any tab)')).toBeTruthy();
    expect(screen.getByText('Switch between Cable Lens and the original page')).toBeTruthy();
    expect(screen.getByText('Next paragraph')).toBeTruthy();
  });
});
