// Paragraph anchors and permalinks: `#09ASTANA559-p3`, plus a `:~:text=` fragment of the
// paragraph's opening words so the link also lands for readers without the extension.
import type { CableDocument, CableNode, InlineSegment, ParagraphNode, SubParagraph } from './cable/model.ts';

export type PermalinkStyle = 'anchor-and-fragment' | 'fragment-only' | 'site-anchors';

/** One linkable paragraph (numbered paragraph or lettered sub-paragraph), in document order. */
export interface ParagraphAnchor {
  /** Element id, unique in the cable: `09ASTANA559-p3`, `09ASTANA559-p3-a`, a repeat `09ASTANA559-p3-2`. */
  id: string;
  number: number;
  /** Sub-paragraph letter (`a`), null for the paragraph itself. */
  letter: string | null;
  /** Opening words for the text fragment (`start` is '' when the paragraph starts with no usable words). */
  openingWords: OpeningWords;
}

export interface ParagraphAnchorPlan {
  anchors: ParagraphAnchor[];
  /** The anchor of each linkable model node (identity map: the model is immutable plain data). */
  byNode: Map<ParagraphNode | SubParagraph, ParagraphAnchor>;
}

const MAX_OPENING_WORDS = 8;

/** The id stem for a cable; ids from pages are trusted only as far as safe fragment characters go. */
export function anchorStem(cableId: string | null): string {
  const cleaned = (cableId ?? '').replace(/[^A-Za-z0-9_.]/g, '_');
  return cleaned === '' ? 'cable' : cleaned;
}

export function paragraphAnchorId(cableId: string | null, number: number, letter: string | null = null): string {
  const base = `${anchorStem(cableId)}-p${number}`;
  return letter === null ? base : `${base}-${letter}`;
}

/** Words to find a paragraph by: `start`, plus `end` when `start` alone is too short to be distinctive. */
export interface OpeningWords {
  start: string;
  end: string | null;
}

const NO_WORDS: OpeningWords = { start: '', end: null };

/**
 * Opening words of a reading flow, taken from its first source line only (a page shows the raw
 * text with its line breaks, so words across a wrap would not match a text fragment). Runs are
 * split at double spaces, which a `pre` renders verbatim; when the first run is shorter than
 * three words (`COMMENT:`), the next run becomes the fragment's end (`text=start,end`).
 */
export function openingWordsOf(segments: readonly InlineSegment[], input: string, maxWords = MAX_OPENING_WORDS): OpeningWords {
  let line = '';
  let previousEnd: number | null = null;
  for (const segment of segments) {
    if (segment.kind === 'marking' && line.trim() === '') {
      previousEnd = segment.span.end;
      continue; // the paragraph's own marking comes before its words
    }
    if (segment.kind !== 'text' && segment.kind !== 'marker') break; // the source line ends here
    // Spaces between segments are not in the segments; take them from the source.
    if (previousEnd !== null && line !== '') line += input.slice(previousEnd, segment.span.start);
    line += segment.text;
    previousEnd = segment.span.end;
  }
  const runs = line
    .replace(/^[\s¶]+/, '')
    .split(/ {2,}|\t/)
    .map((run) => run.split(' ').filter((word) => word !== ''))
    .filter((words) => words.length > 0);
  const [first, second] = runs;
  if (first === undefined) return NO_WORDS;
  const start = first.slice(0, maxWords).join(' ');
  const end = first.length < 3 && second !== undefined ? second.slice(0, maxWords).join(' ') : null;
  return { start, end };
}

/** Assigns unique, stable anchors to every numbered paragraph and lettered sub-paragraph. */
export function planParagraphAnchors(doc: Pick<CableDocument, 'id' | 'nodes' | 'input'>): ParagraphAnchorPlan {
  const anchors: ParagraphAnchor[] = [];
  const byNode = new Map<ParagraphNode | SubParagraph, ParagraphAnchor>();
  const taken = new Set<string>();
  // A repeated number (two sections both starting at 1., a typo) must not steal the first one's id.
  const unique = (id: string): string => {
    if (!taken.has(id)) return id;
    let k = 2;
    while (taken.has(`${id}-${k}`)) k++;
    return `${id}-${k}`;
  };
  const add = (node: ParagraphNode | SubParagraph, number: number, letter: string | null, segments: readonly InlineSegment[]) => {
    let words: OpeningWords | undefined;
    const anchor: ParagraphAnchor = {
      id: unique(paragraphAnchorId(doc.id, number, letter)),
      number,
      letter,
      // Only a copied link needs them: worked out on first use, not for every paragraph at first paint.
      get openingWords() {
        words ??= openingWordsOf(segments, doc.input);
        return words;
      },
    };
    taken.add(anchor.id);
    anchors.push(anchor);
    byNode.set(node, anchor);
  };
  const visit = (nodes: readonly CableNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'block') visit(node.children);
      if (node.kind !== 'paragraph' || node.number === null) continue;
      const number = node.number;
      add(node, number, null, node.segments);
      for (const sub of node.subParagraphs) {
        if (sub.label !== null && /^[a-z]$/.test(sub.label)) add(sub, number, sub.label, sub.segments);
      }
    }
  };
  visit(doc.nodes);
  return { anchors, byNode };
}

/**
 * Percent-encodes a text directive value. The text-fragment spec reserves `-`, `&` and `,` as
 * syntax, so they are encoded too (encodeURIComponent leaves `-` alone).
 * https://wicg.github.io/scroll-to-text-fragment/#syntax
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** `:~:text=start[,end]` for the given words, or '' when there are none. */
export function textFragment(words: OpeningWords): string {
  if (words.start === '') return '';
  const end = words.end !== null && words.end !== '' ? `,${encodeTextDirective(words.end)}` : '';
  return `:~:text=${encodeTextDirective(words.start)}${end}`;
}

export interface PermalinkRequest {
  pageUrl: string;
  anchor: ParagraphAnchor;
  style: PermalinkStyle;
  /** The site's own anchor id for this paragraph (viewer `par3`), used by the `site-anchors` style. */
  siteAnchorId?: string | null;
}

/** The URL a reader copies for a paragraph. */
export function permalinkUrl({ pageUrl, anchor, style, siteAnchorId = null }: PermalinkRequest): string {
  const base = pageUrl.replace(/#.*$/s, '');
  const fragment = textFragment(anchor.openingWords);
  switch (style) {
    case 'fragment-only':
      // Without words there is nothing to search for; fall back to our anchor.
      return fragment === '' ? `${base}#${anchor.id}` : `${base}#${fragment}`;
    case 'site-anchors':
      if (siteAnchorId !== null) return `${base}#${encodeURIComponent(siteAnchorId)}`;
      return `${base}#${anchor.id}${fragment}`;
    case 'anchor-and-fragment':
      return `${base}#${anchor.id}${fragment}`;
  }
}

/**
 * Maps the site's own numeric paragraph anchors (viewer `#par3`) to our element ids, so old
 * links into the hidden original still land on the overlay's paragraph. Letter anchors
 * (`#parB`, REF letters) have no paragraph and are left out.
 */
export function siteAnchorTargets(siteAnchors: readonly { id: string; label?: string }[], plan: ParagraphAnchorPlan): Map<string, string> {
  const firstByNumber = new Map<number, string>();
  for (const anchor of plan.anchors) {
    if (anchor.letter === null && !firstByNumber.has(anchor.number)) firstByNumber.set(anchor.number, anchor.id);
  }
  const targets = new Map<string, string>();
  for (const { id } of siteAnchors) {
    const match = /^par(\d{1,4})$/.exec(id);
    const target = match ? firstByNumber.get(Number(match[1])) : undefined;
    if (target !== undefined && !targets.has(id)) targets.set(id, target);
  }
  return targets;
}

/** The site anchor of a paragraph (inverse of siteAnchorTargets), for the `site-anchors` style. */
export function siteAnchorFor(anchor: ParagraphAnchor, targets: ReadonlyMap<string, string>): string | null {
  for (const [siteId, elementId] of targets) if (elementId === anchor.id) return siteId;
  return null;
}
