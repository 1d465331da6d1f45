// E.O. line: `E.O. 12958: DECL: 03/31/2019`, `E.O. 12958: N/A`, `EO 12958 DECL:`, 11652/12065/12356/13526,
// and the Guardian one-liner `E.o. 12958: decl: … Tags: … Subject: …` (split into three nodes).
import { parseDeclassificationDate } from '../date-time-group';
import { EO_LINE, isStructuralLength } from '../line-kinds';
import type { DeclassificationNode, Span } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { subjectNodeFrom } from './subject';
import { tagsNodeFrom } from './tags';

function declassificationOf(order: string | null, rawValue: string, span: Span): DeclassificationNode {
  const value = rawValue.replace(/^DECL(?:ASSIFY)?\b *:? */i, '').trim();
  return { kind: 'declassification', span, order, value, date: parseDeclassificationDate(value) };
}

export function declassificationRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  // EO_LINE starts with E or e: test that before the pattern.
  if (line === undefined || (line.text.charCodeAt(0) | 0x20) !== 0x65 || !isStructuralLength(line.text) || !EO_LINE.test(line.text))
    return false;
  const whole = lineSpan(state.lines, state.pos, state.pos + 1);
  state.pos++;
  return pushDeclassificationText(state, line.text, line.textStart, whole);
}

/**
 * Emits the nodes of E.O. text `text` (starting at input offset `textStart`; `span` covers it and
 * ends where the line ends). The Guardian one-liner `E.o. 12958: decl: … Tags: … Subject: …` becomes
 * three nodes whose boundaries fall inside the line, still tiling it.
 */
export function pushDeclassificationText(state: ParseState, text: string, textStart: number, span: Span): boolean {
  const match = EO_LINE.exec(text);
  if (match === null) return false;
  const order = match[1] ?? null;
  const value = match[2] ?? '';
  state.sawEo = true;
  const tagsAt = value.search(/ Tags?:? /i);
  if (tagsAt === -1) {
    state.nodes.push(declassificationOf(order, value, span));
    return true;
  }
  const textEnd = textStart + text.length;
  const valueStart = textEnd - value.length;
  const tagsStart = valueStart + tagsAt + 1;
  const subjectAt = value.search(/ Subject:? /i);
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
