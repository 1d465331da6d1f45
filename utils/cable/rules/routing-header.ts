// Routing header: transmission id, precedence + routing indicators, DE, ZN, DTG, FM, TO/INFO
// (wrapped), BT/NNNN, and the 1970s PAGE/ACTION/INFO office-code form. One node for the block.
import { parseDateTimeGroup } from '../date-time-group';
import {
  DASHED_SERIAL_LINE,
  DE_LINE,
  FM_LINE,
  GUARDIAN_DATE_LINE,
  HEADER_OTHER_LINE,
  INFO_LINE,
  isStructuralLength,
  OFFICE_CODES_CONTINUATION,
  OFFICE_CODES_LINE,
  PAGE_LINE,
  PROSIGN_LINE,
  ROUTING_CONTINUATION,
  ROUTING_LINE,
  TO_LINE,
  TRANSMISSION_ID,
  ZN_LINE,
} from '../line-kinds';
import type { CableLine } from '../lex';
import type { Addressee, ClassificationLineNode, HeaderLine, Precedence, RoutingHeaderNode, Span } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { readClassificationLine } from './classification-line';
import { registerClassification } from './combined-front-line';
import { isFrontMatterStart } from './front-matter-start';

const PRECEDENCE_WORDS: ReadonlyArray<readonly [string, Precedence]> = [
  ['NIACT IMMEDIATE', 'NIACT IMMEDIATE'],
  ['IMMEDIATE', 'IMMEDIATE'],
  ['PRIORITY', 'PRIORITY'],
  ['PRIOITY', 'PRIORITY'],
  ['ROUTINE', 'ROUTINE'],
  ['FLASH', 'FLASH'],
];

/** `RUEHC/SECSTATE WASHDC IMMEDIATE 5061` → addressee; parsed by peeling tokens, no regex backtracking. */
export function parseAddressee(text: string, offset: number): Addressee {
  let rest = text.trim();
  let serial: string | null = null;
  let precedence: Precedence | null = null;
  const lastSpace = rest.lastIndexOf(' ');
  const lastToken = rest.slice(lastSpace + 1);
  if (lastSpace > 0 && /^[0-9]{3,6}$/.test(lastToken)) {
    serial = lastToken;
    rest = rest.slice(0, lastSpace).trimEnd();
  }
  const upper = rest.toUpperCase();
  for (const [word, value] of PRECEDENCE_WORDS) {
    // `endsWith(' ' + word)` without building that string for every word of every address line.
    if (upper.endsWith(word) && upper.charCodeAt(upper.length - word.length - 1) === 0x20) {
      precedence = value;
      rest = rest.slice(0, rest.length - word.length).trimEnd();
      break;
    }
  }
  let routingIndicator: string | null = null;
  const slash = rest.indexOf('/');
  if (slash >= 4 && slash <= 8 && /^[A-Z0-9]+$/.test(rest.slice(0, slash))) {
    routingIndicator = rest.slice(0, slash);
    rest = rest.slice(slash + 1);
  }
  const span: Span = { start: offset, end: offset + text.length };
  return { routingIndicator, office: rest.trim(), precedence, serial, span };
}

/** A line that can open a routing header. */
export function isHeaderStart(line: CableLine): boolean {
  const text = line.text;
  if (!isStructuralLength(text)) return false;
  // Each pattern only after a first character it can start with (all are case-sensitive).
  const first = text.charCodeAt(0);
  return (
    (first === 0x56 && TRANSMISSION_ID.test(text)) ||
    (mayStartRouting(first) && ROUTING_LINE.test(text)) ||
    (first === 0x44 && DE_LINE.test(text)) ||
    parseDateTimeGroup(text) !== null ||
    (mayStartOfficeCodes(first) && OFFICE_CODES_LINE.test(text)) ||
    (first === 0x50 && /^PAGE +01 /.test(text)) ||
    (mayStartWeekday(first) && GUARDIAN_DATE_LINE.test(text)) ||
    (first === 0x46 && FM_LINE.test(text))
  );
}

/** ROUTING_LINE starts with a precedence prosign: Z, O, P, R, N or M. */
function mayStartRouting(first: number): boolean {
  return first === 0x5a || first === 0x4f || first === 0x50 || first === 0x52 || first === 0x4e || first === 0x4d;
}

/** OFFICE_CODES_LINE starts with ACTION, INFO or ORIGIN. */
function mayStartOfficeCodes(first: number): boolean {
  return first === 0x41 || first === 0x49 || first === 0x4f;
}

/** GUARDIAN_DATE_LINE starts with a weekday: M, T, W, F or S. */
function mayStartWeekday(first: number): boolean {
  return first === 0x4d || first === 0x54 || first === 0x57 || first === 0x46 || first === 0x53;
}

/** The `other` header lines: dashed serials (`-`), drafting dates and lone numbers (digit), DRAFTED/APPROVED BY, CLEARANCES, DISTRIBUTION, Cable Text. */
function mayStartOtherHeaderLine(first: number): boolean {
  return first === 0x2d || (first >= 0x30 && first <= 0x39) || first === 0x44 || first === 0x41 || first === 0x43;
}

type ListState = 'none' | 'routing' | 'to' | 'info' | 'officeCodes';

// Late-1980s State form of the distribution serial line: dashes glued to the serial, then the
// relay time and a count (`------------------352654  200910Z /23`, 90CAPETOWN97).
const DASHED_SERIAL_WITH_TIME = /^-{5,} *[0-9]{3,8} +[0-9]{6}Z(?: +\/[0-9]{1,3})?$/;
// State-originated 1970s headers continue `DRAFTED BY …` with the drafting date and phone extension
// (`05/22/73   EXT 23262`, 1973STATE097844_b).
const DRAFTING_DATE_LINE = /^[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{2,4}(?: +EXT\.? *[0-9][0-9-]{0,9})?$/;

/** Decodes one header line given what came before; null when the line is not part of the header. */
function decodeHeaderLine(line: CableLine, list: ListState): { decoded: HeaderLine; list: ListState } | null {
  const text = line.text;
  const span: Span = { start: line.start, end: line.next };
  if (!isStructuralLength(text)) return null;
  // First-character dispatch (hot: every address line runs this list): a pattern anchored on a fixed
  // first letter is tried only after that letter (V, D, Z, F, T, I, P; B/N/X for prosigns).
  const first = text.charCodeAt(0);
  if (first === 0x56 && TRANSMISSION_ID.test(text)) return { decoded: { kind: 'transmissionId', span, text }, list: 'none' };
  const routing = mayStartRouting(first) ? ROUTING_LINE.exec(text) : null;
  if (routing !== null) {
    return {
      decoded: { kind: 'routing', span, precedence: routing[1] ?? '', routingIndicators: (routing[2] ?? '').split(' ') },
      list: 'routing',
    };
  }
  const de = first === 0x44 ? DE_LINE.exec(text) : null;
  if (de !== null) {
    const [, station = '', serial = '', section, day = '0', time = ''] = de;
    const decoded: HeaderLine = {
      kind: 'de',
      span,
      de: { station, serial, section: section === undefined ? null : Number(section), julianDay: Number(day), time },
    };
    return { decoded, list: 'none' };
  }
  const zn = first === 0x5a ? ZN_LINE.exec(text) : null;
  if (zn !== null) {
    return { decoded: { kind: 'zn', span, text, warning: zn[1] as 'UUUUU' | 'CCCCC' | 'SSSSS' | 'EEEEE' }, list: 'none' };
  }
  const dtg = parseDateTimeGroup(text);
  if (dtg !== null) return { decoded: { kind: 'dtg', span, dtg, text }, list: 'none' };
  const prosign = first === 0x42 || first === 0x4e || first === 0x58 ? PROSIGN_LINE.exec(text) : null;
  if (prosign !== null) return { decoded: { kind: 'prosign', span, text: prosign[1] as 'BT' | 'NNNN' | 'NNN' | 'XMT' }, list: 'none' };
  const fm = first === 0x46 ? FM_LINE.exec(text) : null;
  if (fm !== null) return { decoded: { kind: 'from', span, office: (fm[1] ?? '').trim() }, list: 'none' };
  const officeCodes = mayStartOfficeCodes(first) ? OFFICE_CODES_LINE.exec(text) : null;
  if (officeCodes !== null) {
    const label = officeCodes[1] as 'ACTION' | 'INFO' | 'ORIGIN';
    return { decoded: { kind: 'officeCodes', span, label, codes: officeCodesOf(text.slice(label.length)) }, list: 'officeCodes' };
  }
  const to = first === 0x54 ? TO_LINE.exec(text) : null;
  if (to !== null)
    return {
      decoded: { kind: 'to', span, addressees: [parseAddressee(to[1] ?? '', line.textStart + text.length - (to[1] ?? '').length)] },
      list: 'to',
    };
  const info = first === 0x49 ? INFO_LINE.exec(text) : null;
  if (info !== null) {
    return {
      decoded: { kind: 'info', span, addressees: [parseAddressee(info[1] ?? '', line.textStart + text.length - (info[1] ?? '').length)] },
      list: 'info',
    };
  }
  const page = first === 0x50 ? PAGE_LINE.exec(text) : null;
  if (page !== null) {
    return { decoded: { kind: 'page', span, page: Number(page[1]), origin: (page[2] ?? '').trim(), serial: page[3] ?? '' }, list: 'none' };
  }
  if (
    (mayStartOtherHeaderLine(first) &&
      (DASHED_SERIAL_LINE.test(text) ||
        DASHED_SERIAL_WITH_TIME.test(text) ||
        DRAFTING_DATE_LINE.test(text) ||
        HEADER_OTHER_LINE.test(text))) ||
    (mayStartWeekday(first) && GUARDIAN_DATE_LINE.test(text))
  ) {
    return { decoded: { kind: 'other', span, text }, list };
  }
  if (list === 'officeCodes' && OFFICE_CODES_CONTINUATION.test(text)) {
    return { decoded: { kind: 'officeCodes', span, label: null, codes: officeCodesOf(text) }, list };
  }
  if (list === 'routing' && ROUTING_CONTINUATION.test(text)) {
    return { decoded: { kind: 'routingContinuation', span, routingIndicators: text.split(' ') }, list };
  }
  if ((list === 'to' || list === 'info') && !isFrontMatterStart(text)) {
    return { decoded: { kind: 'addresseeContinuation', span, list, addressees: [parseAddressee(text, line.textStart)] }, list };
  }
  return null;
}

function officeCodesOf(text: string): string[] {
  return text.split(/[ \t]+/).filter((code) => code !== '');
}

/**
 * The cables.csv copy of a cable joins the last address line and the classification line with a TAB
 * (`RUEATRS/DEPT OF TREASURY WASHINGTON DC PRIORITY<TAB>S E C R E T SECTION 01 OF 02 BERN 000881`,
 * 07BERN881): the header ends at the TAB and the rest of the line is the classification line.
 */
function gluedClassification(line: CableLine, list: ListState): { decoded: HeaderLine; classification: ClassificationLineNode } | null {
  if (list !== 'to' && list !== 'info') return null;
  const tab = line.text.indexOf('\t');
  if (tab <= 0) return null;
  const rest = line.text.slice(tab + 1);
  const restStart = line.textStart + tab + 1;
  const classification = readClassificationLine(rest.trim(), { start: restStart, end: line.next });
  if (classification === null || classification.origin === null) return null;
  const span: Span = { start: line.start, end: restStart };
  return {
    decoded: { kind: 'addresseeContinuation', span, list, addressees: [parseAddressee(line.text.slice(0, tab), line.textStart)] },
    classification,
  };
}

/** Consumes the routing header starting at state.pos (blank lines inside allowed). */
export function routingHeaderRule(state: ParseState): boolean {
  const first = state.lines[state.pos];
  if (first === undefined || !isHeaderStart(first)) return false;
  const decodedLines: HeaderLine[] = [];
  let list: ListState = 'none';
  let index = state.pos;
  let end = state.pos;
  let gluedLine: ClassificationLineNode | null = null;
  // A cables.csv row (and anything after it) is never part of this header.
  const limit = Math.min(state.limit, state.appendedRecordLine);
  while (index < limit) {
    const line = state.lines[index];
    if (line === undefined) break;
    if (line.kind === 'blank') {
      // Blank lines belong to the header only when more header follows them.
      let next = index;
      while (next < limit && state.lines[next]?.kind === 'blank') next++;
      const after = state.lines[next];
      if (next >= limit || after === undefined || decodeHeaderLine(after, list) === null) break;
      for (let blank = index; blank < next; blank++) {
        const blankLine = state.lines[blank];
        if (blankLine !== undefined) decodedLines.push({ kind: 'blank', span: { start: blankLine.start, end: blankLine.next } });
      }
      index = next;
      continue;
    }
    const glued = gluedClassification(line, list);
    if (glued !== null) {
      decodedLines.push(glued.decoded);
      gluedLine = glued.classification;
      end = index + 1;
      break;
    }
    const result = decodeHeaderLine(line, list);
    if (result === null) break;
    decodedLines.push(result.decoded);
    list = result.list;
    index++;
    end = index;
  }
  if (end === state.pos) return false;
  const whole = lineSpan(state.lines, state.pos, end);
  const span = gluedLine === null ? whole : { start: whole.start, end: gluedLine.span.start };
  const node = buildHeaderNode(
    decodedLines.filter((line) => line.span.end <= (state.lines[end - 1]?.next ?? 0)),
    span,
  );
  if (node.dtg !== null && state.year === null) state.year = node.dtg.year;
  const guardian = decodedLines.find((line) => line.kind === 'other' && GUARDIAN_DATE_LINE.test(line.text));
  if (guardian !== undefined && guardian.kind === 'other' && state.year === null)
    state.year = Number(/[0-9]{4}/.exec(guardian.text)?.[0] ?? NaN) || null;
  state.nodes.push(node);
  if (gluedLine !== null) registerClassification(state, gluedLine);
  state.pos = end;
  state.sawHeader = true;
  if (state.zone === 'start') state.zone = 'header';
  return true;
}

function buildHeaderNode(lines: HeaderLine[], span: Span): RoutingHeaderNode {
  let dtg = null;
  let from: string | null = null;
  const to: Addressee[] = [];
  const info: Addressee[] = [];
  for (const line of lines) {
    if (line.kind === 'dtg' && dtg === null) dtg = line.dtg;
    else if (line.kind === 'from' && from === null) from = line.office;
    else if (line.kind === 'to') to.push(...line.addressees);
    else if (line.kind === 'info') info.push(...line.addressees);
    else if (line.kind === 'addresseeContinuation') (line.list === 'to' ? to : info).push(...line.addressees);
  }
  return { kind: 'routingHeader', span, lines, dtg, from, to, info };
}
