import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../../../utils/cable/index.ts';
import type { InlineSegment } from '../../../utils/cable/model.ts';
import {
  encodeTextDirective,
  openingWordsOf,
  paragraphAnchorId,
  permalinkUrl,
  planParagraphAnchors,
  siteAnchorTargets,
  textFragment,
} from '../../../utils/permalinks.ts';
import { astana559Text } from './support/corpus.ts';

const PAGE = 'https://wikileakskz.wordpress.com/2009/03/31/09astana559/';

describe('paragraph anchors of 09ASTANA559 (WordPress repost, checked by hand against the text)', () => {
  const doc = parseCable(astana559Text(), { id: '09ASTANA559' });
  const plan = planParagraphAnchors(doc);

  it('gives every numbered paragraph `#<id>-p<n>`, in order, including those inside COMMENT and BEGIN TEXT blocks', () => {
    expect(plan.anchors.map((anchor) => anchor.id)).toEqual(['09ASTANA559-p1', '09ASTANA559-p2', '09ASTANA559-p3', '09ASTANA559-p4']);
  });

  it('takes the opening words from the first source line, after the portion marking, up to a double space', () => {
    // `1.  (U) Sensitive but unclassified.  Not for public Internet.`
    expect(plan.anchors[0]?.openingWords).toEqual({ start: 'Sensitive but unclassified.', end: null });
    // `2.  (SBU) The Ministry of Interior (MVD) sent a letter to the` — eight words at most.
    expect(plan.anchors[1]?.openingWords).toEqual({ start: 'The Ministry of Interior (MVD) sent a letter', end: null });
    // `3.  (SBU) COMMENT:  The MVD sent …` — one word is not distinctive: the next run is the end.
    expect(plan.anchors[2]?.openingWords).toEqual({ start: 'COMMENT:', end: 'The MVD sent a similar letter to the' });
    // `4.  (SBU) BEGIN TEXT OF LETTER:` — the block marker is page text and part of the words.
    expect(plan.anchors[3]?.openingWords).toEqual({ start: 'BEGIN TEXT OF LETTER:', end: null });
  });

  it('builds the permalink with the anchor and a percent-encoded text fragment', () => {
    const [p1, , p3] = plan.anchors;
    expect(permalinkUrl({ pageUrl: `${PAGE}#comments`, anchor: p1!, style: 'anchor-and-fragment' })).toBe(
      `${PAGE}#09ASTANA559-p1:~:text=Sensitive%20but%20unclassified.`,
    );
    expect(permalinkUrl({ pageUrl: PAGE, anchor: p3!, style: 'anchor-and-fragment' })).toBe(
      `${PAGE}#09ASTANA559-p3:~:text=COMMENT%3A,The%20MVD%20sent%20a%20similar%20letter%20to%20the`,
    );
    expect(permalinkUrl({ pageUrl: PAGE, anchor: p1!, style: 'fragment-only' })).toBe(`${PAGE}#:~:text=Sensitive%20but%20unclassified.`);
    expect(permalinkUrl({ pageUrl: PAGE, anchor: p1!, style: 'site-anchors', siteAnchorId: 'par1' })).toBe(`${PAGE}#par1`);
    // No site anchor for this paragraph: the site-anchors style falls back to ours.
    expect(permalinkUrl({ pageUrl: PAGE, anchor: p1!, style: 'site-anchors' })).toBe(
      `${PAGE}#09ASTANA559-p1:~:text=Sensitive%20but%20unclassified.`,
    );
  });
});

describe('anchor plan on synthetic structures', () => {
  it('keeps anchors unique when a paragraph number repeats, and anchors lettered sub-paragraphs', () => {
    // Two sections that both restart at 1. (seen in concatenated multi-section cables).
    const text =
      'UNCLAS STATE 000001\n\nSUBJECT: TEST\n\n1. (U) First one.\n\n2. (U) Second with items:\nA. (U) item a\nB. (U) item b\n\n1. (U) Repeated one.\n';
    const plan = planParagraphAnchors(parseCable(text, { id: '09STATE1' }));
    const ids = plan.anchors.map((anchor) => anchor.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('09STATE1-p1');
    expect(ids).toContain('09STATE1-p1-2');
  });

  it('falls back to a safe stem when the cable has no ID, and never lets page text into the id', () => {
    expect(paragraphAnchorId(null, 3)).toBe('cable-p3');
    expect(paragraphAnchorId('09"><x', 3, 'b')).toBe('09___x-p3-b');
  });

  it('skips a leading marking, stops at the end of the first source line', () => {
    const segments: InlineSegment[] = [
      { kind: 'marking', text: '(C)', marking: { raw: '(C)', level: 'C', span: { start: 0, end: 3 } }, span: { start: 0, end: 3 } },
      { kind: 'text', text: 'Ambassador met', span: { start: 4, end: 18 } },
      { kind: 'softBreak', text: ' ', span: { start: 18, end: 19 } },
      { kind: 'text', text: 'the minister', span: { start: 19, end: 31 } },
    ];
    expect(openingWordsOf(segments, '(C) Ambassador met\nthe minister')).toEqual({ start: 'Ambassador met', end: null });
    expect(openingWordsOf([], '')).toEqual({ start: '', end: null });
  });
});

describe('text fragment encoding (WICG scroll-to-text-fragment syntax)', () => {
  it('percent-encodes the reserved characters -, & and , as well as spaces', () => {
    expect(encodeTextDirective('U.S.-Italian relations, trade & aid')).toBe('U.S.%2DItalian%20relations%2C%20trade%20%26%20aid');
    expect(textFragment({ start: '', end: null })).toBe('');
  });

  it('round-trips any text through decodeURIComponent and leaves no reserved character bare', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const encoded = encodeTextDirective(text);
        expect(decodeURIComponent(encoded)).toBe(text);
        expect(encoded).not.toMatch(/[-&, #]/);
      }),
    );
  });
});

describe('site anchors', () => {
  it('maps the viewer’s numeric #parN anchors to our paragraphs and ignores letter anchors', () => {
    const doc = parseCable(astana559Text(), { id: '09ASTANA559' });
    const targets = siteAnchorTargets(
      [
        { id: 'parB', label: 'B' },
        { id: 'par1', label: '1' },
        { id: 'par4', label: '4' },
        { id: 'par9', label: '9' },
      ],
      planParagraphAnchors(doc),
    );
    expect([...targets]).toEqual([
      ['par1', '09ASTANA559-p1'],
      ['par4', '09ASTANA559-p4'],
    ]);
  });
});
