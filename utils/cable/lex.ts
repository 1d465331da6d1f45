// Lexing: the input as physical lines with the few context-free kinds every rule relies on.
// Lossless: line i spans [start, next) and consecutive lines touch, covering the whole input.
import { blockEndKind } from './block-markers';
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
  // Every END marker contains `END`, `End` or `end` (as mayHaveEnd checks). Native searches over the
  // whole input find the few lines that can hold one; each search resumes after the line it hit,
  // so the input is scanned once per word instead of three `includes` per line.
  let upper = nextAt(input, 'END', 0);
  let title = nextAt(input, 'End', 0);
  let lower = nextAt(input, 'end', 0);
  let sipdis = nextAt(input, 'SIPDIS', 0);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as CableLine;
    line.index = index;
    line.kind = kindOf(line.text);
    // A hit is three letters, so it lies inside the line's trimmed text or not in the line at all.
    if (upper < line.end || title < line.end || lower < line.end) {
      line.blockEnd = blockEndKind(line.text);
      if (upper < line.next) upper = nextAt(input, 'END', line.next);
      if (title < line.next) title = nextAt(input, 'End', line.next);
      if (lower < line.next) lower = nextAt(input, 'end', line.next);
    }
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

function kindOf(text: string): LineKind {
  if (text === '') return 'blank';
  if (!isStructuralLength(text)) return 'text';
  const first = text.charCodeAt(0);
  // Page breaks start with an upper-case letter, underlines with `-` or `=`. Section breaks end
  // with a digit (`… OF 002`), page lines start with `PA`: cheap tests before each regex.
  if (first >= 65 && first <= 90) {
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0x30 && last <= 0x39 && SECTION_BREAK.test(text)) return 'pageBreak';
    return first === 0x50 && text.charCodeAt(1) === 0x41 && PAGE.test(text) ? 'pageBreak' : 'text';
  }
  if ((first === 45 || first === 61) && DASHES.test(text)) return 'underline';
  return 'text';
}
