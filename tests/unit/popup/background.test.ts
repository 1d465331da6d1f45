import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, { COPY_PARAGRAPH_LINK_MENU_ID } from '@/entrypoints/background';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/extension-constants';
import { loadSettings, updateSettings } from '@/utils/settings';
import { userScriptId } from '@/utils/sites';

/** An event with a trigger, like fakeBrowser's own (it leaves contextMenus, commands and permissions out). */
function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => unknown> = [];
  return {
    addListener: (listener: (...args: Args) => unknown) => void listeners.push(listener),
    removeListener: () => {},
    hasListener: () => listeners.length > 0,
    trigger: (...args: Args) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

function installFakes() {
  const menus: Array<Record<string, unknown>> = [];
  const registered = new Map<string, { id: string }>();
  const contextMenus = {
    create: vi.fn((properties: Record<string, unknown>) => {
      if (menus.some((menu) => menu.id === properties.id)) throw new Error('duplicate id');
      menus.push(properties);
      return properties.id;
    }),
    removeAll: vi.fn(async () => void menus.splice(0)),
    onClicked: fakeEvent<[{ menuItemId: string; frameId?: number }, { id?: number } | undefined]>(),
  };
  const commands = { onCommand: fakeEvent<[string]>() };
  const permissions = {
    contains: vi.fn(async () => true),
    onRemoved: fakeEvent<[{ origins?: string[] }]>(),
  };
  const scripting = {
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string }>) => scripts.forEach((s) => registered.set(s.id, s))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
  };
  const sendMessage = vi.fn(async () => undefined);
  Object.assign(fakeBrowser, { contextMenus, commands });
  Object.assign(fakeBrowser.permissions, permissions);
  Object.assign(fakeBrowser.scripting, scripting);
  fakeBrowser.tabs.sendMessage = sendMessage as never;
  return { menus, registered, contextMenus, commands, permissions, sendMessage };
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('background', () => {
  it('creates the "Copy link to this paragraph" item for page and selection on cable pages and user sites', async () => {
    const fakes = installFakes();
    await updateSettings({ userSites: ['*://cables.example.org/*'] });
    background.main();
    await vi.waitFor(() => expect(fakes.menus).toHaveLength(1));
    expect(fakes.menus[0]).toEqual({
      id: COPY_PARAGRAPH_LINK_MENU_ID,
      title: 'Copy link to this paragraph',
      contexts: ['page', 'selection'],
      documentUrlPatterns: [...CONTENT_SCRIPT_MATCHES, '*://cables.example.org/*'],
    });
  });

  it('re-registers the stored user sites when it starts', async () => {
    const fakes = installFakes();
    await updateSettings({ userSites: ['*://cables.example.org/*'] });
    background.main();
    await vi.waitFor(() => expect([...fakes.registered.keys()]).toEqual([userScriptId('*://cables.example.org/*')]));
  });

  it('sends the menu click to the clicked frame of the tab', async () => {
    const fakes = installFakes();
    background.main();
    await fakes.contextMenus.onClicked.trigger({ menuItemId: COPY_PARAGRAPH_LINK_MENU_ID, frameId: 2 }, { id: 11 });
    expect(fakes.sendMessage).toHaveBeenCalledWith(11, { type: 'cable-lens/copy-paragraph-link' }, { frameId: 2 });
    await fakes.contextMenus.onClicked.trigger({ menuItemId: 'something-else' }, { id: 11 });
    expect(fakes.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('forwards the toggle-routing command to the active tab', async () => {
    const fakes = installFakes();
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 9, url: 'https://wikileaks.org/cable/2009/03/09ASTANA559.html' }] as never);
    background.main();
    await fakes.commands.onCommand.trigger('toggle-routing');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fakes.sendMessage).toHaveBeenCalledWith(9, { type: 'cable-lens/toggle-routing' }, { frameId: 0 });
    await fakes.commands.onCommand.trigger('some-other-command');
    expect(fakes.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('follows the user sites: a new site updates the menu patterns and gets its script', async () => {
    const fakes = installFakes();
    background.main();
    await vi.waitFor(() => expect(fakes.menus).toHaveLength(1));
    await updateSettings({ userSites: ['*://new.example/*'] });
    await vi.waitFor(() => expect(fakes.menus[0]?.documentUrlPatterns).toContain('*://new.example/*'));
    await vi.waitFor(() => expect(fakes.registered.has(userScriptId('*://new.example/*'))).toBe(true));
  });

  it('drops a user site whose permission the reader revoked in the browser', async () => {
    const fakes = installFakes();
    await updateSettings({ userSites: ['*://a.example/*', '*://b.example/*'] });
    background.main();
    await fakes.permissions.onRemoved.trigger({ origins: ['*://a.example/*'] });
    expect((await loadSettings()).userSites).toEqual(['*://b.example/*']);
  });
});
