// Turns the text blocks of one page into cables: splits concatenated cables.csv records, and folds a
// record that repeats the page's own cable (same reference ID) into that cable instead of
// reporting it twice.
import type { ExtractedCable, MirrorAdapterId, PageMetadata, SiteAnchor } from './mirror-adapter';
import type { CsvRecordFields } from './cables-csv-record';
import { splitConcatenatedCables } from './split-concatenated-cables';

/** One text block of the page (a `pre`, a post body …) and what the adapter knows about it. */
export interface TextBlock {
  text: string;
  /** Page nodes the overlay hides for this block. */
  nodes: Element[];
  /** The block is the routing header on its own (the viewer's first `pre`). */
  isHeader: boolean;
  /** Site anchors in this block with their offsets into `text`. */
  anchors?: Array<SiteAnchor & { offset: number }>;
  /** TAG links in this block with their offsets into `text` (they go to the cable they sit in). */
  tagLinks?: Array<{ tag: string; offset: number }>;
}

interface Draft {
  header: string | null;
  body: string | null;
  metadata: PageMetadata;
  nodes: Element[];
  anchors: SiteAnchor[];
  tags: string[];
  sharedWith: number | null;
}

function recordMetadata(record: CsvRecordFields): PageMetadata {
  const fields: Record<string, string> = {
    Date: record.date,
    'Reference ID': record.referenceId,
    Origin: record.origin,
    Classification: record.classification,
  };
  if (record.rowId !== null && record.rowId !== '<>') fields['Row'] = record.rowId;
  if (record.references !== null) fields['References'] = record.references;
  return { referenceId: record.referenceId, created: record.date, origin: record.origin, classification: record.classification, fields };
}

const addNodes = (draft: Draft, nodes: readonly Element[]) => {
  for (const node of nodes) if (!draft.nodes.includes(node)) draft.nodes.push(node);
};

/**
 * Builds the page's cables from its blocks in document order. The first cable carries
 * `pageMetadata`; a record whose reference ID differs from it starts a new cable.
 */
export function assembleCables(adapter: MirrorAdapterId, blocks: readonly TextBlock[], pageMetadata: PageMetadata): ExtractedCable[] {
  const drafts: Draft[] = [];
  const pageCable = (): Draft => {
    if (drafts[0] === undefined)
      drafts.push({ header: null, body: null, metadata: pageMetadata, nodes: [], anchors: [], tags: [], sharedWith: null });
    return drafts[0]!;
  };
  for (const block of blocks) {
    if (block.isHeader) {
      const draft = pageCable();
      // Leading blank lines (PlusD's header div starts with several) are layout, not text.
      draft.header ??= block.text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
      addNodes(draft, block.nodes);
      continue;
    }
    const segments = splitConcatenatedCables(block.text);
    let firstDraftOfBlock: number | null = null;
    for (const segment of segments) {
      const header = segment.header === null ? null : block.text.slice(segment.header.start, segment.header.end);
      const body = block.text.slice(segment.body.start, segment.body.end);
      const ownId = drafts[0]?.metadata.referenceId ?? pageMetadata.referenceId;
      const pageHasBody = (drafts[0]?.body ?? '').trim() !== '';
      // Without a known ID, a record is the page's own cable until that cable has a body.
      const isForeign = segment.record !== null && (ownId !== undefined ? segment.record.referenceId !== ownId : pageHasBody);
      let draftIndex: number;
      // The parts of this segment that end up in the cable's text (a repeated part is left out).
      const used: Array<{ start: number; end: number }> = [];
      if (isForeign) {
        drafts.push({
          header,
          body,
          metadata: recordMetadata(segment.record!),
          nodes: [],
          anchors: [],
          tags: [],
          sharedWith: firstDraftOfBlock,
        });
        draftIndex = drafts.length - 1;
        used.push({ start: segment.start, end: segment.end });
      } else {
        const draft = pageCable();
        draftIndex = 0;
        if (segment.record !== null && draft.metadata.referenceId === undefined)
          draft.metadata = { ...recordMetadata(segment.record), ...draft.metadata };
        if (draft.header === null && segment.header !== null) {
          draft.header = header;
          used.push(segment.header);
        }
        // A repeat of the page's own cable only fills what is still missing.
        if (draft.body === null || draft.body.trim() === '') {
          draft.body = body;
          used.push(segment.header === null ? { start: segment.start, end: segment.end } : segment.body);
        }
      }
      const draft = drafts[draftIndex]!;
      if (firstDraftOfBlock !== null && firstDraftOfBlock !== draftIndex) draft.sharedWith ??= firstDraftOfBlock;
      firstDraftOfBlock ??= draftIndex;
      addNodes(draft, block.nodes);
      const inSegment = (offset: number) => used.some((range) => offset >= range.start && offset < Math.max(range.end, range.start + 1));
      for (const anchor of block.anchors ?? []) if (inSegment(anchor.offset)) draft.anchors.push({ id: anchor.id, label: anchor.label });
      for (const link of block.tagLinks ?? []) if (inSegment(link.offset)) draft.tags.push(link.tag);
    }
  }
  const kept = drafts.filter((draft) => (draft.body ?? '').trim() !== '' || (draft.header ?? '').trim() !== '');
  return kept.map((draft) => {
    const bodyText = draft.body ?? '';
    const headerText = draft.header !== null && draft.header.trim() !== '' ? draft.header : null;
    return {
      adapter,
      text: headerText === null ? bodyText : `${headerText}\n\n${bodyText}`,
      headerText,
      bodyText,
      // A TAGS line repeated in the text (a doubled header block) is linked twice: keep each tag once.
      metadata: draft.tags.length > 0 ? { ...draft.metadata, tags: [...new Set(draft.tags)] } : draft.metadata,
      nodes: draft.nodes,
      nodesSharedWith:
        draft.sharedWith === null ? null : kept.indexOf(drafts[draft.sharedWith]!) >= 0 ? kept.indexOf(drafts[draft.sharedWith]!) : null,
      siteAnchors: draft.anchors,
    };
  });
}
