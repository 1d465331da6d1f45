// Where the END markers are, per block kind, so a block opens only when a matching END follows.
// A few sorted line lists instead of a suffix-count table over every line of every kind.
import type { BlockKind } from './model';

/** Line indices of the END markers of each block kind, ascending (built by surveyLines). */
export type EndMarkerIndex = Record<BlockKind, number[]>;

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

/**
 * Whether any END marker (of any kind) sits on line `from` or later: when none does, no block can
 * open there, so the opener need not be read at all (most lines of most cables, past the last `END …`).
 */
export function hasEndMarkerFrom(index: EndMarkerIndex, from: number): boolean {
  return (
    lastAtLeast(index.summary, from) ||
    lastAtLeast(index.comment, from) ||
    lastAtLeast(index.note, from) ||
    lastAtLeast(index.quotedText, from)
  );
}

function lastAtLeast(lines: readonly number[], from: number): boolean {
  return lines.length !== 0 && (lines[lines.length - 1] as number) >= from;
}
