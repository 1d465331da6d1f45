// Lexing: the input as physical lines with the few context-free kinds every rule relies on.
// Lossless: line i spans [start, next) and consecutive lines touch, covering the whole input.
import { splitLines, type SourceLine } from './normalize';
import { isStructuralLength, PAGE_LINE, SECTION_PAGE_BREAK, UNDERLINE } from './line-kinds';

export type LineKind = 'blank' | 'pageBreak' | 'underline' | 'text';

export interface CableLine extends SourceLine {
  index: number;
  kind: LineKind;
}

export function lexCable(input: string): CableLine[] {
  // Mutating the split lines keeps one object shape (a spread copy per line was the hot spot).
  const lines = splitLines(input) as CableLine[];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as CableLine;
    line.index = index;
    line.kind = kindOf(line.text);
  }
  return lines;
}

// Local bindings: the hot loop should not go through module export accessors.
const SECTION_BREAK = SECTION_PAGE_BREAK;
const PAGE = PAGE_LINE;
const DASHES = UNDERLINE;

function kindOf(text: string): LineKind {
  if (text === '') return 'blank';
  if (!isStructuralLength(text)) return 'text';
  const first = text.charCodeAt(0);
  // Page breaks start with an upper-case letter, underlines with `-` or `=`.
  if (first >= 65 && first <= 90) return SECTION_BREAK.test(text) || PAGE.test(text) ? 'pageBreak' : 'text';
  if ((first === 45 || first === 61) && DASHES.test(text)) return 'underline';
  return 'text';
}
