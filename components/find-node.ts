// Finds model nodes by kind (including inside SUMMARY/COMMENT blocks), without touching strings.
import type { CableNode } from '../utils/cable/model.ts';

export function findNode<K extends CableNode['kind']>(nodes: readonly CableNode[], kind: K): Extract<CableNode, { kind: K }> | null {
  for (const node of nodes) {
    if (node.kind === kind) return node as Extract<CableNode, { kind: K }>;
    if (node.kind === 'block') {
      const inner = findNode(node.children, kind);
      if (inner !== null) return inner;
    }
  }
  return null;
}
