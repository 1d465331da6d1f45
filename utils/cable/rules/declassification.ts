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
  if (line === undefined || !isStructuralLength(line.text)) return false;
  const match = EO_LINE.exec(line.text);
  if (match === null) return false;
  const order = match[1] ?? null;
  const value = match[2] ?? '';
  const whole = lineSpan(state.lines, state.pos, state.pos + 1);
  state.sawEo = true;
  state.pos++;
  const tagsAt = value.search(/ Tags?:? /i);
  if (tagsAt === -1) {
    state.nodes.push(declassificationOf(order, value, whole));
    return true;
  }
  // Guardian one-liner: node boundaries fall inside the line, still tiling it.
  const valueStart = line.textStart + line.text.length - value.length;
  const tagsStart = valueStart + tagsAt + 1;
  const subjectAt = value.search(/ Subject:? /i);
  const subjectStart = subjectAt > tagsAt ? valueStart + subjectAt + 1 : whole.end;
  state.nodes.push(declassificationOf(order, value.slice(0, tagsAt), { start: whole.start, end: tagsStart }));
  const tagsText = state.input.slice(tagsStart, subjectStart).replace(/^Tags?:? */i, '');
  state.nodes.push(tagsNodeFrom(tagsText, subjectStart - tagsText.length, { start: tagsStart, end: subjectStart }));
  if (subjectStart < whole.end) {
    const subjectRaw = state.input.slice(subjectStart, line.textStart + line.text.length);
    const subjectText = subjectRaw.replace(/^Subject:? */i, '');
    state.sawSubject = true;
    state.nodes.push(subjectNodeFrom([subjectText], subjectStart + subjectRaw.length - subjectText.length, { start: subjectStart, end: whole.end }));
  }
  return true;
}
