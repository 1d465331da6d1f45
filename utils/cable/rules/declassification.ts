// E.O. line: `E.O. 12958: DECL: 03/31/2019`, `E.O. 12958: N/A`, `EO 12958 DECL:`, 11652/12065/12356/13526,
// and the Guardian one-liner `E.o. 12958: decl: … Tags: … Subject: …` (split into three nodes).
import { isAsciiLetter, isDigit } from '../char-codes';
import { parseDeclassificationDate } from '../date-time-group';
import { eoOrderAt, eoValueAt, startsWithWord } from '../front-labels';
import { isStructuralLength } from '../line-kinds';
import type { DeclassificationNode, Span } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { isWhiteSpace } from '../white-space';
import { subjectNodeFrom } from './subject';
import { tagsNodeFrom } from './tags';

/** A `\w` character at text[at] (false past the end: the helpers never see NaN). */
function isWordCharacterAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  return isAsciiLetter(code) || isDigit(code) || code === 0x5f;
}

/** The value without a leading `DECL:`/`DECLASSIFY`, trimmed (a `^DECL(?:ASSIFY)?\b *:? *` replace, read in place). */
export function declassificationValue(rawValue: string): string {
  let from = 0;
  if (startsWithWord(rawValue, 0, 'DECLASSIFY') && !isWordCharacterAt(rawValue, 10)) from = 10;
  else if (startsWithWord(rawValue, 0, 'DECL') && !isWordCharacterAt(rawValue, 4)) from = 4;
  if (from > 0) {
    while (rawValue.charCodeAt(from) === 0x20) from++;
    if (rawValue.charCodeAt(from) === 0x3a) from++;
    while (rawValue.charCodeAt(from) === 0x20) from++;
  }
  let to = rawValue.length;
  while (from < to && isWhiteSpace(rawValue.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(rawValue.charCodeAt(to - 1))) to--;
  return from === 0 && to === rawValue.length ? rawValue : rawValue.slice(from, to);
}

function declassificationOf(order: string | null, rawValue: string, span: Span): DeclassificationNode {
  const value = declassificationValue(rawValue);
  return { kind: 'declassification', span, order, value, date: parseDeclassificationDate(value) };
}

export function declassificationRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  // EO_LINE starts with E or e: test that before the pattern.
  if (line === undefined || (line.text.charCodeAt(0) | 0x20) !== 0x65 || !isStructuralLength(line.text)) return false;
  const orderAt = eoOrderAt(line.text);
  if (orderAt === -1) return false;
  const whole = lineSpan(state.lines, state.pos, state.pos + 1);
  state.pos++;
  return pushEo(state, line.text, orderAt, line.textStart, whole);
}

/**
 * ` Tags?:? ` (word TAG, plural) or ` Subject:? ` (word SUBJECT) in any ASCII case: the offset of its
 * space in `text`, or -1 (the leftmost match, as a /i search gives).
 */
export function labelInside(text: string, word: string, plural: boolean): number {
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
    if (!startsWithWord(text, at + 1, word)) continue;
    let end = at + 1 + word.length;
    if (plural && (text.charCodeAt(end) | 0x20) === 0x73) end++;
    if (text.charCodeAt(end) === 0x3a) end++;
    if (text.charCodeAt(end) === 0x20) return at;
  }
  return -1;
}

/**
 * Emits the nodes of E.O. text `text` (starting at input offset `textStart`; `span` covers it and
 * ends where the line ends). The Guardian one-liner `E.o. 12958: decl: … Tags: … Subject: …` becomes
 * three nodes whose boundaries fall inside the line, still tiling it.
 */
export function pushDeclassificationText(state: ParseState, text: string, textStart: number, span: Span): boolean {
  const orderAt = eoOrderAt(text);
  return orderAt !== -1 && pushEo(state, text, orderAt, textStart, span);
}

function pushEo(state: ParseState, text: string, orderAt: number, textStart: number, span: Span): boolean {
  const order = text.slice(orderAt, orderAt + 5);
  const value = text.slice(eoValueAt(text, orderAt));
  state.sawEo = true;
  const tagsAt = labelInside(value, 'TAG', true);
  if (tagsAt === -1) {
    state.nodes.push(declassificationOf(order, value, span));
    return true;
  }
  const textEnd = textStart + text.length;
  const valueStart = textEnd - value.length;
  const tagsStart = valueStart + tagsAt + 1;
  const subjectAt = labelInside(value, 'SUBJECT', false);
  const subjectStart = subjectAt > tagsAt ? valueStart + subjectAt + 1 : span.end;
  state.nodes.push(declassificationOf(order, value.slice(0, tagsAt), { start: span.start, end: tagsStart }));
  const tagsText = state.input.slice(tagsStart, Math.min(subjectStart, textEnd)).replace(/^Tags?:? */i, '');
  state.nodes.push(tagsNodeFrom(tagsText, Math.min(subjectStart, textEnd) - tagsText.length, { start: tagsStart, end: subjectStart }));
  if (subjectStart < span.end) {
    const subjectRaw = state.input.slice(subjectStart, textEnd);
    const subjectText = subjectRaw.replace(/^Subject:? */i, '');
    state.sawSubject = true;
    state.nodes.push(
      subjectNodeFrom([subjectText], subjectStart + subjectRaw.length - subjectText.length, { start: subjectStart, end: span.end }),
    );
  }
  return true;
}
