import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, hostOfPattern, hostPattern, isSitePattern, isSiteEnabled, type Settings } from '@/utils/settings';

function settingsWith(patch: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, sites: {}, userSites: [], ...patch };
}

// Real page addresses of the fixtures and mirrors (tests/e2e/support/pages.ts, MANIFEST.tsv layouts).
const VIEWER = 'https://wikileaks.org/cable/2009/06/09CAIRO1054.html';
const VIEWER_MIRROR = 'http://127.0.0.1:41234/cable/2009/06/09CAIRO1054.html';
const PLUSD = 'https://wikileaks.org/plusd/cables/1974ATHENS02959_b.html';
const WORDPRESS = 'https://wikileakskz.wordpress.com/2009/03/31/09astana559-kazakhstan-ministry-of-internal-affairs-seeks-assistance/';

describe('isSiteEnabled', () => {
  it('is on everywhere by default', () => {
    for (const url of [VIEWER, VIEWER_MIRROR, PLUSD, WORDPRESS, 'https://news.example.com/story']) {
      expect(isSiteEnabled(DEFAULT_SETTINGS, url)).toBe(true);
    }
  });

  it('is off everywhere when the master switch is off, whatever the site rules say', () => {
    const settings = settingsWith({ enabled: false, sites: { '*://wikileaks.org/*': true } });
    expect(isSiteEnabled(settings, VIEWER)).toBe(false);
    expect(isSiteEnabled(settings, WORDPRESS)).toBe(false);
  });

  it('switching off a built-in pattern turns off that whole mirror family and nothing else', () => {
    const settings = settingsWith({ sites: { '*://*/cable/*': false } });
    expect(isSiteEnabled(settings, VIEWER)).toBe(false);
    expect(isSiteEnabled(settings, VIEWER_MIRROR)).toBe(false);
    expect(isSiteEnabled(settings, PLUSD)).toBe(true);
    expect(isSiteEnabled(settings, WORDPRESS)).toBe(true);
  });

  it('a rule for one host beats the family rule, both ways', () => {
    const onForOneHost = settingsWith({ sites: { '*://*/cable/*': false, '*://127.0.0.1/*': true } });
    expect(isSiteEnabled(onForOneHost, VIEWER_MIRROR)).toBe(true);
    expect(isSiteEnabled(onForOneHost, VIEWER)).toBe(false);
    const offForOneHost = settingsWith({ sites: { '*://127.0.0.1/*': false } });
    expect(isSiteEnabled(offForOneHost, VIEWER_MIRROR)).toBe(false);
    expect(isSiteEnabled(offForOneHost, VIEWER)).toBe(true);
  });

  it('a host rule ignores the port and the scheme', () => {
    const settings = settingsWith({ sites: { '*://127.0.0.1/*': false } });
    expect(isSiteEnabled(settings, 'http://127.0.0.1:9999/cable/x.html')).toBe(false);
    expect(isSiteEnabled(settings, 'https://127.0.0.1/plusd/cables/x.html')).toBe(false);
  });

  it('a user site switched off is off, on its subdomains too when it was added with *.', () => {
    const settings = settingsWith({
      userSites: ['*://*.cables.example.org/*'],
      sites: { '*://*.cables.example.org/*': false },
    });
    expect(isSiteEnabled(settings, 'https://www.cables.example.org/a')).toBe(false);
    expect(isSiteEnabled(settings, 'https://cables.example.org/a')).toBe(false);
    expect(isSiteEnabled(settings, 'https://example.org/a')).toBe(true);
  });

  it('is off for addresses that are not web pages or not addresses at all', () => {
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'file:///home/me/cable.html')).toBe(false);
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'chrome://extensions/')).toBe(false);
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'not a url')).toBe(false);
  });

  it('accepts a URL object', () => {
    expect(isSiteEnabled(settingsWith({ sites: { '*://wikileaks.org/*': false } }), new URL(VIEWER))).toBe(false);
  });
});

describe('site patterns', () => {
  it('builds and reads one-host patterns', () => {
    expect(hostPattern('WikiLeaks.ORG')).toBe('*://wikileaks.org/*');
    expect(hostOfPattern('*://wikileaks.org/*')).toBe('wikileaks.org');
    expect(hostOfPattern('*://*.wikileaks.org/*')).toBe('*.wikileaks.org');
    expect(hostOfPattern('https://wikileaks.org/*')).toBeNull();
    expect(hostOfPattern('*://wikileaks.org/cable/*')).toBeNull();
    expect(hostOfPattern('*://wiki leaks.org/*')).toBeNull();
    expect(hostOfPattern('*://*/*')).toBeNull();
  });

  it('accepts the built-in patterns and one-host patterns as rule keys, nothing else', () => {
    expect(isSitePattern('*://*/cable/*')).toBe(true);
    expect(isSitePattern('*://wikileakskz.wordpress.com/*')).toBe(true);
    expect(isSitePattern('*://example.org/*')).toBe(true);
    expect(isSitePattern('<all_urls>')).toBe(false);
    expect(isSitePattern('*://*/*')).toBe(false);
    expect(isSitePattern(42)).toBe(false);
  });
});
