import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '@/utils/settings';
import {
  addUserSite,
  BUILT_IN_SITES,
  CONTENT_SCRIPT_FILE,
  removeUserSite,
  setSiteEnabled,
  sitePatternFromInput,
  syncUserSiteScripts,
  userScriptId,
} from '@/utils/sites';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/extension-constants';

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
}

/** A small in-memory stand-in for the scripting and permissions APIs (fakeBrowser leaves them unimplemented). */
function fakeScriptingAndPermissions({ grant = true } = {}) {
  const registered = new Map<string, RegisteredScript>();
  const granted = new Set<string>();
  const scripting = {
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
    registerContentScripts: vi.fn(async (scripts: RegisteredScript[]) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.delete(id);
    }),
  };
  const permissions = {
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (grant) origins.forEach((origin) => granted.add(origin));
      return grant;
    }),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      origins.forEach((origin) => granted.delete(origin));
      return true;
    }),
  };
  Object.assign(fakeBrowser.scripting, scripting);
  Object.assign(fakeBrowser.permissions, permissions);
  return { registered, granted, scripting, permissions };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('built-in sites', () => {
  it('lists every manifest match pattern once, with a readable label', () => {
    expect(BUILT_IN_SITES.map((site) => site.pattern)).toEqual([...CONTENT_SCRIPT_MATCHES]);
    for (const site of BUILT_IN_SITES) expect(site.label).toMatch(/\w/);
  });

  it('are switched off and on again one by one', async () => {
    await setSiteEnabled('*://*/plusd/cables/*', false);
    expect((await loadSettings()).sites).toEqual({ '*://*/plusd/cables/*': false });
    await setSiteEnabled('*://*/cable/*', false);
    await setSiteEnabled('*://*/plusd/cables/*', true);
    expect((await loadSettings()).sites).toEqual({ '*://*/plusd/cables/*': true, '*://*/cable/*': false });
  });
});

describe('sitePatternFromInput', () => {
  it.each([
    ['example.org', '*://example.org/*'],
    ['  Example.ORG  ', '*://example.org/*'],
    ['https://www.example.org/cables/09ASTANA559.html?x=1#p2', '*://www.example.org/*'],
    ['http://127.0.0.1:8080/cable/', '*://127.0.0.1/*'],
    ['*.example.org', '*://*.example.org/*'],
    ['wikileakskz.wordpress.com/2009/03/31/', '*://wikileakskz.wordpress.com/*'],
  ])('%s → %s', (input, pattern) => {
    expect(sitePatternFromInput(input)).toBe(pattern);
  });

  it.each(['', '   ', 'ftp://example.org/', 'javascript:alert(1)', 'file:///etc/passwd', 'exa mple.org', 'http://'])(
    'refuses %j',
    (input) => {
      expect(sitePatternFromInput(input)).toBeNull();
    },
  );
});

describe('adding and removing user sites', () => {
  it('asks for the permission of that host only, then records the site and registers the content script', async () => {
    const fake = fakeScriptingAndPermissions();
    const result = await addUserSite('https://cables.example.org/2010/x.html');
    expect(result).toEqual({ ok: true, pattern: '*://cables.example.org/*' });
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['*://cables.example.org/*'] });
    expect((await loadSettings()).userSites).toEqual(['*://cables.example.org/*']);
    expect([...fake.registered.values()]).toEqual([
      {
        id: userScriptId('*://cables.example.org/*'),
        matches: ['*://cables.example.org/*'],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
      },
    ]);
  });

  it('adds nothing when the reader declines the permission', async () => {
    const fake = fakeScriptingAndPermissions({ grant: false });
    const result = await addUserSite('cables.example.org');
    expect(result).toMatchObject({ ok: false, reason: 'denied' });
    expect((await loadSettings()).userSites).toEqual([]);
    expect(fake.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('does not ask for anything when the input is not a site', async () => {
    const fake = fakeScriptingAndPermissions();
    expect(await addUserSite('javascript:alert(1)')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(fake.permissions.request).not.toHaveBeenCalled();
  });

  it('adding the same site twice keeps one entry and one script', async () => {
    const fake = fakeScriptingAndPermissions();
    await addUserSite('cables.example.org');
    await addUserSite('https://cables.example.org/other');
    expect((await loadSettings()).userSites).toEqual(['*://cables.example.org/*']);
    expect(fake.registered.size).toBe(1);
  });

  it('removing a site forgets it and its switch, unregisters its script and releases its permission', async () => {
    const fake = fakeScriptingAndPermissions();
    await addUserSite('cables.example.org');
    await addUserSite('other.example.net');
    await setSiteEnabled('*://cables.example.org/*', false);
    await removeUserSite('*://cables.example.org/*');
    const settings = await loadSettings();
    expect(settings.userSites).toEqual(['*://other.example.net/*']);
    expect(settings.sites).toEqual({});
    expect([...fake.registered.keys()]).toEqual([userScriptId('*://other.example.net/*')]);
    expect(fake.permissions.remove).toHaveBeenCalledWith({ origins: ['*://cables.example.org/*'] });
    expect(fake.granted.has('*://cables.example.org/*')).toBe(false);
  });
});

describe('syncUserSiteScripts', () => {
  it('registers what is missing (only with a granted permission), unregisters what is stale, leaves other scripts alone', async () => {
    const fake = fakeScriptingAndPermissions();
    fake.granted.add('*://a.example/*');
    fake.granted.add('*://b.example/*');
    fake.registered.set(userScriptId('*://gone.example/*'), { id: userScriptId('*://gone.example/*') });
    fake.registered.set('someone-else', { id: 'someone-else' });
    await syncUserSiteScripts(['*://a.example/*', '*://b.example/*', '*://not-granted.example/*']);
    expect([...fake.registered.keys()].sort()).toEqual(
      ['someone-else', userScriptId('*://a.example/*'), userScriptId('*://b.example/*')].sort(),
    );
  });

  it('is idempotent and safe to call concurrently (popup and background at once)', async () => {
    const fake = fakeScriptingAndPermissions();
    fake.granted.add('*://a.example/*');
    await Promise.all([syncUserSiteScripts(['*://a.example/*']), syncUserSiteScripts(['*://a.example/*'])]);
    await syncUserSiteScripts(['*://a.example/*']);
    expect(fake.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('re-registers the stored user sites after a restart lost the registrations', async () => {
    const fake = fakeScriptingAndPermissions();
    await addUserSite('cables.example.org');
    fake.registered.clear();
    await syncUserSiteScripts((await loadSettings()).userSites);
    expect([...fake.registered.keys()]).toEqual([userScriptId('*://cables.example.org/*')]);
  });
});

describe('updateSettings and user sites', () => {
  it('drops user sites that are not one-host patterns', async () => {
    await updateSettings({ userSites: ['*://ok.example/*', '<all_urls>', '*://*/*'] });
    expect((await loadSettings()).userSites).toEqual(['*://ok.example/*']);
  });
});
