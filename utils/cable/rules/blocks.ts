// SUMMARY…END SUMMARY, COMMENT…END COMMENT, NOTE…END NOTE, BEGIN TEXT…END TEXT; nesting allowed.
// A block opens only when a matching END marker exists later (suffix counts), so no backtracking.
import { blockStartKind } from '../block-markers';
import { endMarkersFrom } from '../end-marker-index';
import type { BlockNode, CableNode } from '../model';
import { addDiagnostic, type ParseState } from '../parse-state';

export type BodyParser = (state: ParseState) => void;

export function blockRule(state: ParseState, parseBody: BodyParser): boolean {
  const line = state.lines[state.pos];
  if (line === undefined || state.pos === state.blockOpenedAt) return false;
  const kind = blockStartKind(line.text);
  if (kind === null) return false;
  const remaining = endMarkersFrom(state.endMarkers, kind, state.pos);
  if (remaining <= state.openBlocks.filter((open) => open === kind).length) return false;
  const outer = state.nodes;
  const children: CableNode[] = [];
  const start = line.start;
  state.nodes = children;
  state.openBlocks.push(kind);
  state.blockOpenedAt = state.pos;
  state.closedBlock = false;
  parseBody(state);
  const closed = state.closedBlock;
  state.closedBlock = false;
  state.openBlocks.pop();
  state.nodes = outer;
  const last = children[children.length - 1];
  const node: BlockNode = { kind: 'block', span: { start, end: last?.span.end ?? start }, blockKind: kind, closed, children };
  if (!closed) addDiagnostic(state, 'unclosed-block', `${kind} block has no END marker before its parent ends`, node.span);
  outer.push(node);
  return true;
}
