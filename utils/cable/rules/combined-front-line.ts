// Front matter written on the classification line itself (10STATE284):
// `C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284 SIPDIS E.O. 12958: DECL: 01/04/2020 TAGS: MASS …`.
// The line is split into classification, caption, E.O. and TAGS nodes whose spans still tile it.
import { readLevelPrefix } from '../classification';
import { eoInsideAt } from '../front-labels';
import { isStructuralLength } from '../line-kinds';
import type { ClassificationLineNode } from '../model';
import type { ParseState } from '../parse-state';
import { readCaptions } from './captions';
import { mayStartClassification, readClassificationLine } from './classification-line';
import { pushDeclassificationText } from './declassification';

/** Records a classification line found inside another line, as the driver does for a whole one. */
export function registerClassification(state: ParseState, node: ClassificationLineNode): void {
  state.nodes.push(node);
  if (state.firstClassification === null || (state.firstClassification.origin === null && node.origin !== null))
    state.firstClassification = node;
  state.zone = 'front';
}

export function combinedFrontLineRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  if (line === undefined || line.kind !== 'text' || !isStructuralLength(line.text)) return false;
  if (!mayStartClassification(line.text) || readLevelPrefix(line.text) === null) return false;
  const text = line.text;
  const eoAt = eoInsideAt(text);
  if (eoAt === -1) return false;
  const head = text.slice(0, eoAt);
  // Caption words (SIPDIS …) between the serial and the E.O. part.
  const words: Array<{ word: string; at: number }> = [];
  for (const match of head.matchAll(/\S+/g)) words.push({ word: match[0], at: match.index });
  let captionFrom = words.length;
  while (captionFrom > 0 && readCaptions(words[captionFrom - 1]?.word ?? '') !== null) captionFrom--;
  const captionAt = words[captionFrom]?.at ?? eoAt;
  const captions = captionAt < eoAt ? readCaptions(head.slice(captionAt).trim()) : null;
  const eoStart = line.textStart + eoAt + 1;
  const classificationEnd = captions === null ? eoStart : line.textStart + captionAt;
  const classification = readClassificationLine(head.slice(0, captionAt).trimEnd(), { start: line.start, end: classificationEnd });
  if (classification === null || classification.origin === null) return false;
  registerClassification(state, classification);
  if (captions !== null) state.nodes.push({ kind: 'caption', span: { start: classificationEnd, end: eoStart }, captions });
  state.pos++;
  return pushDeclassificationText(state, text.slice(eoAt + 1), eoStart, { start: eoStart, end: line.next });
}
