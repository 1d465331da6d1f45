// SUBJECT / SUBJ: wrapped until a blank line or the next front-matter line; own portion marking.
import { readPortionMarking } from '../classification';
import { subjectValueAt } from '../front-labels';
import { isStructuralLength } from '../line-kinds';
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
  const head = marking === null ? first : first.slice(marking.raw.length);
  const body = pieces.length === 1 ? head : [head, ...pieces.slice(1)].join(' ');
  return { kind: 'subject', span, text: foldWhiteSpace(body), marking };
}

export function subjectRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  // SUBJECT_LINE starts with S or s: test that before the pattern.
  if (line === undefined || (line.text.charCodeAt(0) | 0x20) !== 0x73 || !isStructuralLength(line.text)) return false;
  const text = line.text;
  const valueAt = subjectValueAt(text);
  if (valueAt === -1) return false;
  // `SUBJECT` must be followed by a colon, a period or a space and text.
  if (!hasColonOrPeriod(text, valueAt)) {
    const first = text.charCodeAt(valueAt);
    if (valueAt === text.length || (first >= 0x61 && first <= 0x7a)) return false;
  }
  const pieces = [text.slice(valueAt)];
  let end = state.pos + 1;
  while (end < state.limit && end - state.pos < MAX_SUBJECT_LINES) {
    const next = state.lines[end];
    if (next === undefined || next.kind !== 'text' || isFrontMatterStart(next.text)) break;
    pieces.push(next.text);
    end++;
  }
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

/** A `:` or `.` in text[0, end) (the label: letters, spaces and at most one of them). */
function hasColonOrPeriod(text: string, end: number): boolean {
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x3a || code === 0x2e) return true;
  }
  return false;
}

/** Input offset of a place inside a line. */
function boundaryOf(state: ParseState, place: { line: number; at: number }): number {
  return (state.lines[place.line]?.textStart ?? 0) + place.at;
}
