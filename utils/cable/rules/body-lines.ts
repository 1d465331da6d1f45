// Small single-line body rules: page breaks, headings, horizontal rules, end-of-message prosigns,
// the signature, the partial-extract note and appended records (foreign CSV row / duplicate).
import { signatureNode } from './signature-line';
import type { CableLine } from '../lex';
import {
  CABLE_ID_TOKEN,
  CSV_ROW,
  END_OF_MESSAGE,
  PAGE_LINE,
  PARTIAL_EXTRACT,
  RECORD_DATE_LINE,
  RECORD_NUMBER_LINE,
  SECTION_PAGE_BREAK,
} from '../line-kinds';
import type { AppendedRecordNode, PageBreakNode } from '../model';
import { lineSpan, type ParseState } from '../parse-state';

function pushLine(
  state: ParseState,
  build: (span: { start: number; end: number }, line: CableLine) => Parameters<ParseState['nodes']['push']>[0],
): true {
  const line = state.lines[state.pos] as CableLine;
  state.nodes.push(build(lineSpan(state.lines, state.pos, state.pos + 1), line));
  state.pos++;
  return true;
}

export function pageBreakRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  if (line === undefined || line.kind !== 'pageBreak') return false;
  const section = SECTION_PAGE_BREAK.exec(line.text);
  const page = section === null ? PAGE_LINE.exec(line.text) : null;
  return pushLine(
    state,
    (span): PageBreakNode => ({
      kind: 'pageBreak',
      span,
      page: section !== null ? Number(section[1]) : page !== null ? Number(page[1]) : null,
      of: section !== null ? Number(section[2]) : null,
    }),
  );
}

export function headingRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  if (line === undefined) return false;
  if (line.kind === 'underline') return pushLine(state, (span) => ({ kind: 'rule', span }));
  const next = state.lines[state.pos + 1];
  if (state.pos + 1 >= state.limit || next === undefined || next.kind !== 'underline' || line.text.length > 80) return false;
  state.nodes.push({ kind: 'heading', span: lineSpan(state.lines, state.pos, state.pos + 2), text: line.text });
  state.pos += 2;
  return true;
}

export function endOfMessageRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  // NNNN, NNN and BT only: test the first letter before the regex.
  const first = line === undefined ? 0 : line.text.charCodeAt(0);
  if (line === undefined || (first !== 0x4e && first !== 0x42) || !END_OF_MESSAGE.test(line.text)) return false;
  return pushLine(state, (span, source) => ({ kind: 'endOfMessage', span, text: source.text }));
}

export function signatureRule(state: ParseState): boolean {
  // A signature glued to the end of a text line is split off by the paragraph rule.
  if (state.pos !== state.signatureLine || state.signatureGluedAt !== -1) return false;
  state.afterSignature = true;
  return pushLine(state, (span, line) => signatureNode(span, line.text));
}

export function partialExtractRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  // PARTIAL_EXTRACT starts with T or t.
  if (line === undefined || (line.text.charCodeAt(0) | 0x20) !== 0x74 || !PARTIAL_EXTRACT.test(line.text)) return false;
  return pushLine(state, (span, source) => ({ kind: 'partialExtract', span, text: source.text }));
}

/** First line of an appended record (cables.csv row, or the vertical row + duplicated header). */
export function findAppendedRecord(lines: readonly CableLine[], from: number): number {
  for (let index = Math.max(from, 1); index < lines.length; index++) if (startsAppendedRecord(lines, index)) return index;
  return lines.length;
}

/** Whether line `index` starts an appended record (findAppendedRecord's test, for one-pass callers). */
export function startsAppendedRecord(lines: readonly CableLine[], index: number): boolean {
  const line = lines[index];
  // Both record shapes start with a digit, so only text lines qualify (page breaks start with a
  // letter, underlines with a dash); most lines fail the digit test without a regex.
  if (line === undefined || line.kind !== 'text') return false;
  const text = line.text;
  if (text.length > 100_000 || !mayStartRecord(text)) return false;
  if (CSV_ROW.test(text)) return true;
  if (!RECORD_NUMBER_LINE.test(text)) return false;
  let next = index + 1;
  while (lines[next]?.kind === 'blank') next++;
  const candidate = lines[next];
  return candidate !== undefined && RECORD_DATE_LINE.test(candidate.text);
}

/**
 * Exact prefilter for CSV_ROW and RECORD_NUMBER_LINE (hot: every numbered paragraph starts with a
 * digit): after the leading digits comes a space or tab (1–6 digits), `-` (4 digits, a date) or the
 * end of the line (1–6 digits). `1. (C) …` fails on its second character.
 */
export function mayStartRecord(text: string): boolean {
  let digits = 0;
  let code = text.charCodeAt(0);
  while (digits < 7 && code >= 0x30 && code <= 0x39) code = text.charCodeAt(++digits);
  if (digits === 0) return false;
  return (digits <= 6 && (code === 0x20 || code === 0x09 || digits === text.length)) || (digits === 4 && code === 0x2d);
}

// The vertical record's last field: a bare classification (`CONFIDENTIAL`, `SECRET//NOFORN`).
const RECORD_CLASSIFICATION = /^(?:UNCLASSIFIED|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET|TOP SECRET)(?:\/\/[A-Z ]{2,40})?$/;

/**
 * The extent of a cables.csv record written *before* this cable's text (it wraps this very cable):
 * one CSV row (08GENEVA256), or the 2011-04 viewer's vertical form, one field per line between blank
 * lines (`222816` / `2009-08-28 16:17:00` / `09MEXICO2556` / `Embassy Mexico` / `CONFIDENTIAL`).
 */
export function readRecordPrefix(lines: readonly CableLine[], from: number, limit: number): { end: number; id: string | null } {
  const first = lines[from];
  if (first === undefined || !RECORD_NUMBER_LINE.test(first.text)) return { end: from + 1, id: recordId(lines, from, from + 1) };
  let end = from + 1;
  let id: string | null = null;
  // Fields in order: date, ID, origin, classification; each may be preceded by blank lines.
  for (let field = 0, index = from + 1; field < 4 && index < limit; field++) {
    while (index < limit && lines[index]?.kind === 'blank') index++;
    // A text cut short after a field has no next line: the record ends at the last field read.
    if (index >= limit) break;
    const text = lines[index]?.text ?? '';
    const fits =
      field === 0
        ? RECORD_DATE_LINE.test(text)
        : field === 1
          ? CABLE_ID_TOKEN.test(text)
          : field === 2
            ? text.length <= 60 && !RECORD_CLASSIFICATION.test(text)
            : RECORD_CLASSIFICATION.test(text);
    if (!fits) break;
    if (field === 1) id = text;
    index++;
    end = index;
  }
  return { end, id };
}

/** The cable ID a record names, from its first few lines. */
function recordId(lines: readonly CableLine[], from: number, to: number): string | null {
  for (let index = from; index < Math.min(to, from + 12); index++) {
    const words = (lines[index]?.text ?? '').slice(0, 300).split(/[\s,]+/);
    for (const word of words) if (CABLE_ID_TOKEN.test(word)) return word;
  }
  return null;
}

export function appendedRecordRule(state: ParseState, ownId: string | null): boolean {
  if (state.pos < state.appendedRecordLine || state.pos >= state.limit) return false;
  const id = recordId(state.lines, state.pos, state.limit);
  const node: AppendedRecordNode = {
    kind: 'appendedRecord',
    span: lineSpan(state.lines, state.pos, state.limit),
    recordKind: id !== null && id === ownId ? 'duplicate' : 'csvRow',
    id,
  };
  state.nodes.push(node);
  state.pos = state.limit;
  return true;
}
