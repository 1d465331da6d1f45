// The front matter between the routing header and the body: where the cable starts, and the rules
// that read its lines, dispatched on the line's first character.
import { cableId } from './cable-id';
import type { CableLine } from './lex';
import { eoOrderAt, tagsValueAt } from './front-labels';
import { isStructuralLength, PARTIAL_EXTRACT } from './line-kinds';
import { lineSpan, type ParseState } from './parse-state';
import { partialExtractRule } from './rules/body-lines';
import { captionRule, passingLineRule } from './rules/captions';
import { isClassificationLine, mayStartClassification, readClassificationLine } from './rules/classification-line';
import { classifiedByRule } from './rules/classified-by';
import { classifiedByGluedParagraphRule } from './rules/classified-by-glued-paragraph';
import { combinedFrontLineRule } from './rules/combined-front-line';
import { declassificationRule } from './rules/declassification';
import { referencesRule } from './rules/references';
import { isHeaderStart, routingHeaderRule } from './rules/routing-header';
import { subjectRule } from './rules/subject';
import { tagsRule } from './rules/tags';

/** A line where the cable proper can begin. */
export function isCableStart(line: CableLine): boolean {
  const text = line.text;
  if (line.kind !== 'text' || !isStructuralLength(text)) return line.kind === 'pageBreak' && /^PAGE +01 /.test(text);
  // The tests that can hold for the line's first character only (most preamble lines are prose).
  const letter = text.charCodeAt(0) | 0x20;
  if (letter === 0x74) {
    const second = text.charCodeAt(1) | 0x20;
    if (second === 0x68 ? PARTIAL_EXTRACT.test(text) : tagsValueAt(text) !== -1) return true;
  }
  if (letter === 0x65 && eoOrderAt(text) !== -1) return true;
  if (mayStartClassification(text) && isClassificationLine(text)) return true;
  return isHeaderStart(line);
}

/**
 * The front matter's rules for the line at state.pos (routing header, classification line, captions,
 * passing lines, E.O., TAGS, SUBJECT, REF, Classified By), in their order of precedence; false when
 * none applies (the body rules then take the line).
 */
export function frontMatterRule(state: ParseState): boolean {
  if (!frontRules(state)) return false;
  updateOwnId(state);
  return true;
}

function frontRules(state: ParseState): boolean {
  const line = state.lines[state.pos];
  if (line === undefined) return false;
  // The header may follow a banner or a stray classification line (1970s texts, 09STATE119085).
  if ((state.zone === 'header' || (!state.sawHeader && !state.sawEo && !state.sawSubject)) && routingHeaderRule(state)) return true;
  const text = line.text;
  const letter = text.charCodeAt(0) | 0x20;
  // The partial-extract note starts with `Th` (any case).
  if (letter === 0x74 && (text.charCodeAt(1) | 0x20) === 0x68 && partialExtractRule(state)) return true;
  const classification = mayStartClassification(text)
    ? readClassificationLine(text, lineSpan(state.lines, state.pos, state.pos + 1))
    : null;
  if (classification !== null) {
    if (classification.origin === null && state.firstClassification !== null && classification.caveats.length > 0) {
      return captionRule(state) || pushClassification(state, classification);
    }
    return pushClassification(state, classification);
  }
  if (captionRule(state)) return true;
  if ((state.firstClassification !== null || state.sawHeader) && passingLineRule(state)) return true;
  // One dispatch on the first character (either case) picks the rules whose line can start with it,
  // in the order of precedence: combined line, E.O., TAGS, SUBJECT, REF, CLASSIFIED BY.
  switch (letter) {
    case 0x65: // e
      return declassificationRule(state);
    case 0x74: // t: TOP SECRET … on a combined line, TAGS
      return combinedFrontLineRule(state) || tagsRule(state);
    case 0x75: // u
    case 0x6c: // l
      return combinedFrontLineRule(state);
    case 0x73: // s: SECRET … on a combined line, SUBJECT
      return combinedFrontLineRule(state) || subjectRule(state);
    case 0x72: // r: REF…
    case 0x70: // p: PROGRAM REF
      return referencesRule(state);
    case 0x63: // c: CONFIDENTIAL … on a combined line, CLASSIFIED BY
      return combinedFrontLineRule(state) || classifiedByRule(state) || classifiedByGluedParagraphRule(state);
    case 0x28: // (: `(U) CLASSIFIED BY`
      return classifiedByRule(state) || classifiedByGluedParagraphRule(state);
    default:
      return false;
  }
}

function pushClassification(state: ParseState, node: NonNullable<ReturnType<typeof readClassificationLine>>): boolean {
  state.nodes.push(node);
  if (state.firstClassification === null || (state.firstClassification.origin === null && node.origin !== null))
    state.firstClassification = node;
  state.pos++;
  state.zone = 'front';
  return true;
}

function updateOwnId(state: ParseState): void {
  const line = state.firstClassification;
  if (state.ownId === null && line !== null && line.origin !== null && line.serial !== null && state.year !== null) {
    state.ownId = cableId(state.year, line.origin, line.serial);
  }
}
