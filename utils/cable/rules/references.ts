// REF / REFS / REFTEL lists: `A. STATE 12345`, `A) …`, `(A) 05 SAO PAULO 405; (B) …`, unlabelled
// `Berlin 1337, Berlin 1340`, non-cable references kept as text. Each cable citation gets an ID.
import { cableIdFromCitation } from '../cable-id';
import type { CableLine } from '../lex';
import { refValueAt } from '../front-labels';
import { isStructuralLength, LETTERED_ITEM } from '../line-kinds';
import type { Reference, ReferencesNode } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { collapseWhiteSpace, isWhiteSpace } from '../white-space';
import { isAsciiLetter } from '../char-codes';
import { findGluedClassifiedBy, pushGluedClassifiedBy } from './classified-by';
import { isFrontMatterStart } from './front-matter-start';

const MAX_REFERENCE_LINES = 30;

interface Piece {
  text: string;
  offset: number;
}

// Label candidates: `A.` `A)` `(A)` at the start or after whitespace/`;`/`,`; the specification of labelAt.
export const LABEL = /(^|[\s;,])(\(?)([A-Za-z])([.)])(?=\s|$)/g;

/** The last match of labelAt (one reading at a time: no object per match). */
const found = { start: 0, end: 0, letter: 0, paren: false, period: false };

/**
 * LABEL's next match in `text` from offset `from` (its lastIndex): its index, or -1. The label (the
 * match without the character before it) is then found.start–found.end; its letter upper-cased.
 */
export function labelAt(text: string, from: number): number {
  if (from === 0 && labelBodyAt(text, 0)) return 0;
  for (let index = from; index < text.length - 2; index++) {
    const code = text.charCodeAt(index);
    if ((code === 0x3b || code === 0x2c || isWhiteSpace(code)) && labelBodyAt(text, index + 1)) return index;
  }
  return -1;
}

/** `(\(?)([A-Za-z])([.)])(?=\s|$)` at text[at…], read into `found`. */
function labelBodyAt(text: string, at: number): boolean {
  const paren = text.charCodeAt(at) === 0x28;
  const letterAt = paren ? at + 1 : at;
  // The letter and its `.`/`)` must both be there (no read past the end).
  if (letterAt + 1 >= text.length) return false;
  const letter = text.charCodeAt(letterAt);
  const punctuation = text.charCodeAt(letterAt + 1);
  if (!isAsciiLetter(letter) || (punctuation !== 0x2e && punctuation !== 0x29)) return false;
  if (letterAt + 2 < text.length && !isWhiteSpace(text.charCodeAt(letterAt + 2))) return false;
  found.start = at;
  found.end = letterAt + 2;
  found.letter = letter & 0xdf;
  found.paren = paren;
  found.period = punctuation === 0x2e;
  return true;
}

/** Folds whitespace, drops ¶ and leading/trailing separators (manual trim: no backtracking). */
function clean(text: string): string {
  const folded = collapseWhiteSpace(text.includes('¶') ? text.replace(/¶/g, '') : text);
  let from = 0;
  let to = folded.length;
  while (from < to && isLeadingSeparator(folded.charCodeAt(from))) from++;
  while (to > from && isTrailingSeparator(folded.charCodeAt(to - 1))) to--;
  return from === 0 && to === folded.length ? folded : folded.slice(from, to);
}

/** ` :;,.` */
function isLeadingSeparator(code: number): boolean {
  return code === 0x20 || code === 0x3a || code === 0x3b || code === 0x2c || code === 0x2e;
}

/** ` ;,` */
function isTrailingSeparator(code: number): boolean {
  return code === 0x20 || code === 0x3b || code === 0x2c;
}

/** Splits the reference text pieces into references, labels in alphabetical order only. */
export function readReferences(pieces: Piece[], year: number | null): Reference[] {
  const labels: Array<{ letter: string; start: number; textStart: number; piece: number }> = [];
  let expected = 0x41;
  for (let pieceIndex = 0; pieceIndex < pieces.length; pieceIndex++) {
    const text = pieces[pieceIndex]?.text ?? '';
    // LABEL's matches in turn, each search from the end of the last match (its lastIndex).
    for (let from = labelAt(text, 0); from !== -1; from = labelAt(text, found.end)) {
      if (found.paren && found.period) continue;
      if (found.letter !== expected) continue;
      labels.push({ letter: String.fromCharCode(expected), start: found.start, textStart: found.end, piece: pieceIndex });
      expected++;
    }
  }
  const references: Reference[] = [];
  if (labels.length === 0) {
    const whole = pieces.map((piece) => piece.text).join(' ');
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (first === undefined || last === undefined || clean(whole) === '') return references;
    const span = { start: first.offset, end: last.offset + last.text.length };
    const parts = whole
      .split(/[;,:]| AND /i)
      .map(clean)
      .filter((part) => part !== '');
    const ids = parts.map((part) => cableIdFromCitation(part, year));
    if (parts.length > 1 && ids.every((id) => id !== null)) {
      parts.forEach((text, index) => references.push({ letter: null, text, id: ids[index] ?? null, span }));
    } else {
      const text = clean(whole);
      references.push({ letter: null, text, id: cableIdFromCitation(text, year), span });
    }
    return references;
  }
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index] as (typeof labels)[number];
    const next = labels[index + 1];
    // The label's text: the pieces up to the next label, joined with spaces (most lie in one piece).
    let joined = '';
    let parts = 0;
    let endOffset = 0;
    const lastPiece = next === undefined ? pieces.length - 1 : next.piece;
    for (let pieceIndex = label.piece; pieceIndex <= lastPiece; pieceIndex++) {
      const piece = pieces[pieceIndex];
      if (piece === undefined) continue;
      const from = pieceIndex === label.piece ? label.textStart : 0;
      const to = next !== undefined && pieceIndex === next.piece ? next.start : piece.text.length;
      if (to > from) {
        const part = piece.text.slice(from, to);
        joined = parts === 0 ? part : `${joined} ${part}`;
        parts++;
        endOffset = piece.offset + to;
      }
    }
    const startPiece = pieces[label.piece];
    const text = clean(joined);
    const start = (startPiece?.offset ?? 0) + label.start;
    references.push({ letter: label.letter, text, id: cableIdFromCitation(text, year), span: { start, end: Math.max(start, endOffset) } });
  }
  return references;
}

function isReferenceContinuation(line: CableLine): boolean {
  return line.kind === 'text' && isStructuralLength(line.text) && !isFrontMatterStart(line.text);
}

export function referencesRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  if (line === undefined || !isStructuralLength(line.text)) return false;
  // REF… or PROGRAM REF: the first letter (any case) before the pattern.
  const first = line.text.charCodeAt(0) | 0x20;
  if (first !== 0x72 && first !== 0x70) return false;
  const valueAt = refValueAt(line.text);
  if (valueAt === -1) return false;
  const pieces: Piece[] = [{ text: line.text.slice(valueAt), offset: line.textStart + valueAt }];
  let end = state.pos + 1;
  while (end < state.limit && end - state.pos < MAX_REFERENCE_LINES) {
    const next = state.lines[end];
    if (next === undefined) break;
    if (next.kind === 'blank') {
      // Lettered lists are sometimes spaced out with blank lines.
      let after = end;
      while (after < state.limit && state.lines[after]?.kind === 'blank') after++;
      const candidate = state.lines[after];
      if (
        candidate === undefined ||
        !LETTERED_ITEM.test(candidate.text) ||
        !isReferenceContinuation(candidate) ||
        !/^\(?[B-Z][.)]/.test(candidate.text)
      )
        break;
      end = after;
      continue;
    }
    if (!isReferenceContinuation(next)) break;
    pieces.push({ text: next.text, offset: next.textStart });
    end++;
  }
  // Trailing blank lines skipped above are not ours.
  while (end > state.pos + 1 && state.lines[end - 1]?.kind === 'blank') end--;
  const glued = findGluedClassifiedBy(state, state.pos, end);
  const boundary = glued === null ? -1 : (state.lines[glued.line]?.textStart ?? 0) + glued.at;
  if (glued !== null && boundary > (pieces[0]?.offset ?? 0)) {
    // `REF: … C. 09 MANAMA 731 Classified By: Ambassador …` (10MANAMA15): the statement gets its own node.
    const kept = pieces
      .filter((piece) => piece.offset < boundary)
      .map((piece) => ({ text: piece.text.slice(0, boundary - piece.offset), offset: piece.offset }));
    state.nodes.push({ kind: 'references', span: { start: line.start, end: boundary }, references: readReferences(kept, state.year) });
    pushGluedClassifiedBy(state, glued, end);
  } else {
    const node: ReferencesNode = {
      kind: 'references',
      span: lineSpan(state.lines, state.pos, end),
      references: readReferences(pieces, state.year),
    };
    state.nodes.push(node);
  }
  state.pos = end;
  return true;
}
