import { describe, expect, it } from 'vitest';
import { citationMarkdown, citationText, escapeMarkdown, formatUtc, markdownUrl } from '../../../utils/citation.ts';

// 09ASTANA559 as its header gives it: DTG `O 311153Z MAR 09`, FM AMEMBASSY ASTANA.
const ASTANA = {
  id: '09ASTANA559',
  subject: 'KAZAKHSTAN:  MINISTRY OF INTERNAL AFFAIRS SEEKS ASSISTANCE\nON "DEMOCRATIC" MEANS OF UPHOLDING PUBLIC ORDER',
  dateIso: '2009-03-31T11:53Z',
  origin: 'Embassy Astana',
  url: 'https://wikileaks.org/cable/2009/03/09ASTANA559.html',
};

describe('citations', () => {
  it('plain text: ID, quoted subject (whitespace folded), origin, UTC date, link', () => {
    expect(citationText(ASTANA)).toBe(
      '09ASTANA559, "KAZAKHSTAN: MINISTRY OF INTERNAL AFFAIRS SEEKS ASSISTANCE ON "DEMOCRATIC" MEANS OF UPHOLDING PUBLIC ORDER", Embassy Astana, 2009-03-31 11:53 UTC. https://wikileaks.org/cable/2009/03/09ASTANA559.html',
    );
  });

  it('Markdown: the ID links to the page; subject and details follow', () => {
    expect(citationMarkdown(ASTANA)).toBe(
      '[09ASTANA559](https://wikileaks.org/cable/2009/03/09ASTANA559.html) — "KAZAKHSTAN: MINISTRY OF INTERNAL AFFAIRS SEEKS ASSISTANCE ON "DEMOCRATIC" MEANS OF UPHOLDING PUBLIC ORDER", Embassy Astana, 2009-03-31 11:53 UTC',
    );
  });

  it('Markdown escapes syntax in cable text and keeps the link destination intact', () => {
    const markdown = citationMarkdown({
      id: '07BERLIN242',
      subject: 'AL-MASRI [CASE] *urgent* (1/2)',
      dateIso: null,
      origin: null,
      url: 'http://x.test/a b(c).html',
    });
    expect(markdown).toBe('[07BERLIN242](http://x.test/a%20b%28c%29.html) — "AL-MASRI \\[CASE\\] \\*urgent\\* \\(1/2\\)"');
    expect(escapeMarkdown('<img src=x>')).toBe('\\<img src=x\\>');
    expect(markdownUrl('https://a.test/p?q=(1)')).toBe('https://a.test/p?q=%281%29');
  });

  it('says when the cable is unidentified and leaves out missing parts', () => {
    expect(citationText({ id: null, subject: null, dateIso: null, origin: null, url: 'https://a.test/' })).toBe(
      'Unidentified cable. https://a.test/',
    );
    expect(citationMarkdown({ id: null, subject: '  ', dateIso: null, origin: null, url: 'https://a.test/' })).toBe(
      '[Unidentified cable](https://a.test/)',
    );
  });

  it('formats ISO DTGs as UTC and leaves other text alone', () => {
    expect(formatUtc('2009-03-31T11:53Z')).toBe('2009-03-31 11:53 UTC');
    expect(formatUtc('1974 May 17, 16:00')).toBe('1974 May 17, 16:00');
  });
});
