// Lexing: the input as physical lines with the few context-free kinds every rule relies on.
// Lossless: line i spans [start, next) and consecutive lines touch, covering the whole input.
import { blockEndKind, mayEndBlockAt } from './block-markers';
import { isStructuralLength, PAGE_LINE, SECTION_PAGE_BREAK, UNDERLINE } from './line-kinds';
import type { BlockKind } from './model';
import { splitLines, type SourceLine } from './normalize';

export type LineKind = 'blank' | 'pageBreak' | 'underline' | 'text';

export interface CableLine extends SourceLine {
  index: number;
  kind: LineKind;
  /** Block closed by an END marker on this line (`blockEndKind(text)`), computed once here. */
  blockEnd: BlockKind | null;
  /** The line contains `SIPDIS` (injected mid-sentence at wraps; the reading flow drops it). */
  hasSipdis: boolean;
}

export function lexCable(input: string): CableLine[] {
  // Mutating the split lines keeps one object shape (a spread copy per line was the hot spot).
  const lines = splitLines(input) as CableLine[];
  // END markers sit at the start or the end of a line: a few character tests per line pick the
  // candidates (a whole-input search for `end` stopped at every "recommend", "attend", "spend").
  let sipdis = nextAt(input, 'SIPDIS', 0);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as CableLine;
    line.index = index;
    const text = line.text;
    const textEnd = line.textStart + text.length;
    line.kind = kindOf(text, input, line.textStart, textEnd);
    if (mayEndBlockAt(input, line.textStart, textEnd)) line.blockEnd = blockEndKind(text);
    if (sipdis < line.end) {
      line.hasSipdis = true;
      sipdis = nextAt(input, 'SIPDIS', line.next);
    }
  }
  return lines;
}

/** Offset of the next `word` at or after `from`, or the input length. */
function nextAt(input: string, word: string, from: number): number {
  const at = input.indexOf(word, from);
  return at === -1 ? input.length : at;
}

// Local bindings: the hot loop should not go through module export accessors.
const SECTION_BREAK = SECTION_PAGE_BREAK;
const PAGE = PAGE_LINE;
const DASHES = UNDERLINE;

/** Kind of the line whose text is `text` = input[start, end); character tests read the input itself. */
function kindOf(text: string, input: string, start: number, end: number): LineKind {
  if (start === end) return 'blank';
  if (!isStructuralLength(text)) return 'text';
  const first = input.charCodeAt(start);
  // Page breaks start with an upper-case letter, underlines with `-` or `=`. Section breaks end
  // with a digit (`… OF 002`), page lines start with `PA`: cheap tests before each regex.
  if (first >= 65 && first <= 90) {
    const last = input.charCodeAt(end - 1);
    if (last >= 0x30 && last <= 0x39 && SECTION_BREAK.test(text)) return 'pageBreak';
    return first === 0x50 && end - start > 1 && input.charCodeAt(start + 1) === 0x41 && PAGE.test(text) ? 'pageBreak' : 'text';
  }
  if ((first === 45 || first === 61) && DASHES.test(text)) return 'underline';
  return 'text';
}
