// `Classified By: Ambassador Richard E. Hoagland: 1.4 (A), (B), (D)` — who, authority, reason letters.
import { readPortionMarking } from '../classification';
import { CLASSIFIED_BY_LINE, isStructuralLength, NUMBERED_PARAGRAPH } from '../line-kinds';
import type { ClassifiedByNode } from '../model';
import { lineSpan, type ParseState } from '../parse-state';

const MAX_LINES = 4;
const TRAILING_WORDS = new Set(['FOR', 'REASON', 'REASONS', 'REASON:', 'REASONS:', 'PER', 'UNDER', 'E.O.', 'EO', '12958', 'SECTION', 'SECTIONS', 'AND', 'BASED', 'ON']);

/** Drops trailing filler words (`for reasons`, `per`) and punctuation from the classifier's name. */
function trimWho(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  while (words.length > 0) {
    const last = (words[words.length - 1] ?? '').replace(/[,;:.(]+$/, '');
    if (last === '' || TRAILING_WORDS.has(last.toUpperCase()) || TRAILING_WORDS.has(`${last.toUpperCase()}:`)) words.pop();
    else {
      words[words.length - 1] = last;
      break;
    }
  }
  return words.join(' ');
}

/** Reason letters after the authority: `(b) and (d)`, `(B, D)`, `b/d`, `(b)(d)`. */
export function readReasonLetters(text: string): string[] {
  const letters: string[] = [];
  let index = 0;
  const pattern = /^[\s,/&.;]*(?:and\s+|&\s*)?\(?([a-h])\)?(?![a-z])/i;
  while (index < text.length && letters.length < 8) {
    const match = pattern.exec(text.slice(index, index + 24));
    if (match === null) break;
    letters.push((match[1] ?? '').toLowerCase());
    index += match[0].length;
  }
  return letters;
}

export function classifiedByRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  if (line === undefined || !isStructuralLength(line.text)) return false;
  const match = CLASSIFIED_BY_LINE.exec(line.text);
  if (match === null) return false;
  const pieces = [match[1] ?? ''];
  let end = state.pos + 1;
  while (end < state.limit && end - state.pos < MAX_LINES && !/1\.[45]\s*\(?[a-hA-H]/.test(pieces.join(' '))) {
    const next = state.lines[end];
    if (next === undefined || next.kind !== 'text' || NUMBERED_PARAGRAPH.test(next.text) || !isStructuralLength(next.text)) break;
    pieces.push(next.text);
    end++;
  }
  const text = pieces.join(' ');
  const authority = /(?:^|[^0-9.])(1\.[45])(?![0-9])/.exec(text);
  const who = trimWho(authority === null ? text : text.slice(0, authority.index + (authority[0].length - (authority[1] ?? '').length)));
  const reasons = authority === null ? [] : readReasonLetters(text.slice(authority.index + authority[0].length));
  const node: ClassifiedByNode = {
    kind: 'classifiedBy',
    span: lineSpan(state.lines, state.pos, end),
    who,
    authority: authority?.[1] ?? null,
    reasons,
    marking: readPortionMarking(line.text, line.textStart),
  };
  state.nodes.push(node);
  state.sawClassifiedBy = true;
  state.pos = end;
  return true;
}
