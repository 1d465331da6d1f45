// Joins the cables found in independent parts of a page (posts, `pre` groups) into one list,
// keeping each `nodesSharedWith` index pointing at the same cable.
import type { ExtractedCable } from './mirror-adapter';

export function concatCableLists(lists: readonly ExtractedCable[][]): ExtractedCable[] {
  const all: ExtractedCable[] = [];
  for (const list of lists) {
    const offset = all.length;
    for (const cable of list)
      all.push({ ...cable, nodesSharedWith: cable.nodesSharedWith === null ? null : cable.nodesSharedWith + offset });
  }
  return all;
}
