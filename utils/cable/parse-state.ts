// The cursor every rule reads and advances. Rules return false when they do not apply and never throw.
import { diagnostic } from './diagnostics';
import type { EndMarkerIndex } from './end-marker-index';
import type { CableLine } from './lex';
import type { LineSurvey } from './line-survey';
import type { CableNode, ClassificationLineNode, Diagnostic, Span } from './model';

export type Zone = 'start' | 'header' | 'front' | 'body';

export interface ParseState {
  input: string;
  lines: CableLine[];
  /** Index of the next unconsumed line. */
  pos: number;
  /** Output of the current nesting level (blocks collect into their own list). */
  nodes: CableNode[];
  /** Exclusive line limit for the current nesting level (blocks narrow it). */
  limit: number;
  zone: Zone;
  diagnostics: Diagnostic[];
  /** Year of the DTG (or the Guardian date line) once seen; used for IDs and references. */
  year: number | null;
  firstClassification: ClassificationLineNode | null;
  sawHeader: boolean;
  sawEo: boolean;
  sawClassifiedBy: boolean;
  sawParagraph: boolean;
  sawSubject: boolean;
  /** A cables.csv row wrapping this cable was already met (only the first one is looked through). */
  recordPrefixSeen: boolean;
  /** Line whose END marker already closed a block. */
  endConsumedAt: number;
  /** Line index of the signature, precomputed (-1 when none). */
  signatureLine: number;
  /** Input offset where a signature glued to the end of that line starts (-1: the whole line is the signature). */
  signatureGluedAt: number;
  /** Line index where an appended record starts (lines.length when none). */
  appendedRecordLine: number;
  /** Wrapped lines end with a space in this text, so a missing one means a split word. */
  trailingSpaceStyle: boolean;
  /** Where the END markers of each block kind are (see endMarkersFrom). */
  endMarkers: EndMarkerIndex;
  /** Block kinds currently open, innermost last. */
  openBlocks: string[];
  /** Line where the innermost block was opened (its opener is then parsed as a child). */
  blockOpenedAt: number;
  /** Set by the body loop when the innermost block's END marker was consumed. */
  closedBlock: boolean;
  /** The signature was emitted; later text is trailing page noise. */
  afterSignature: boolean;
  /** This cable's ID as known so far (page-given or derived), to recognise a duplicated record. */
  ownId: string | null;
}

/** The cursor at line 0 of lexed `lines`, before any rule ran (the driver then finds the cable's start). */
export function createParseState(input: string, lines: CableLine[], survey: LineSurvey, ownId: string | null): ParseState {
  return {
    input,
    lines,
    pos: 0,
    nodes: [],
    limit: lines.length,
    zone: 'start',
    diagnostics: [],
    year: null,
    firstClassification: null,
    sawHeader: false,
    sawEo: false,
    sawClassifiedBy: false,
    sawParagraph: false,
    sawSubject: false,
    recordPrefixSeen: false,
    endConsumedAt: -1,
    signatureLine: -1,
    signatureGluedAt: -1,
    appendedRecordLine: lines.length,
    trailingSpaceStyle: survey.trailingSpaceStyle,
    endMarkers: survey.endMarkers,
    openBlocks: [],
    blockOpenedAt: -1,
    closedBlock: false,
    afterSignature: false,
    ownId,
  };
}

export function lineSpan(lines: readonly CableLine[], from: number, to: number): Span {
  const first = lines[from];
  const last = lines[to - 1];
  if (first === undefined || last === undefined) return { start: 0, end: 0 };
  return { start: first.start, end: last.next };
}

export function addDiagnostic(state: ParseState, ruleId: string, message: string, span: Span): void {
  state.diagnostics.push(diagnostic(ruleId, message, span));
}

/** Emits an unknown line range as a text node with a diagnostic. */
export function textNode(state: ParseState, from: number, to: number, ruleId: string, message: string): CableNode {
  const span = lineSpan(state.lines, from, to);
  addDiagnostic(state, ruleId, message, span);
  return { kind: 'text', span, text: state.input.slice(span.start, span.end) };
}
