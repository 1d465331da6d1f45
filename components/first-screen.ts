// Progressive first render: the overlay paints what fills the reader's first screen, and the
// content script renders the rest right after that paint. On a long cable this keeps the first
// paint about as quick as on a short one; nothing below the fold is visible in that one frame.
import type { CableNode } from '../utils/cable/model.ts';

/**
 * Characters of cable text that more than fill a tall first screen under the header card
 * (a 1,000 px window shows about 25 lines of 80–90 characters).
 */
export const FIRST_SCREEN_CHARACTERS = 2400;

/**
 * How many top-level nodes to render first: nodes up to and including the one that reaches
 * `characters` of text. The routing header shows as one summary line (it starts collapsed)
 * and page breaks leave the reading flow, so neither counts.
 */
export function firstScreenNodeCount(nodes: readonly CableNode[], characters = FIRST_SCREEN_CHARACTERS): number {
  let total = 0;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.kind === 'routingHeader' || node.kind === 'pageBreak') continue;
    total += node.span.end - node.span.start;
    if (total >= characters) return index + 1;
  }
  return nodes.length;
}
