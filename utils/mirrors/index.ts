// Mirror adapters: find the cable on every kind of page. Explicit ordered registry (no glob), most
// specific template first; the generic `pre` fallback comes last.
import { blogAdapter } from './blog-adapter';
import { cablegatesearchAdapter } from './cablegatesearch-adapter';
import { genericAdapter } from './generic-adapter';
import type { ExtractedCable, MirrorAdapter } from './mirror-adapter';
import { plusdAdapter } from './plusd-adapter';
import { viewerAdapter } from './viewer-adapter';

export type { ExtractedCable, MirrorAdapter, MirrorAdapterId, PageMetadata, SiteAnchor } from './mirror-adapter';
export { splitConcatenatedCables, type CableSegment } from './split-concatenated-cables';
export { splitHeaderAndBody } from './split-header-and-body';
export { readCsvRecordPreamble, type CsvRecordFields } from './cables-csv-record';

export const MIRROR_ADAPTERS: readonly MirrorAdapter[] = [viewerAdapter, plusdAdapter, cablegatesearchAdapter, blogAdapter, genericAdapter];

/**
 * The first adapter (in registry order) that detects the page and extracts at least one cable.
 * Never mutates the document; returns null for a page without a cable.
 */
export function findCables(doc: Document, url: URL): { adapter: MirrorAdapter; cables: ExtractedCable[] } | null {
  for (const adapter of MIRROR_ADAPTERS) {
    if (!adapter.detect(doc, url)) continue;
    const cables = adapter.extract(doc, url);
    if (cables.length > 0) return { adapter, cables };
  }
  return null;
}
