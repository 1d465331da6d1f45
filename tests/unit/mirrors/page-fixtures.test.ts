// Page fixtures in tests/fixtures/pages: expected values checked by hand against each page's source.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCables, MIRROR_ADAPTERS } from '../../../utils/mirrors';
import { loadPage, loadPageFile, pageFixtures } from './load-page';

const fixture = (relative: string) => path.join(pageFixtures, relative);
const WORDPRESS_POST = 'wordpress/2009/03/31/09astana559-kazakhstan-ministry-of-internal-affairs-seeks-assistance/index.html';

describe('viewer pages (one per build)', () => {
  it('Nov 2010 build: 4-column table (Date, no Released), relative TAG links (08BERLIN122)', () => {
    const { document, close } = loadPageFile(
      fixture('viewer/cable/2008/01/08BERLIN122.html'),
      'http://cablegate.wikileaks.org/cable/2008/01/08BERLIN122.html',
    );
    const [cable] = findCables(document, new URL('http://cablegate.wikileaks.org/cable/2008/01/08BERLIN122.html'))!.cables;
    expect(cable!.metadata).toMatchObject({
      referenceId: '08BERLIN122',
      created: '2008-01-29 16:04',
      classification: 'SECRET//NOFORN',
      origin: 'Embassy Berlin',
    });
    expect(cable!.metadata.released).toBeUndefined();
    // `<a href='../../../tag/PGOV_0.html'>PGOV</a>` in the HTTrack copy.
    expect(cable!.metadata.tags).toEqual(['PGOV', 'PREL', 'GM']);
    expect(cable!.headerText).toMatch(/^VZCZCXYZ0000\nOO RUEHWEB\n\nDE RUEHRL #0122/);
    expect(cable!.bodyText).toMatch(/^S E C R E T BERLIN 000122 \n \nSIPDIS \n/);
    expect(cable!.nodes.map((node) => node.tagName)).toEqual(['CODE', 'CODE']);
    close();
  });

  it('2011-01 build: body holds a cables.csv record of the page cable plus an appended 07TBILISI2290 (07BERN881)', () => {
    const url = 'http://wikileaks.ch/cable/2007/09/07BERN881.html';
    const { document, close } = loadPageFile(fixture('viewer/cable/2007/09/07BERN881.html'), url);
    const { adapter, cables } = findCables(document, new URL(url))!;
    expect(adapter.id).toBe('viewer');
    expect(cables.map((cable) => cable.metadata.referenceId)).toEqual(['07BERN881', '07TBILISI2290']);
    const [bern, tbilisi] = cables;
    expect(bern!.metadata).toMatchObject({
      created: '2007-09-11 09:09',
      released: '2011-03-14 06:06',
      classification: 'SECRET',
      origin: 'Embassy Bern',
      articles: ['http://www.letemps.ch/swiss_papers'],
    });
    expect(bern!.metadata.tags).toEqual(['MNUC', 'KNNP', 'ETTC', 'IR', 'SZ']);
    // The repeated routing header inside the record is left out; the body starts at the banner.
    expect(bern!.bodyText.startsWith('S E C R E T SECTION 01 OF 02 BERN 000881 \\\n')).toBe(true);
    expect(bern!.bodyText.endsWith('CARTER \\')).toBe(true);
    expect(bern!.siteAnchors.map((anchor) => anchor.label)).toEqual(['B', 'C', 'D', '1', '2', '3', '4']);
    expect(tbilisi!.metadata).toMatchObject({
      created: '2007-09-11 12:50:00',
      origin: 'Embassy Tbilisi',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      fields: { Row: '121752', References: '' },
    });
    expect(tbilisi!.headerText!.startsWith('VZCZCXRO4053\\\n')).toBe(true);
    expect(tbilisi!.bodyText.startsWith('UNCLAS SECTION 01 OF 06 TBILISI 002290 \\')).toBe(true);
    expect(tbilisi!.bodyText.endsWith('TEFFT \\')).toBe(true);
    expect(tbilisi!.nodesSharedWith).toBe(0);
    expect(tbilisi!.nodes).toEqual([bern!.nodes[1]]);
    close();
  });

  it('2011-04 build (09CAIRO1054, the lead’s e2e page)', () => {
    const url = 'https://wikileaks.org/cable/2009/06/09CAIRO1054.html';
    const { document, close } = loadPageFile(fixture('viewer/cable/2009/06/09CAIRO1054.html'), url);
    const [cable] = findCables(document, new URL(url))!.cables;
    expect(cable!.metadata).toMatchObject({
      referenceId: '09CAIRO1054',
      created: '2009-06-10 14:02',
      released: '2011-02-16 21:09',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      origin: 'Embassy Cairo',
    });
    // This page's body has no `¶` anchors at all (checked in the source).
    expect(cable!.siteAnchors).toEqual([]);
    expect(cable!.bodyText.startsWith('UNCLAS SECTION 01 OF 02 CAIRO 001054')).toBe(true);
    close();
  });

  it('final build: 73TEHRAN2077 yields the 1973 cable and the appended 06THEHAGUE131 row', () => {
    const url = 'https://wikileaks.org/cable/1973/04/73TEHRAN2077.html';
    const { document, close } = loadPageFile(fixture('viewer/cable/1973/04/73TEHRAN2077.html'), url);
    const [tehran, hague] = findCables(document, new URL(url))!.cables;
    expect(tehran!.headerText).toBe(
      'P 020834Z APR 73\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC PRIORITY 1692\nINFO AMEMBASSY ISLAMABAD PRIORITY',
    );
    expect(tehran!.bodyText.startsWith('S E C R E T TEHRAN 2077 \n')).toBe(true);
    expect(tehran!.bodyText.endsWith('SUBJECT: AUDIENCE WITH SHAH APRIL 5 \n ...')).toBe(true);
    expect(tehran!.siteAnchors).toEqual([{ id: 'parE', label: 'E' }]);
    expect(hague!.metadata).toMatchObject({
      referenceId: '06THEHAGUE131',
      created: '2006-01-19',
      origin: 'Embassy The Hague',
      classification: 'CONFIDENTIAL',
    });
    expect(hague!.headerText).toBeNull();
    expect(hague!.bodyText.startsWith('C O N F I D E N T I A L THE HAGUE 000131')).toBe(true);
    expect(hague!.bodyText.endsWith('BLAKEMAN')).toBe(true);
    close();
  });
});

describe('PlusD', () => {
  it('reads the synopsis, the hidden header and the tagged text (1974ATHENS02959_b)', () => {
    const url = 'https://search.wikileaks.org/plusd/cables/1974ATHENS02959_b.html';
    const { document, close } = loadPageFile(fixture('plusd/plusd/cables/1974ATHENS02959_b.html'), url);
    const [cable] = findCables(document, new URL(url))!.cables;
    expect(cable!.adapter).toBe('plusd');
    expect(cable!.metadata).toMatchObject({
      referenceId: '1974ATHENS02959_b',
      created: '1974 May 17, 16:00 (Friday)',
      classification: 'LIMITED OFFICIAL USE',
      origin: 'Greece Athens',
      subject: 'ARRESTS OF KALOUDIS AND AMBATIELOS',
      tags: ['AMBATIELOS, ANTHONY', 'GR', 'KALOUDIS, NICK', 'PINS'],
    });
    expect(cable!.metadata.fields!['Current Classification']).toBe('UNCLASSIFIED');
    expect(cable!.headerText!.startsWith('LIMITED OFFICIAL USE\n\nPAGE 01  ATHENS 02959  171944Z')).toBe(true);
    expect(cable!.headerText!.endsWith('REF: STATE -097844')).toBe(true);
    expect(cable!.bodyText.startsWith('1. INQUIRIES MADE BY APPROPRIATE SECTION OF EMBASSY ON\n')).toBe(true);
    expect(cable!.bodyText.endsWith('NNN')).toBe(true);
    expect(cable!.nodes.map((node) => node.className || node.id)).toEqual(['text-header hidden', 'tagged-text']);
    close();
  });
});

describe('cablegatesearch (reconstructed page)', () => {
  it('reads the summary table, the header and the body without the "Hide header" toggle', () => {
    const url = 'http://www.cablegatesearch.net/cable.php?id=09ASTANA559';
    const { document, close } = loadPageFile(fixture('cablegatesearch/cable.php'), url);
    const { adapter, cables } = findCables(document, new URL(url))!;
    expect(adapter.id).toBe('cablegatesearch');
    const [cable] = cables;
    expect(cable!.metadata).toMatchObject({
      referenceId: '09ASTANA559',
      created: 'Tue, 31 Mar 2009 11:53 UTC',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      origin: 'Embassy Astana (Kazakhstan)',
    });
    expect(cable!.headerText!.startsWith('VZCZCXRO5035\n')).toBe(true);
    expect(cable!.bodyText.startsWith('UNCLAS SECTION 01 OF 02 ASTANA 000559')).toBe(true);
    expect(cable!.bodyText).not.toContain('Hide header');
    expect(cable!.bodyText).toContain('¶1.  (U) Sensitive but unclassified.');
    expect(cable!.siteAnchors).toEqual(['1', '2', '3', '4'].map((n) => ({ id: `para-200313-${n}`, label: n })));
    close();
  });
});

describe('blog reposts', () => {
  it('WordPress post: viewer chrome becomes metadata, the cable starts at VZCZC (09ASTANA559)', () => {
    const url = 'https://wikileakskz.wordpress.com/2009/03/31/09astana559-kazakhstan-ministry-of-internal-affairs-seeks-assistance/';
    const { document, close } = loadPageFile(fixture(WORDPRESS_POST), url);
    const { adapter, cables } = findCables(document, new URL(url))!;
    expect(adapter.id).toBe('blog');
    expect(cables).toHaveLength(1);
    const [cable] = cables;
    expect(cable!.metadata).toMatchObject({
      referenceId: '09ASTANA559',
      created: '2009-03-31 11:53',
      released: '2011-08-30 01:44',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      origin: 'Embassy Astana',
      // The post title has a no-break space before ASSISTANCE (real text, kept verbatim).
      subject: 'KAZAKHSTAN: MINISTRY OF INTERNAL AFFAIRS SEEKS\u00a0ASSISTANCE',
    });
    expect(cable!.text).not.toContain('Reference ID');
    expect(cable!.text).not.toContain('WikiLeaks Link');
    // 27 lines from VZCZCXRO5035 to RHMFIUU/CDR USCENTCOM MACDILL AFB FL (counted in the post text).
    expect(cable!.headerText!.split('\n')).toHaveLength(27);
    expect(cable!.headerText!.split('\n')[0]).toBe('VZCZCXRO5035');
    expect(cable!.bodyText.split('\n').slice(0, 4)).toEqual(['UNCLAS SECTION 01 OF 02 ASTANA 000559', '', 'SENSITIVE', 'SIPDIS']);
    expect(cable!.bodyText.endsWith('END TEXT OF LETTER\n\nHOAGLAND')).toBe(true);
    // The overlay hides the post's paragraphs from the routing header on; the chrome stays.
    expect(cable!.nodes.every((node) => node.tagName === 'P')).toBe(true);
    expect(cable!.nodes[0]!.textContent!.startsWith('VZCZCXRO5035')).toBe(true);
    close();
  });

  it('archive page with two posts yields both cables, each with its own paragraphs', () => {
    const url = 'https://wikileakskz.wordpress.com/2009/03/';
    const { document, close } = loadPageFile(fixture('wordpress/2009/03/index.html'), url);
    const { adapter, cables } = findCables(document, new URL(url))!;
    expect(adapter.id).toBe('blog');
    expect(cables.map((cable) => cable.metadata.referenceId)).toEqual(['09ASTANA559', '07KINGSTON382']);
    const [, kingston] = cables;
    expect(kingston!.metadata).toMatchObject({ created: '2007-03-19 15:58', classification: 'UNCLASSIFIED', origin: 'Embassy Kingston' });
    expect(kingston!.headerText).toBe(
      'VZCZCXYZ0015\nPP RUEHWEB\nDE RUEHKG #0382 0781558\nZNR UUUUU ZZH\nP 191558Z MAR 07\nFM AMEMBASSY KINGSTON\nTO SECSTATE WASHDC PRIORITY 4496',
    );
    expect(kingston!.bodyText.startsWith('UNCLAS KINGSTON 000382\n\nSIPDIS')).toBe(true);
    expect(kingston!.bodyText.endsWith("¶3. Post appreciates Department's assistance.\n\nJOHNSON")).toBe(true);
    // The share widget inside .entry-content is not cable text.
    expect(cables.some((cable) => cable.text.includes('Share this'))).toBe(false);
    const [astanaNodes, kingstonNodes] = cables.map((cable) => new Set(cable.nodes));
    expect([...astanaNodes!].some((node) => kingstonNodes!.has(node))).toBe(false);
    close();
  });

  it('a repost that repeats the header block before the full record is ONE cable', () => {
    const url = 'https://wikileakskz.wordpress.com/2009/04/01/09astana559-repost-with-repeated-header/';
    const { document, close } = loadPageFile(fixture('wordpress/2009/04/01/09astana559-repost-with-repeated-header/index.html'), url);
    const { cables } = findCables(document, new URL(url))!;
    expect(cables).toHaveLength(1);
    expect(cables[0]!.headerText!.split('\n')[0]).toBe('VZCZCXRO5035');
    expect(cables[0]!.bodyText.startsWith('UNCLAS SECTION 01 OF 02 ASTANA 000559')).toBe(true);
    expect(cables[0]!.bodyText.endsWith('HOAGLAND')).toBe(true);
    close();
  });
});

describe('generic fallback', () => {
  it('finds a cable in a plain-text file shown by the browser as a <pre>', () => {
    // Browsers wrap a text/plain document in <pre>; this is 07KINGSTON382 from the final PDF texts (first lines).
    const text =
      'VZCZCXYZ0015\nPP RUEHWEB\nDE RUEHKG #0382 0781558\nZNR UUUUU ZZH\nP 191558Z MAR 07\nFM AMEMBASSY KINGSTON\nTO SECSTATE WASHDC PRIORITY 4496\nUNCLAS KINGSTON 000382 \n \nSIPDIS \n \nE.O. 12958: N/A \nTAGS: PGOV PHUM JM\n';
    const { document, close } = loadPage('<html><body></body></html>', 'https://example.org/cables/07KINGSTON382.txt');
    const pre = document.createElement('pre');
    pre.textContent = text;
    document.body.append(pre);
    const { adapter, cables } = findCables(document, new URL('https://example.org/cables/07KINGSTON382.txt'))!;
    expect(adapter.id).toBe('generic');
    expect(cables[0]!.headerText).toBe(text.slice(0, text.indexOf('\nUNCLAS')));
    expect(cables[0]!.bodyText).toBe(text.slice(text.indexOf('UNCLAS')).trimEnd());
    expect(cables[0]!.nodes).toEqual([pre]);
    close();
  });
});

describe('negative pages', () => {
  const negatives: Array<[string, string]> = [
    ['negative/news-article-quoting-a-cable.html', 'https://www.morningledger.example/world/2011/sep/01/us-embassy-cables-kazakh-police'],
    ['negative/encyclopedia-article-about-cablegate.html', 'https://en.wikipedia.org/wiki/United_States_diplomatic_cables_leak'],
    ['negative/source-code-containing-vzczc.html', 'https://github.com/example/cable-tools/blob/master/cablemap/reader.py'],
    ['negative/empty-pre.html', 'https://ci.example.org/builds/nightly/latest.html'],
  ];
  it.each(negatives)('%s is not a cable page and stays untouched', (relative, url) => {
    const html = fs.readFileSync(fixture(relative), 'utf8');
    const { document, close } = loadPage(html, url);
    const before = document.documentElement.outerHTML;
    expect(findCables(document, new URL(url))).toBeNull();
    // No adapter even claims the page (detect is the cheap gate the content script runs).
    expect(MIRROR_ADAPTERS.filter((adapter) => adapter.detect(document, new URL(url))).map((adapter) => adapter.id)).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
    close();
  });

  it('the negatives do contain the traps they are meant to test', () => {
    const read = (relative: string) => fs.readFileSync(fixture(relative), 'utf8');
    expect(read('negative/news-article-quoting-a-cable.html')).toMatch(/SIPDIS[\s\S]*\(SBU\)/);
    expect(read('negative/encyclopedia-article-about-cablegate.html')).toMatch(/TAGS: PGOV PHUM/);
    expect(read('negative/source-code-containing-vzczc.html')).toMatch(/^VZCZCXRO4549$/m);
    expect(read('negative/empty-pre.html')).toContain('<pre></pre>');
  });
});
