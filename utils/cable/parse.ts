// The driver: lex, find where the cable starts, run the ordered rules zone by zone, derive the facts.
// Every line is consumed by exactly one top-level node, so node spans tile the input.
import { deriveFacts } from './derive-facts';
import { frontMatterRule, isCableStart } from './front-matter';
import { type CableLine, lexWithSurvey } from './lex';
import type { CableDocument, CableNode } from './model';
import { addDiagnostic, createParseState, lineSpan, textNode, type ParseState } from './parse-state';
import { blockRule } from './rules/blocks';
import {
  appendedRecordRule,
  endOfMessageRule,
  findAppendedRecord,
  headingRule,
  pageBreakRule,
  readRecordPrefix,
  signatureRule,
} from './rules/body-lines';
import { mayStartClassification, readClassificationLine } from './rules/classification-line';
import { classifiedByRule } from './rules/classified-by';
import { classifiedByGluedParagraphRule } from './rules/classified-by-glued-paragraph';
import { paragraphRule } from './rules/paragraph';
import { findSignature } from './rules/signature-line';

export interface ParseOptions {
  /** Cable ID stated by the page; it wins over the one derived from the text. */
  id?: string;
}

/** A classification line inside the body: a banner, or this cable's own line repeated. */
function bodyClassificationRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  // The prefilter first: no span object for the many lines that cannot be one.
  if (line === undefined || line.text.length > 120 || !mayStartClassification(line.text)) return false;
  const node = readClassificationLine(line.text, lineSpan(state.lines, state.pos, state.pos + 1));
  if (node === null) return false;
  if (node.origin !== null && node.origin !== state.firstClassification?.origin) return false;
  state.nodes.push(node);
  state.pos++;
  return true;
}

/** Consecutive non-blank lines after the signature: trailing page text, kept with a diagnostic. */
function trailingTextRule(state: ParseState): boolean {
  if (!state.afterSignature) return false;
  let end = state.pos;
  while (end < state.limit && state.lines[end]?.kind !== 'blank' && end < state.appendedRecordLine) end++;
  if (end === state.pos) return false;
  state.nodes.push(textNode(state, state.pos, end, 'trailing-text', 'text after the signature'));
  state.pos = end;
  return true;
}

/**
 * The body's rules for the (non-blank) line at state.pos, in their order of precedence. One read of
 * the line's kind and first character decides which rules can take it: each test below is exactly
 * the condition under which that rule would return false at once, so skipping it changes nothing.
 */
function bodyRules(state: ParseState): boolean {
  const line = state.lines[state.pos] as CableLine;
  const kind = line.kind;
  if (kind === 'pageBreak') return pageBreakRule(state);
  const first = line.text.charCodeAt(0);
  // `| 0x20` folds ASCII case; no other character lands on a lower-case letter.
  const letter = first | 0x20;
  if ((first === 0x4e || first === 0x42) && endOfMessageRule(state)) return true;
  if (state.pos === state.signatureLine && signatureRule(state)) return true;
  if (state.afterSignature && trailingTextRule(state)) return true;
  if (mayBeClassificationLine(letter) && bodyClassificationRule(state)) return true;
  if (!state.sawClassifiedBy && mayBeClassifiedBy(first) && (classifiedByRule(state) || classifiedByGluedParagraphRule(state))) return true;
  if (mayOpenBlock(first) && blockRule(state, parseBody)) return true;
  if ((kind === 'underline' || state.lines[state.pos + 1]?.kind === 'underline') && headingRule(state)) return true;
  return paragraphRule(state);
}

/** A classification line starts with T(OP SECRET), U(NCLAS), C(ONFIDENTIAL), S(ECRET) or L(IMITED), either case. */
export function mayBeClassificationLine(letter: number): boolean {
  return letter === 0x74 || letter === 0x75 || letter === 0x63 || letter === 0x73 || letter === 0x6c;
}

/** CLASSIFIED_BY_LINE starts with `(` (a portion marking) or C/c. */
export function mayBeClassifiedBy(first: number): boolean {
  return first === 0x28 || (first | 0x20) === 0x63;
}

/** A block opener starts with a paragraph prefix (a digit or `(`) or with BEGIN, SUMMARY, COMMENT or NOTE (either case). */
export function mayOpenBlock(first: number): boolean {
  if ((first >= 0x30 && first <= 0x39) || first === 0x28) return true;
  const letter = first | 0x20;
  return letter === 0x62 || letter === 0x73 || letter === 0x63 || letter === 0x6e;
}

/** The main loop; inside a block it returns when the block's END marker has been consumed. */
function parseBody(state: ParseState): void {
  const depth = state.openBlocks.length;
  while (state.pos < state.limit) {
    const before = state.pos;
    const line = state.lines[state.pos] as CableLine;
    if (state.pos >= state.appendedRecordLine) {
      if (depth > 0) return;
      if (!state.sawParagraph && !state.recordPrefixSeen) {
        // A cables.csv row *before* any body (08GENEVA256): the row wraps this very cable, so keep
        // the row line as a record node and go on parsing what follows (done once: stays linear).
        state.recordPrefixSeen = true;
        const prefix = readRecordPrefix(state.lines, state.pos, state.limit);
        state.nodes.push({
          kind: 'appendedRecord',
          span: lineSpan(state.lines, state.pos, prefix.end),
          recordKind: 'csvRow',
          id: prefix.id,
        });
        state.pos = prefix.end;
        state.appendedRecordLine = findAppendedRecord(state.lines, state.pos + 1);
        placeSignature(state, state.pos);
        continue;
      }
      appendedRecordRule(state, state.ownId);
    } else if (line.kind === 'blank') {
      // Built in place: a blank node per blank line (one in ten lines) is the commonest node.
      state.nodes.push({ kind: 'blank', span: { start: line.start, end: line.next } });
      state.pos++;
    } else if (state.zone === 'body' || !frontMatterRule(state)) {
      const nodesBefore = state.nodes.length;
      if (!bodyRules(state)) {
        // Unreachable in practice (paragraphRule takes any text line); kept so the loop always advances.
        state.nodes.push(textNode(state, state.pos, state.pos + 1, 'unknown-line', 'line matched no rule'));
        state.pos++;
      }
      // The front matter ends at the first numbered paragraph, or at body text after the subject.
      const added = state.nodes[nodesBefore];
      if (
        state.zone !== 'body' &&
        added !== undefined &&
        (added.kind === 'block' || (added.kind === 'paragraph' && (added.number !== null || hasSubject(state))))
      )
        state.zone = 'body';
    }
    if (state.pos <= before) {
      addDiagnostic(state, 'no-progress', 'parser made no progress; line kept as text', lineSpan(state.lines, before, before + 1));
      state.nodes.push(textNode(state, before, before + 1, 'unknown-line', 'line kept as text'));
      state.pos = before + 1;
    }
    // One END line closes one block: an outer block must not close on the line that closed an inner one.
    if (depth > 0 && state.pos > 0 && state.pos - 1 !== state.endConsumedAt) {
      const kind = state.lines[state.pos - 1]?.blockEnd ?? null;
      if (kind !== null && state.openBlocks.includes(kind)) {
        state.endConsumedAt = state.pos - 1;
        state.closedBlock = kind === state.openBlocks[depth - 1];
        return;
      }
    }
  }
}

function placeSignature(state: ParseState, bodyStart: number): void {
  const place = findSignature(state.lines, bodyStart, state.appendedRecordLine);
  state.signatureLine = place.line;
  state.signatureGluedAt = place.gluedAt;
}

function hasSubject(state: ParseState): boolean {
  return state.sawSubject;
}

/** Parses any text into a lossless CableDocument. Never throws. */
export function parseCable(input: string, options: ParseOptions = {}): CableDocument {
  try {
    return parseUnsafe(String(input), options);
  } catch (error) {
    // Defence in depth: a bug must not take the page down; keep the text as one node.
    const text = String(input);
    const span = { start: 0, end: text.length };
    const nodes: CableNode[] = [{ kind: 'text', span, text }];
    const diagnostics = [{ ruleId: 'internal-error', message: String(error), span }];
    return { ...deriveFacts(nodes, null, options.id), input: text, nodes, diagnostics, isCable: false };
  }
}

function parseUnsafe(input: string, options: ParseOptions): CableDocument {
  const { lines, survey } = lexWithSurvey(input);
  const state = createParseState(input, lines, survey, options.id ?? null);
  let start = 0;
  while (start < lines.length && !isCableStart(lines[start] as CableLine)) start++;
  const isCable = start < lines.length;
  if (!isCable) start = 0;
  // The survey found the first record from line 1; only a cable starting past it needs a search from its start.
  state.appendedRecordLine = survey.firstAppendedRecord > start ? survey.firstAppendedRecord : findAppendedRecord(lines, start + 1);
  placeSignature(state, start);
  // Text before the cable (a blog post, an e-mail header) is kept as text nodes.
  for (let index = 0; index < start; ) {
    if (lines[index]?.kind === 'blank') {
      state.nodes.push({ kind: 'blank', span: lineSpan(lines, index, index + 1) });
      index++;
      continue;
    }
    let end = index;
    while (end < start && lines[end]?.kind !== 'blank') end++;
    state.nodes.push(textNode(state, index, end, 'preamble', 'text before the cable'));
    index = end;
  }
  state.pos = start;
  if (!isCable) state.zone = 'body';
  parseBody(state);
  const facts = deriveFacts(state.nodes, state.year, options.id);
  if (facts.id === null && state.ownId !== null) facts.id = state.ownId;
  // Completing the facts object in place keeps the key order of a spread without copying 17 keys
  // (and without the temporary object an Object.assign would take).
  const document = facts as CableDocument;
  document.input = input;
  document.nodes = state.nodes;
  document.diagnostics = state.diagnostics;
  document.isCable = isCable;
  return document;
}
