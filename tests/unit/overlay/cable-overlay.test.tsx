/** @vitest-environment happy-dom */
// The overlay's DOM contract on real cables, with expected values read off the cable texts by hand.
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlayCommands } from '../../../utils/keyboard.ts';
import { astana559Text, viewerPageText } from './support/corpus.ts';
import { realGlossary, renderCable } from './support/render-overlay.tsx';

afterEach(cleanup);

const byId = (root: ParentNode, id: string) => root.querySelector(`[id="${id}"]`);

describe('09ASTANA559 (WordPress repost of the founding example)', () => {
  const text = astana559Text();

  it('shows the header card: subject, ID, UTC and local time, origin, classification badge, caveats', () => {
    const { root } = renderCable(text, { id: '09ASTANA559' });
    const header = root.querySelector('[data-part="header"]')!;
    expect(header.querySelector('.cl-subject')?.textContent).toBe(
      'KAZAKHSTAN: MINISTRY OF INTERNAL AFFAIRS SEEKS ASSISTANCE ON "DEMOCRATIC" MEANS OF UPHOLDING PUBLIC ORDER',
    );
    expect(header.querySelector('.cl-cable-id')?.textContent).toBe('09ASTANA559');
    // `O 311153Z MAR 09`; Astana is UTC+6.
    expect(header.querySelector('[data-field="date"] dd')?.textContent).toBe('2009-03-31 11:53 UTC31 Mar 2009, 17:53 GMT+6 your time');
    expect(header.querySelector('[data-field="origin"] dd')?.textContent).toBe('Embassy Astana');
    // `E.O. 12958: N/A`
    expect(header.querySelector('[data-field="declassify"] dd')?.textContent).toBe('N/A · E.O. 12958');
    // UNCLAS + SENSITIVE caption → the mirrors' UNCLASSIFIED//FOR OFFICIAL USE ONLY.
    const badge = root.querySelector('[data-classification]')!;
    expect(badge.getAttribute('data-classification')).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    expect(badge.getAttribute('data-tone')).toBe('fouo');
    expect([...header.querySelectorAll('[data-caveat]')].map((chip) => chip.getAttribute('data-caveat'))).toEqual(['SENSITIVE', 'SIPDIS']);
  });

  it('collapses the routing header into one line and expands it with every line decoded', () => {
    const { root } = renderCable(text, { id: '09ASTANA559' });
    const routing = root.querySelector('[data-part="routing"]')!;
    const toggle = routing.querySelector('button[aria-expanded]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // 18 INFO addressees counted by hand (RUCNCIS … RHMFIUU).
    expect(routing.querySelector('.cl-routing-summary')?.textContent).toBe(
      'IMMEDIATE · Embassy Astana → SecState · 18 info addressees · 2009-03-31 11:53 UTC',
    );
    expect(routing.querySelector('.cl-routing-lines')?.hasAttribute('hidden')).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const lines = routing.querySelector('.cl-routing-lines')!;
    expect(lines.hasAttribute('hidden')).toBe(false);
    expect(lines.querySelector('[data-line="transmissionId"] code')?.textContent).toBe('VZCZCXRO5035');
    // `DE RUEHTA #0559/01 0901153`: day 090 of 2009 is 31 March.
    expect(lines.querySelector('[data-line="de"] .cl-routing-decoded')?.textContent).toContain(
      'station serial 0559, section 1, day 90 of the year at 11:53 UTC',
    );
    expect(lines.querySelector('[data-line="zn"] .cl-routing-decoded')?.textContent).toBe('Security warning: unclassified traffic');
    expect(lines.querySelector('[data-line="from"] .cl-routing-decoded')?.textContent).toBe('From Embassy Astana');
    // `TO RUEHC/SECSTATE WASHDC IMMEDIATE 5061`, office name from the glossary on the RI chip.
    const to = lines.querySelector('[data-line="to"]')!;
    expect(to.querySelector('.cl-addressee-office')?.textContent).toBe('SecState');
    expect(to.querySelector('.cl-precedence')?.textContent).toBe('IMMEDIATE');
    expect(to.querySelector('.cl-serial')?.textContent).toBe('#5061');
    expect(to.querySelector('[data-ri="RUEHC"]')).not.toBeNull();
    expect(to.querySelector('[role="tooltip"]')?.textContent).toMatch(/SECSTATE|State/i);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('starts expanded when the setting says so, and tells the content script about toggles', () => {
    const onRoutingToggle = vi.fn();
    const { root } = renderCable(text, { id: '09ASTANA559', settings: { routingCollapsed: false }, onRoutingToggle });
    const toggle = root.querySelector('[data-part="routing"] button[aria-expanded]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(onRoutingToggle).toHaveBeenCalledWith(true);
  });

  it('gives each numbered paragraph its anchor and portion marking', () => {
    const { root } = renderCable(text, { id: '09ASTANA559' });
    // 1. (U), 2. (SBU), 3. (SBU) COMMENT, 4. (SBU) BEGIN TEXT OF LETTER.
    const paragraphs = [...root.querySelectorAll('[id^="09ASTANA559-p"]')];
    expect(paragraphs.map((element) => [element.id, element.getAttribute('data-marking')])).toEqual([
      ['09ASTANA559-p1', 'U'],
      ['09ASTANA559-p2', 'SBU'],
      ['09ASTANA559-p3', 'SBU'],
      ['09ASTANA559-p4', 'SBU'],
    ]);
    for (const paragraph of paragraphs) expect(paragraph.querySelector('button[data-action="copy-permalink"]')).not.toBeNull();
    expect(byId(root, '09ASTANA559-p2')!.querySelector('.cl-mark')?.getAttribute('data-tone')).toBe('sbu');
  });

  it('sets COMMENT and BEGIN/END TEXT apart, drops page-break noise and joins split words', () => {
    const { root } = renderCable(text, { id: '09ASTANA559' });
    expect(root.querySelector('[data-block="comment"]')?.contains(byId(root, '09ASTANA559-p3'))).toBe(true);
    expect(root.querySelector('[data-block="quotedText"]')?.contains(byId(root, '09ASTANA559-p4'))).toBe(true);
    const reading = root.querySelector('.cl-document')!.textContent!;
    // `ASTANA 00000559  002 OF 002` sits inside paragraph 4 in the source.
    expect(reading).not.toContain('00000559');
    // `technical \nspecificati\nons, of "soft" tools` in the source.
    expect(reading).toContain('technical specifications, of "soft" tools');
  });

  it('shows TAG chips with explanations (meaning, source, confidence) reachable by keyboard', () => {
    const { root } = renderCable(text, { id: '09ASTANA559' });
    const chips = [...root.querySelectorAll('[data-tag]')];
    expect(chips.map((chip) => chip.getAttribute('data-tag'))).toEqual(['PGOV', 'PHUM', 'SOCI', 'KDEM', 'KCRM', 'KZ']);
    const kz = root.querySelector('[data-tag="KZ"]')!;
    expect(kz.tagName).toBe('BUTTON'); // focusable: the tip shows on :focus-within as well as :hover
    const tip = root.querySelector(`[id="${kz.getAttribute('aria-describedby')}"]`)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.querySelector('.cl-tip-meaning')?.textContent).toMatch(/Kazakhstan/);
    expect(tip.querySelector('.cl-tip-source')?.textContent).toMatch(/^Source: ./);
    expect(tip.querySelector('.cl-tip-confidence')?.textContent).toMatch(/confidence/);
  });

  it('copies a paragraph permalink with a text fragment and confirms it, visibly and to screen readers', async () => {
    const { root, copied } = renderCable(text, {
      id: '09ASTANA559',
      pageUrl: 'https://wikileakskz.wordpress.com/2009/03/31/09astana559/#respond',
    });
    const button = byId(root, '09ASTANA559-p3')!.querySelector('button[data-action="copy-permalink"]')!;
    expect(button.getAttribute('aria-label')).toBe('Copy link to paragraph 3');
    fireEvent.click(button);
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Link to paragraph 3 copied'));
    expect(copied).toEqual([
      'https://wikileakskz.wordpress.com/2009/03/31/09astana559/#09ASTANA559-p3:~:text=COMMENT%3A,The%20MVD%20sent%20a%20similar%20letter%20to%20the',
    ]);
    expect(byId(root, '09ASTANA559-p3')!.querySelector('.cl-permalink-status')?.textContent).toBe('Copied');
  });

  it('says so when copying fails', async () => {
    const { root } = renderCable(text, { id: '09ASTANA559', onCopy: () => Promise.reject(new Error('denied')) });
    fireEvent.click(byId(root, '09ASTANA559-p1')!.querySelector('button[data-action="copy-permalink"]')!);
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Could not copy the link to paragraph 1'));
  });

  it('copies the citation as plain text and as Markdown', async () => {
    const { root, copied } = renderCable(text, { id: '09ASTANA559', pageUrl: 'https://wikileakskz.wordpress.com/2009/03/31/09astana559/' });
    fireEvent.click(root.querySelector('button[data-action="copy-citation"]')!);
    fireEvent.click(root.querySelector('button[data-action="copy-citation-markdown"]')!);
    await waitFor(() => expect(copied).toHaveLength(2));
    expect(copied[0]).toBe(
      '09ASTANA559, "KAZAKHSTAN: MINISTRY OF INTERNAL AFFAIRS SEEKS ASSISTANCE ON "DEMOCRATIC" MEANS OF UPHOLDING PUBLIC ORDER", Embassy Astana, 2009-03-31 11:53 UTC. https://wikileakskz.wordpress.com/2009/03/31/09astana559/',
    );
    expect(copied[1]).toBe(
      '[09ASTANA559](https://wikileakskz.wordpress.com/2009/03/31/09astana559/) — "KAZAKHSTAN: MINISTRY OF INTERNAL AFFAIRS SEEKS ASSISTANCE ON "DEMOCRATIC" MEANS OF UPHOLDING PUBLIC ORDER", Embassy Astana, 2009-03-31 11:53 UTC',
    );
  });

  it('has a show-original button, a legend naming the levels used, and a help panel behind `?`', () => {
    const onShowOriginal = vi.fn();
    const { root } = renderCable(text, { id: '09ASTANA559', onShowOriginal });
    fireEvent.click(root.querySelector('button[data-action="show-original"]')!);
    expect(onShowOriginal).toHaveBeenCalledTimes(1);

    const legend = root.querySelector('[data-part="legend"]')!;
    const used = [...legend.querySelectorAll('li[data-used="true"] .cl-mark')].map((mark) => mark.getAttribute('data-tone'));
    expect(used).toEqual(['unclassified', 'sbu', 'fouo']);
    expect(legend.querySelectorAll('li')).toHaveLength(7);

    const help = root.querySelector('[data-part="help"]')!;
    const helpButton = root.querySelector('button[data-action="help"]')!;
    expect(help.hasAttribute('hidden')).toBe(true);
    fireEvent.click(helpButton);
    expect(help.hasAttribute('hidden')).toBe(false);
    expect(helpButton.getAttribute('aria-expanded')).toBe('true');
    expect(help.textContent).toContain('Next paragraph');
  });

  it('answers the keyboard shortcuts and forwarded commands', () => {
    const onShowOriginal = vi.fn();
    const commands = createOverlayCommands();
    const { root } = renderCable(text, { id: '09ASTANA559', onShowOriginal, keyboardShortcuts: true, commands });
    const toggle = root.querySelector('[data-part="routing"] button[aria-expanded]')!;
    const help = root.querySelector('[data-part="help"]')!;

    fireEvent.keyDown(document, { key: 'r' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(document, { key: '?' });
    expect(help.hasAttribute('hidden')).toBe(false);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(help.hasAttribute('hidden')).toBe(true);
    fireEvent.keyDown(document, { key: 'o' });
    expect(onShowOriginal).toHaveBeenCalledTimes(1);
    // Browser shortcuts stay the browser's.
    fireEvent.keyDown(document, { key: 'r', ctrlKey: true });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    commands.send('toggle-routing');
    return waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
  });

  it('reflects the settings on its root and renders plain codes while the glossary loads', () => {
    const { root } = renderCable(text, {
      id: '09ASTANA559',
      glossary: null,
      settings: { highlightMarkings: false, font: 'mono', theme: 'dark', permalinkStyle: 'fragment-only' },
    });
    const overlay = root.querySelector('.cl-overlay')!;
    expect(overlay.getAttribute('data-theme')).toBe('dark');
    expect(overlay.getAttribute('data-font')).toBe('mono');
    expect(overlay.getAttribute('data-highlight')).toBe('off');
    expect(overlay.getAttribute('data-permalink-style')).toBe('fragment-only');
    expect(root.querySelector('[data-tag="PGOV"]')?.tagName).toBe('SPAN');
    expect(root.querySelectorAll('[role="tooltip"]')).toHaveLength(0);
  });

  it('hides explanations when explainTags is off', () => {
    const { root } = renderCable(text, { id: '09ASTANA559', settings: { explainTags: false } });
    expect(root.querySelector('[data-tag="PGOV"]')?.tagName).toBe('SPAN');
    expect(root.querySelector('.cl-overlay')?.getAttribute('data-explain-tags')).toBe('off');
  });
});

describe('07BERLIN242 (viewer, Nov 2010 build, SECRET//NOFORN)', () => {
  const { text, referenceId } = viewerPageText('pages/viewer-2010-11/07BERLIN242.html');
  const pageUrl = 'https://cablegate.wikileaks.org/cable/2007/02/07BERLIN242.html';
  const viewerPage = {
    adapter: 'viewer',
    metadata: { referenceId: '07BERLIN242', origin: 'Embassy Berlin', classification: 'SECRET//NOFORN' },
    siteAnchors: ['parB', 'par1', 'par2', 'par3', 'par4', 'par5'].map((id) => ({ id, label: '¶' })),
  };

  it('marks the badge, the paragraphs and the classified-by line', () => {
    expect(referenceId).toBe('07BERLIN242');
    const { root } = renderCable(text, { id: '07BERLIN242', page: viewerPage, pageUrl });
    expect(root.querySelector('[data-classification]')?.getAttribute('data-classification')).toBe('SECRET//NOFORN');
    // Paragraphs 1–5 are all `(S/NF)`.
    expect(
      [...root.querySelectorAll('[id^="07BERLIN242-p"]')].map((element) => `${element.id} ${element.getAttribute('data-marking')}`),
    ).toEqual(['07BERLIN242-p1 S//NF', '07BERLIN242-p2 S//NF', '07BERLIN242-p3 S//NF', '07BERLIN242-p4 S//NF', '07BERLIN242-p5 S//NF']);
    // `S E C R E T BERLIN 000242` — the spaced classification line, coloured as SECRET.
    expect(root.querySelector('.cl-classline .cl-mark')?.getAttribute('data-tone')).toBe('secret');
    // `Classified By: DCM John M. Koenig for Reasons 1.4 (b) and (d)`
    const classifiedBy = root.querySelector('[data-part="header"] [data-field="classified-by"]')!;
    expect(classifiedBy.textContent).toContain('DCM John M. Koenig');
    const reasons = [...classifiedBy.querySelectorAll('[data-reason]')];
    expect(reasons.map((reason) => reason.querySelector('.cl-reason-letter')?.textContent)).toEqual(['1.4(b)', '1.4(d)']);
    for (const reason of reasons) expect(reason.querySelector('.cl-reason-meaning')?.textContent).toMatch(/foreign/i);
    expect(root.querySelector('[data-part="routing"] .cl-routing-summary')?.textContent).toBe(
      'IMMEDIATE · Embassy Berlin → SecState · 2007-02-06 17:48 UTC',
    );
  });

  it('keeps references plain on the viewer (its URLs need the month, which a citation lacks)', () => {
    const { root } = renderCable(text, { id: '07BERLIN242', page: viewerPage, pageUrl });
    // `REF: A. BERLIN 230` / `¶B. BERLIN 200`
    expect([...root.querySelectorAll('.cl-ref')].map((item) => item.textContent)).toEqual([
      'A. BERLIN 230 (07BERLIN230)',
      'B. BERLIN 200 (07BERLIN200)',
    ]);
    expect(root.querySelectorAll('.cl-document a')).toHaveLength(0);
  });

  it('links references on PlusD, whose URLs need only the ID', () => {
    const { root } = renderCable(text, {
      id: '07BERLIN242',
      page: { ...viewerPage, adapter: 'plusd' },
      pageUrl: 'https://search.wikileaks.org/plusd/cables/07BERLIN242_a.html',
    });
    expect([...root.querySelectorAll('.cl-document a')].map((link) => link.getAttribute('href'))).toEqual([
      'https://search.wikileaks.org/plusd/cables/07BERLIN230.html',
      'https://search.wikileaks.org/plusd/cables/07BERLIN200.html',
    ]);
  });

  it('copies the site’s own anchor with the site-anchors permalink style', async () => {
    const { root, copied } = renderCable(text, {
      id: '07BERLIN242',
      page: viewerPage,
      pageUrl,
      settings: { permalinkStyle: 'site-anchors' },
    });
    fireEvent.click(byId(root, '07BERLIN242-p2')!.querySelector('button[data-action="copy-permalink"]')!);
    await waitFor(() => expect(copied).toEqual([`${pageUrl}#par2`]));
  });
});

describe('hostile cable text', () => {
  const { text } = viewerPageText('pages/viewer-2010-11/07BERLIN242.html');
  const hostile = text
    .replace('SUBJECT: AL-MASRI CASE', 'SUBJECT: <img src=x onerror=alert(1)> AL-MASRI CASE')
    .replace('TAGS: KJUS', 'TAGS: <b>KJUS')
    .replace(
      'In a February 6 discussion',
      'See <script>alert(document.cookie)</script> and <img src=x onerror=alert(2)> and javascript:alert(3) and http://evil.example/x and <a href="javascript:alert(4)">here</a>. In a February 6 discussion',
    );

  it('renders markup, script and URL-looking text as inert text; only real references become links', () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const { root } = renderCable(hostile, {
      id: '07BERLIN242',
      page: { adapter: 'plusd', metadata: {}, siteAnchors: [] },
      pageUrl: 'https://search.wikileaks.org/plusd/cables/07BERLIN242.html',
    });
    expect(root.querySelectorAll('script, img, iframe, object, embed, b')).toHaveLength(0);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames())
        expect(attribute.startsWith('on'), `${element.tagName} ${attribute}`).toBe(false);
    }
    const hrefs = [...root.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://search.wikileaks.org/plusd/cables/07BERLIN230.html',
      'https://search.wikileaks.org/plusd/cables/07BERLIN200.html',
    ]);
    const paragraph = byId(root, '07BERLIN242-p1')!;
    expect(paragraph.textContent).toContain(
      '<script>alert(document.cookie)</script> and <img src=x onerror=alert(2)> and javascript:alert(3) and http://evil.example/x',
    );
    expect(root.querySelector('.cl-subject')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(alert).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

it('uses the real glossary for reason letters by era', () => {
  // E.O. 12958 as amended, section 1.4(b): foreign government information.
  expect(realGlossary().explainReason('b', '1.4', { year: 2007 }).meaning).toMatch(/foreign government/i);
});
