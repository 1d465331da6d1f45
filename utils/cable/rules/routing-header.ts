// Routing header: transmission id, precedence + routing indicators, DE, ZN, DTG, FM, TO/INFO
// (wrapped), BT/NNNN, and the 1970s PAGE/ACTION/INFO office-code form. One node for the block.
import { parseDateTimeGroup } from '../date-time-group';
import { isWhiteSpace } from '../white-space';
import type { CableLine } from '../lex';
import {
  DASHED_SERIAL_LINE,
  GUARDIAN_DATE_LINE,
  HEADER_OTHER_LINE,
  isStructuralLength,
  OFFICE_CODES_CONTINUATION,
  PAGE_LINE,
} from '../line-kinds';
import type { Addressee, ClassificationLineNode, DateTimeGroup, HeaderLine, RoutingHeaderNode, Span } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { parseAddressee, readAddressee } from './addressee';
import { readClassificationLine } from './classification-line';
import { registerClassification } from './combined-front-line';
import { isFrontMatterStart } from './front-matter-start';
import {
  isIndicatorList,
  isOfficeCodesAfter,
  isTransmissionId,
  labelledValueStart,
  readDeLine,
  readRoutingIndicators,
  readZnWarning,
  routingPrecedenceLength,
} from './header-line-scanners';

/** A line that can open a routing header. */
export function isHeaderStart(line: CableLine): boolean {
  const text = line.text;
  if (!isStructuralLength(text)) return false;
  // Each pattern only after a first character it can start with (all are case-sensitive).
  const first = text.charCodeAt(0);
  return (
    (first === 0x56 && isTransmissionId(text)) ||
    isRoutingLine(text) ||
    (first === 0x44 && readDeLine(text) !== null) ||
    parseDateTimeGroup(text) !== null ||
    isOfficeCodesLine(text) ||
    (first === 0x50 && /^PAGE +01 /.test(text)) ||
    (mayStartWeekday(first) && GUARDIAN_DATE_LINE.test(text)) ||
    (first === 0x46 && text.charCodeAt(1) === 0x4d && labelledValueStart(text, 2) !== -1)
  );
}

/** ROUTING_LINE: a precedence (one or two prosign letters), one space, the routing indicators. */
function isRoutingLine(text: string): boolean {
  const precedence = routingPrecedenceLength(text);
  return precedence > 0 && isIndicatorList(text, precedence + 1);
}

/** OFFICE_CODES_LINE: `ACTION EUR-25`, `INFO  LOG-00 …`, `ORIGIN PA-02`. */
function isOfficeCodesLine(text: string): boolean {
  switch (text.charCodeAt(0)) {
    case 0x41:
      return text.startsWith('ACTION') && isOfficeCodesAfter(text, 6);
    case 0x49:
      return text.startsWith('INFO') && isOfficeCodesAfter(text, 4);
    case 0x4f:
      return text.startsWith('ORIGIN') && isOfficeCodesAfter(text, 6);
    default:
      return false;
  }
}

/** GUARDIAN_DATE_LINE starts with a weekday: M, T, W, F or S. */
function mayStartWeekday(first: number): boolean {
  return first === 0x4d || first === 0x54 || first === 0x57 || first === 0x46 || first === 0x53;
}

type ListState = 'none' | 'routing' | 'to' | 'info' | 'officeCodes';

// Late-1980s State form of the distribution serial line: dashes glued to the serial, then the
// relay time and a count (`------------------352654  200910Z /23`, 90CAPETOWN97).
const DASHED_SERIAL_WITH_TIME = /^-{5,} *[0-9]{3,8} +[0-9]{6}Z(?: +\/[0-9]{1,3})?$/;
// State-originated 1970s headers continue `DRAFTED BY …` with the drafting date and phone extension
// (`05/22/73   EXT 23262`, 1973STATE097844_b).
const DRAFTING_DATE_LINE = /^[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{2,4}(?: +EXT\.? *[0-9][0-9-]{0,9})?$/;

/**
 * What the lines decoded so far leave open (the list a continuation line would extend), and the
 * node's facts collected as each line is decoded: reading them back from the decoded lines went
 * through one property read over a dozen object shapes per line (a megamorphic, cache-missing load).
 */
interface HeaderCursor {
  list: ListState;
  /** The first DTG line's DTG. */
  dtg: DateTimeGroup | null;
  /** The first FM line's office. */
  from: string | null;
  to: Addressee[];
  info: Addressee[];
  /** Text of the first Guardian date line (`Friday, 12 February 2010, 11:51`). */
  guardianDate: string | null;
}

function newCursor(list: ListState): HeaderCursor {
  return { list, dtg: null, from: null, to: [], info: [], guardianDate: null };
}

/** Takes over what a line decoded on `ahead` (a fresh cursor with the same open list) collected. */
function mergeCursor(cursor: HeaderCursor, ahead: HeaderCursor): void {
  cursor.list = ahead.list;
  if (cursor.dtg === null) cursor.dtg = ahead.dtg;
  if (cursor.from === null) cursor.from = ahead.from;
  if (cursor.guardianDate === null) cursor.guardianDate = ahead.guardianDate;
  for (const addressee of ahead.to) cursor.to.push(addressee);
  for (const addressee of ahead.info) cursor.info.push(addressee);
}

/** Decodes one header line given what came before (and updates `cursor.list`); null when the line is not part of the header. */
function decodeHeaderLine(line: CableLine, cursor: HeaderCursor): HeaderLine | null {
  const text = line.text;
  if (!isStructuralLength(text)) return null;
  return decodeKeyedLine(line, text, cursor) ?? decodeContinuation(line, text, cursor);
}

/**
 * A header line recognised by its own first word. One dispatch on the first character (hot: every
 * address line comes here): only the patterns that can start with it are tried, in the order that
 * decides between them (routing before ZN and DTG, DE before the `other` lines, and so on).
 */
function decodeKeyedLine(line: CableLine, text: string, cursor: HeaderCursor): HeaderLine | null {
  const first = text.charCodeAt(0);
  // The second character picks between the words a first letter can start (ACTION/APPROVED,
  // DE/DRAFTED/DISTRIBUTION, …): an address line like `AMEMBASSY PARIS` runs no pattern at all.
  const second = text.charCodeAt(1);
  switch (first) {
    case 0x56: // V
      return isTransmissionId(text) ? keep(cursor, 'none', { kind: 'transmissionId', span: spanOf(line), text }) : null;
    case 0x5a: // Z
      return routingLine(line, text, cursor) ?? znLine(line, text, cursor) ?? dtgLine(line, text, cursor);
    case 0x4f: // O
      return routingLine(line, text, cursor) ?? dtgLine(line, text, cursor) ?? officeCodesLine(line, text, cursor, 'ORIGIN');
    case 0x50: // P
      return routingLine(line, text, cursor) ?? dtgLine(line, text, cursor) ?? pageLine(line, text, cursor);
    case 0x52: // R
      return routingLine(line, text, cursor) ?? dtgLine(line, text, cursor);
    case 0x4e: // N
      return routingLine(line, text, cursor) ?? prosignLine(line, text, cursor);
    case 0x4d: // M
      return routingLine(line, text, cursor) ?? dtgLine(line, text, cursor) ?? guardianDateLine(line, text, cursor, second);
    case 0x59: // Y
      return dtgLine(line, text, cursor);
    case 0x42: // B
    case 0x58: // X
      return prosignLine(line, text, cursor);
    case 0x44: // D: DE, DRAFTED BY, DISTRIBUTION:
      if (second === 0x45) return deLine(line, text, cursor);
      return second === 0x52 || second === 0x49 ? otherLine(line, text, HEADER_OTHER_LINE.test(text)) : null;
    case 0x46: // F: FM, or Friday
      return second === 0x4d ? fromLine(line, text, cursor) : guardianDateLine(line, text, cursor, second);
    case 0x41: // A: ACTION, APPROVED BY
      if (second === 0x43) return officeCodesLine(line, text, cursor, 'ACTION');
      return second === 0x50 ? otherLine(line, text, HEADER_OTHER_LINE.test(text)) : null;
    case 0x49: // I: INFO (office codes or addressees)
      if (second !== 0x4e) return null;
      return officeCodesLine(line, text, cursor, 'INFO') ?? addresseeLine(line, text, cursor, 'info');
    case 0x54: // T: TO, or Tuesday/Thursday
      return second === 0x4f ? addresseeLine(line, text, cursor, 'to') : guardianDateLine(line, text, cursor, second);
    case 0x2d: // -
      return otherLine(line, text, DASHED_SERIAL_LINE.test(text) || DASHED_SERIAL_WITH_TIME.test(text));
    case 0x43: // C: CLEARANCES, Cable Text:
      return second === 0x4c || second === 0x61 ? otherLine(line, text, HEADER_OTHER_LINE.test(text)) : null;
    case 0x57: // W
    case 0x53: // S
      return guardianDateLine(line, text, cursor, second);
    default:
      if (first >= 0x30 && first <= 0x39)
        return dtgLine(line, text, cursor) ?? otherLine(line, text, DRAFTING_DATE_LINE.test(text) || HEADER_OTHER_LINE.test(text));
      return null;
  }
}

/** A line that only continues the open list (routing indicators, office codes, addressees). */
function decodeContinuation(line: CableLine, text: string, cursor: HeaderCursor): HeaderLine | null {
  const list = cursor.list;
  switch (list) {
    case 'officeCodes':
      return OFFICE_CODES_CONTINUATION.test(text)
        ? { kind: 'officeCodes', span: spanOf(line), label: null, codes: officeCodesOf(text) }
        : null;
    case 'routing': {
      const routingIndicators = readRoutingIndicators(text, 0);
      return routingIndicators === null ? null : { kind: 'routingContinuation', span: spanOf(line), routingIndicators };
    }
    case 'to':
    case 'info': {
      if (isFrontMatterStart(text)) return null;
      const addressee = parseAddressee(text, line.textStart);
      (list === 'to' ? cursor.to : cursor.info).push(addressee);
      return { kind: 'addresseeContinuation', span: spanOf(line), list, addressees: [addressee] };
    }
    default:
      return null;
  }
}

function spanOf(line: CableLine): Span {
  return { start: line.start, end: line.next };
}

/** Returns `decoded` after setting the list it leaves open. */
function keep(cursor: HeaderCursor, list: ListState, decoded: HeaderLine): HeaderLine {
  cursor.list = list;
  return decoded;
}

/** `other` lines leave the open list as it is. */
function otherLine(line: CableLine, text: string, matches: boolean): HeaderLine | null {
  return matches ? { kind: 'other', span: spanOf(line), text } : null;
}

/** A Guardian date line (an `other` line); a weekday's second letter is lower case. */
function guardianDateLine(line: CableLine, text: string, cursor: HeaderCursor, second: number): HeaderLine | null {
  if (second < 0x61 || second > 0x7a || !GUARDIAN_DATE_LINE.test(text)) return null;
  if (cursor.guardianDate === null) cursor.guardianDate = text;
  return { kind: 'other', span: spanOf(line), text };
}

function routingLine(line: CableLine, text: string, cursor: HeaderCursor): HeaderLine | null {
  const precedence = routingPrecedenceLength(text);
  if (precedence === 0) return null;
  const routingIndicators = readRoutingIndicators(text, precedence + 1);
  if (routingIndicators === null) return null;
  return keep(cursor, 'routing', { kind: 'routing', span: spanOf(line), precedence: text.slice(0, precedence), routingIndicators });
}

function znLine(line: CableLine, text: string, cursor: HeaderCursor): HeaderLine | null {
  const warning = readZnWarning(text);
  if (warning === null) return null;
  return keep(cursor, 'none', { kind: 'zn', span: spanOf(line), text, warning });
}

function dtgLine(line: CableLine, text: string, cursor: HeaderCursor): HeaderLine | null {
  const dtg = parseDateTimeGroup(text);
  if (dtg === null) return null;
  if (cursor.dtg === null) cursor.dtg = dtg;
  return keep(cursor, 'none', { kind: 'dtg', span: spanOf(line), dtg, text });
}

/** PROSIGN_LINE: the whole line is `BT`, `NNNN`, `NNN` or `XMT`. */
function prosignLine(line: CableLine, text: string, cursor: HeaderCursor): HeaderLine | null {
  const prosign = text === 'BT' ? 'BT' : text === 'NNNN' ? 'NNNN' : text === 'NNN' ? 'NNN' : text === 'XMT' ? 'XMT' : null;
  if (prosign === null) return null;
  return keep(cursor, 'none', { kind: 'prosign', span: spanOf(line), text: prosign });
}

function deLine(line: CableLine, text: string, cursor: HeaderCursor): HeaderLine | null {
  const de = readDeLine(text);
  if (de === null) return null;
  return keep(cursor, 'none', { kind: 'de', span: spanOf(line), de });
}

function fromLine(line: CableLine, text: string, cursor: HeaderCursor): HeaderLine | null {
  const value = labelledValueStart(text, 2);
  if (value === -1) return null;
  // The value starts with a non-space character: trimming it only trims its end.
  let end = text.length;
  while (isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const office = text.slice(value, end);
  if (cursor.from === null) cursor.from = office;
  return keep(cursor, 'none', { kind: 'from', span: spanOf(line), office });
}

function officeCodesLine(line: CableLine, text: string, cursor: HeaderCursor, label: 'ACTION' | 'INFO' | 'ORIGIN'): HeaderLine | null {
  if (!text.startsWith(label) || !isOfficeCodesAfter(text, label.length)) return null;
  return keep(cursor, 'officeCodes', { kind: 'officeCodes', span: spanOf(line), label, codes: officeCodesOf(text.slice(label.length)) });
}

/** `TO RUEHC/SECSTATE WASHDC PRIORITY 7906`, `INFO AMEMBASSY ROME` (the first letters are checked). */
function addresseeLine(line: CableLine, text: string, cursor: HeaderCursor, list: 'to' | 'info'): HeaderLine | null {
  if (list === 'info' && !text.startsWith('INFO')) return null;
  const value = labelledValueStart(text, list === 'to' ? 2 : 4);
  if (value === -1) return null;
  const addressee = readAddressee(text, value, line.textStart + value);
  (list === 'to' ? cursor.to : cursor.info).push(addressee);
  const addressees = [addressee];
  return keep(
    cursor,
    list,
    list === 'to' ? { kind: 'to', span: spanOf(line), addressees } : { kind: 'info', span: spanOf(line), addressees },
  );
}

function pageLine(line: CableLine, text: string, cursor: HeaderCursor): HeaderLine | null {
  const page = PAGE_LINE.exec(text);
  if (page === null) return null;
  return keep(cursor, 'none', {
    kind: 'page',
    span: spanOf(line),
    page: Number(page[1]),
    origin: (page[2] ?? '').trim(),
    serial: page[3] ?? '',
  });
}

function officeCodesOf(text: string): string[] {
  return text.split(/[ \t]+/).filter((code) => code !== '');
}

/**
 * The cables.csv copy of a cable joins the last address line and the classification line with a TAB
 * (`RUEATRS/DEPT OF TREASURY WASHINGTON DC PRIORITY<TAB>S E C R E T SECTION 01 OF 02 BERN 000881`,
 * 07BERN881): the header ends at the TAB and the rest of the line is the classification line.
 */
function gluedClassification(
  line: CableLine,
  cursor: HeaderCursor,
): { decoded: HeaderLine; classification: ClassificationLineNode } | null {
  const list = cursor.list;
  if (list !== 'to' && list !== 'info') return null;
  const tab = line.text.indexOf('\t');
  if (tab <= 0) return null;
  const rest = line.text.slice(tab + 1);
  const restStart = line.textStart + tab + 1;
  const classification = readClassificationLine(rest.trim(), { start: restStart, end: line.next });
  if (classification === null || classification.origin === null) return null;
  const span: Span = { start: line.start, end: restStart };
  const addressee = parseAddressee(line.text.slice(0, tab), line.textStart);
  (list === 'to' ? cursor.to : cursor.info).push(addressee);
  return { decoded: { kind: 'addresseeContinuation', span, list, addressees: [addressee] }, classification };
}

/** Consumes the routing header starting at state.pos (blank lines inside allowed). */
export function routingHeaderRule(state: ParseState): boolean {
  // A cables.csv row (and anything after it) is never part of this header.
  const limit = Math.min(state.limit, state.appendedRecordLine);
  const first = state.lines[state.pos];
  if (first === undefined || state.pos >= limit) return false;
  // The first line is decoded before isHeaderStart is asked (the rule needs both): the rule is tried
  // on every front line while the zone is 'header', and the one-switch decode settles those lines.
  const cursor = newCursor('none');
  const firstDecoded = decodeHeaderLine(first, cursor);
  if (firstDecoded === null || !isHeaderStart(first)) return false;
  const decodedLines: HeaderLine[] = [firstDecoded];
  let index = state.pos + 1;
  let end = index;
  let gluedLine: ClassificationLineNode | null = null;
  // The line after a blank run, decoded by the lookahead on `ahead` (a copy of the cursor): it is
  // taken on the next turn unless the line holds a glued classification line (which comes first).
  let aheadDecoded: HeaderLine | null = null;
  let ahead: HeaderCursor | null = null;
  while (index < limit) {
    const line = state.lines[index];
    if (line === undefined) break;
    if (line.kind === 'blank') {
      // Blank lines belong to the header only when more header follows them.
      let next = index;
      while (next < limit && state.lines[next]?.kind === 'blank') next++;
      const after = state.lines[next];
      if (next >= limit || after === undefined) break;
      ahead = newCursor(cursor.list);
      aheadDecoded = decodeHeaderLine(after, ahead);
      if (aheadDecoded === null) break;
      for (let blank = index; blank < next; blank++) {
        const blankLine = state.lines[blank];
        if (blankLine !== undefined) decodedLines.push({ kind: 'blank', span: { start: blankLine.start, end: blankLine.next } });
      }
      index = next;
      continue;
    }
    const glued = gluedClassification(line, cursor);
    if (glued !== null) {
      decodedLines.push(glued.decoded);
      gluedLine = glued.classification;
      end = index + 1;
      break;
    }
    let decoded: HeaderLine | null;
    if (aheadDecoded !== null && ahead !== null) {
      decoded = aheadDecoded;
      mergeCursor(cursor, ahead);
      aheadDecoded = null;
      ahead = null;
    } else decoded = decodeHeaderLine(line, cursor);
    if (decoded === null) break;
    decodedLines.push(decoded);
    index++;
    end = index;
  }
  if (end === state.pos) return false;
  const whole = lineSpan(state.lines, state.pos, end);
  const span = gluedLine === null ? whole : { start: whole.start, end: gluedLine.span.start };
  // Every decoded line lies inside [state.pos, end): a blank run is kept only when the line after it decodes.
  const { dtg, from, to, info } = cursor;
  const node: RoutingHeaderNode = { kind: 'routingHeader', span, lines: decodedLines, dtg, from, to, info };
  if (dtg !== null && state.year === null) state.year = dtg.year;
  if (cursor.guardianDate !== null && state.year === null) state.year = Number(/[0-9]{4}/.exec(cursor.guardianDate)?.[0] ?? NaN) || null;
  state.nodes.push(node);
  if (gluedLine !== null) registerClassification(state, gluedLine);
  state.pos = end;
  state.sawHeader = true;
  if (state.zone === 'start') state.zone = 'header';
  return true;
}
