// The END-marker helpers behind the parser's speed: the lexer's character pre-check for END markers
// never drops a line the END patterns accept, and the per-kind END line index answers "how many END
// markers of this kind from line i on" exactly as a plain count does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockEndKind, mayEndBlockAt } from '../../../utils/cable/block-markers';
import { endMarkersFrom } from '../../../utils/cable/end-marker-index';
import { surveyLines } from '../../../utils/cable/line-survey';
import { lexCable } from '../../../utils/cable/lex';
import type { BlockKind } from '../../../utils/cable/model';
import { fixtureNames, loadFixture } from './fixture-loader';

const KINDS: BlockKind[] = ['summary', 'comment', 'note', 'quotedText'];
const MARKERS = ['END SUMMARY', 'End Comment.', 'end note', 'END OF TEXT', 'END TEXT OF LETTER', 'end of comment )', 'ENDS', 'weekend'];
const markerLine = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...MARKERS), fc.constantFrom('', '.', ' .)', '. ) .', ')))))', 'x'))
  .map(([head, marker, tail]) => head + marker + tail);

describe('mayEndBlockAt', () => {
  it('passes every line blockEndKind accepts (random lines and every fixture line)', () => {
    const check = (text: string): void => {
      // Embedded in a longer input, as the lexer calls it.
      const input = `xx\n${text}\nyy`;
      if (blockEndKind(text) !== null) expect(mayEndBlockAt(input, 3, 3 + text.length)).toBe(true);
    };
    fc.assert(
      fc.property(fc.oneof(markerLine, fc.string({ maxLength: 30 })), (text) => check(text)),
      { numRuns: 3000 },
    );
    let accepted = 0;
    for (const name of fixtureNames()) {
      for (const line of lexCable(loadFixture(name))) {
        check(line.text);
        if (line.blockEnd !== null) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(20);
  });

  it('rejects ordinary prose and reads only inside the given range', () => {
    expect(mayEndBlockAt('the government.', 0, 15)).toBe(false);
    expect(mayEndBlockAt('we recommend that', 0, 17)).toBe(false);
    expect(mayEndBlockAt('END COMMENT.', 0, 12)).toBe(true);
    expect(mayEndBlockAt('see the text', 0, 12)).toBe(true);
    // `END` just before the range does not count.
    expect(mayEndBlockAt('END\nx', 4, 5)).toBe(false);
  });
});

describe('END marker index', () => {
  it('counts END lines of a kind from a line on, as a plain scan does', () => {
    const kinds = fc.array(fc.constantFrom<BlockKind | null>(null, null, null, ...KINDS), { maxLength: 60 });
    fc.assert(
      fc.property(kinds, (perLine) => {
        // Lines that are not text lines: only their END markers matter to the survey.
        const lines = perLine.map((blockEnd) => ({ blockEnd, kind: 'blank' })) as unknown as Parameters<typeof surveyLines>[1];
        const index = surveyLines('', lines).endMarkers;
        for (const kind of KINDS) {
          for (let from = 0; from <= perLine.length + 1; from++) {
            const plain = perLine.slice(from).filter((each) => each === kind).length;
            expect(endMarkersFrom(index, kind, from)).toBe(plain);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('indexes the END lines of 09ASTANA559, read by hand', () => {
    // Line 72 `END COMMENT.`, line 144 `END TEXT OF LETTER` (1-based); no SUMMARY or NOTE end.
    const input = loadFixture('09ASTANA559');
    const index = surveyLines(input, lexCable(input)).endMarkers;
    expect(index).toEqual({ summary: [], comment: [71], note: [], quotedText: [143] });
    expect(endMarkersFrom(index, 'comment', 0)).toBe(1);
    expect(endMarkersFrom(index, 'comment', 71)).toBe(1);
    expect(endMarkersFrom(index, 'comment', 72)).toBe(0);
    expect(endMarkersFrom(index, 'quotedText', 100)).toBe(1);
  });
});
