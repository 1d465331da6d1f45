// SUMMARY…END SUMMARY, COMMENT…END COMMENT, NOTE…END NOTE, BEGIN TEXT…END TEXT; nesting allowed.
// A block opens only when a matching END marker exists later (suffix counts), so no backtracking.
import { blockStartKindAt } from '../block-markers';
import { endMarkersFrom, hasEndMarkerFrom } from '../end-marker-index';
import type { BlockKind, BlockNode, CableNode } from '../model';
import { addDiagnostic, type ParseState } from '../parse-state';

export type BodyParser = (state: ParseState) => void;

export function blockRule(state: ParseState, parseBody: BodyParser): boolean {
  const line = state.lines[state.pos];
  // No END marker ahead: no block can open here (the opener is not even read).
  if (line === undefined || state.pos === state.blockOpenedAt || !hasEndMarkerFrom(state.endMarkers, state.pos)) return false;
  const kind = blockStartKindAt(state.input, line.textStart, line.textStart + line.text.length);
  if (kind === null) return false;
  const remaining = endMarkersFrom(state.endMarkers, kind, state.pos);
  if (remaining <= openCount(state.openBlocks, kind)) return false;
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

/** How many of the open blocks are of `kind` (no filtered copy). */
export function openCount(openBlocks: readonly string[], kind: BlockKind): number {
  let count = 0;
  for (const open of openBlocks) if (open === kind) count++;
  return count;
}
