// SUBJECT / SUBJ: wrapped until a blank line or the next front-matter line; own portion marking.
import { readPortionMarking } from '../classification';
import { isStructuralLength, SUBJECT_LINE } from '../line-kinds';
import type { Span, SubjectNode } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { foldWhiteSpace } from '../white-space';
import { findGluedClassifiedBy, pushGluedClassifiedBy } from './classified-by';
import { findGluedReferences, pushGluedReferences } from './glued-references';
import { isFrontMatterStart } from './front-matter-start';

const MAX_SUBJECT_LINES = 6;

/** Builds the subject from its text pieces (the first starts at `offset`). */
export function subjectNodeFrom(pieces: string[], offset: number, span: Span): SubjectNode {
  const first = pieces[0] ?? '';
  const marking = readPortionMarking(first, offset);
  const body = [marking === null ? first : first.slice(marking.raw.length), ...pieces.slice(1)].join(' ');
  return { kind: 'subject', span, text: foldWhiteSpace(body), marking };
}

export function subjectRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  // SUBJECT_LINE starts with S or s: test that before the pattern.
  if (line === undefined || (line.text.charCodeAt(0) | 0x20) !== 0x73 || !isStructuralLength(line.text)) return false;
  const match = SUBJECT_LINE.exec(line.text);
  if (match === null) return false;
  const value = match[1] ?? '';
  // `SUBJECT` must be followed by a colon, a period or a space and text.
  const label = line.text.slice(0, line.text.length - value.length);
  if (!/[:.]/.test(label) && (value === '' || /^[a-z]/.test(value))) return false;
  const pieces = [value];
  let end = state.pos + 1;
  while (end < state.limit && end - state.pos < MAX_SUBJECT_LINES) {
    const next = state.lines[end];
    if (next === undefined || next.kind !== 'text' || isFrontMatterStart(next.text)) break;
    pieces.push(next.text);
    end++;
  }
  const valueAt = line.text.length - value.length;
  const span = lineSpan(state.lines, state.pos, end);
  let glued = findGluedClassifiedBy(state, state.pos, end);
  if (glued !== null && glued.line === state.pos && glued.at <= valueAt) glued = null;
  const gluedAt = glued === null ? span.end : boundaryOf(state, glued);
  const refs = findGluedReferences(state, state.pos, end, valueAt + 1);
  const refsAt = refs === null ? span.end : boundaryOf(state, refs);
  // `SUBJECT: … PITTSBURGH  Classified By: Ambassador …` (09LONDON2326), `SUBJECT: … TRAFFICKERS REFS: (A) …`
  // (09CAIRO1054): one node per part, the boundaries inside the line.
  const subjectEnd = refs !== null && refsAt < gluedAt ? refs : glued;
  if (subjectEnd === null) state.nodes.push(subjectNodeFrom(pieces, line.textStart + valueAt, span));
  else {
    const kept = pieces.slice(0, subjectEnd.line - state.pos + 1);
    const cut = subjectEnd.line === state.pos ? subjectEnd.at - valueAt : subjectEnd.at;
    kept[kept.length - 1] = (kept[kept.length - 1] ?? '').slice(0, cut);
    state.nodes.push(subjectNodeFrom(kept, line.textStart + valueAt, { start: line.start, end: boundaryOf(state, subjectEnd) }));
    if (refs !== null && refsAt < gluedAt) pushGluedReferences(state, refs, end, gluedAt);
    if (glued !== null) pushGluedClassifiedBy(state, glued, end);
  }
  state.sawSubject = true;
  state.pos = end;
  return true;
}

/** Input offset of a place inside a line. */
function boundaryOf(state: ParseState, place: { line: number; at: number }): number {
  return (state.lines[place.line]?.textStart ?? 0) + place.at;
}
