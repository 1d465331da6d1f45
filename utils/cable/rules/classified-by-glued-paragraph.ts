// A `CLASSIFIED BY` statement with paragraph 1 glued after it, on a line too long for the structural
// rules (09RPODUBAI177, a page that lost line breaks): `CLASSIFIED BY: Timothy Richardson, …, Department
// of State. REASON: 1.4 (b), (d) 1. (S/NF) Game of Attrition. …`. The statement becomes its own node
// and the rest of the line is parsed as the paragraph it starts.
import { readPortionMarking } from '../classification';
import { isStructuralLength, MAX_STRUCTURAL_LINE } from '../line-kinds';
import type { ParseState } from '../parse-state';
import { authorityAt, authorityLength, classifiedByNodeFrom, readReasonList } from './classified-by';
import { classifiedByValueAt, startsWithClassifiedBy } from './classified-by-label';
import { paragraphRule } from './paragraph';

// A numbered paragraph with its portion marking: `1. (S/NF)`, `2.(C)`.
const GLUED_PARAGRAPH = /\s([0-9]{1,3})\. ?\(/;

/** Offset in `text` where a paragraph glued after the statement's reason list starts, or -1. */
export function gluedParagraphAt(text: string): number {
  // Only the statement's length is read: the rest of the line is prose of any length.
  const prefix = text.slice(0, MAX_STRUCTURAL_LINE);
  const authority = authorityAt(prefix);
  if (authority === -1) return -1;
  const reasonsAt = authority + authorityLength(prefix, authority);
  const paragraph = GLUED_PARAGRAPH.exec(prefix.slice(reasonsAt));
  if (paragraph === null) return -1;
  const at = reasonsAt + paragraph.index + 1;
  // Everything between the authority and the number is the reason list, and the number carries a marking.
  const reasons = readReasonList(prefix.slice(reasonsAt, at));
  if (!reasons.complete || reasons.letters.length === 0) return -1;
  const rest = text.slice(at + paragraph[0].length - 2);
  return readPortionMarking(rest, 0) === null ? -1 : at;
}

export function classifiedByGluedParagraphRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  // Short lines are the classified-by rule's; CLASSIFIED_BY_LINE starts with `(` or C/c.
  if (line === undefined || isStructuralLength(line.text)) return false;
  const first = line.text.charCodeAt(0);
  if (first !== 0x28 && (first | 0x20) !== 0x63) return false;
  // The label must open the line (what the statement's match below needs first): no search for the
  // authority in the many long lines that start with `C` or `(`.
  if (!startsWithClassifiedBy(line.text)) return false;
  const at = gluedParagraphAt(line.text);
  if (at === -1) return false;
  const head = line.text.slice(0, at);
  const valueAt = classifiedByValueAt(head);
  if (valueAt === -1) return false;
  const statement = head.slice(valueAt);
  const boundary = line.textStart + at;
  state.nodes.push(classifiedByNodeFrom(statement, { start: line.start, end: boundary }, readPortionMarking(line.text, line.textStart)));
  state.sawClassifiedBy = true;
  // The rest of the line stands in for the line: the paragraph rule reads it from the boundary on.
  state.lines[state.pos] = { ...line, start: boundary, textStart: boundary, text: line.text.slice(at) };
  const paragraphs = state.nodes.length;
  paragraphRule(state);
  const paragraph = state.nodes[paragraphs];
  if (paragraph?.kind === 'paragraph' && paragraph.number !== null) state.zone = 'body';
  return true;
}
