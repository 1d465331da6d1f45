// Where the END markers are, per block kind, so a block opens only when a matching END follows.
// A few sorted line lists instead of a suffix-count table over every line of every kind.
import type { CableLine } from './lex';
import type { BlockKind } from './model';

/** Line indices of the END markers of each block kind, ascending. */
export type EndMarkerIndex = Record<BlockKind, number[]>;

export function indexEndMarkers(lines: readonly CableLine[]): EndMarkerIndex {
  const index: EndMarkerIndex = { summary: [], comment: [], note: [], quotedText: [] };
  for (let at = 0; at < lines.length; at++) {
    const kind = (lines[at] as CableLine).blockEnd;
    if (kind !== null) index[kind].push(at);
  }
  return index;
}

/** How many END markers of `kind` sit on line `from` or later; a binary search keeps any input linear overall. */
export function endMarkersFrom(index: EndMarkerIndex, kind: BlockKind, from: number): number {
  const lines = index[kind];
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((lines[middle] as number) < from) low = middle + 1;
    else high = middle;
  }
  return lines.length - low;
}
