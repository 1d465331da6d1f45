// The contract every mirror adapter fulfils; the content script and the CLI code against it.

export type MirrorAdapterId = 'viewer' | 'plusd' | 'cablegatesearch' | 'blog' | 'generic';

export interface MirrorAdapter {
  id: MirrorAdapterId;
  /** Real URLs of this template (used by a URL matrix test, refined-github style). */
  testUrls: readonly string[];
  /**
   * Cheap: URL + a few selectors. No full-text scans on pages that are not cable pages.
   * `true` means "worth running extract"; extract has the final word (it may find nothing).
   */
  detect(doc: Document, url: URL): boolean;
  /** Never mutates the page. Returns one entry per cable, in document order. */
  extract(doc: Document, url: URL): ExtractedCable[];
}

/** The page's own metadata where it has one; every field is verbatim page text. */
export interface PageMetadata {
  referenceId?: string;
  /** Viewer "Created" (or "Date" in the Nov 2010 build), PlusD "Date", cablegatesearch "Cable time". */
  created?: string;
  released?: string;
  classification?: string;
  origin?: string;
  subject?: string;
  /** TAG codes as the page links them (viewer TAG links, PlusD TAGS field). */
  tags?: string[];
  /** Viewer "Appears in these articles" links. */
  articles?: string[];
  /** Every labelled field the page shows, verbatim (PlusD synopsis, cablegatesearch summary, cables.csv row). */
  fields?: Record<string, string>;
}

export interface SiteAnchor {
  id: string;
  label: string;
}

export interface ExtractedCable {
  adapter: MirrorAdapterId;
  /** Full cable text for the parser: header + blank line + body (`text.endsWith(bodyText)` always holds). */
  text: string;
  headerText: string | null;
  bodyText: string;
  metadata: PageMetadata;
  /** The page nodes the overlay replaces (hidden, never destroyed), in document order. */
  nodes: Element[];
  /**
   * Index (in the same result) of the cable whose nodes this one shares, when two cables were
   * concatenated in one page block (a cables.csv row appended to a viewer body); otherwise null.
   */
  nodesSharedWith: number | null;
  /** The site's own paragraph anchors (viewer `#parN`) in order, so the overlay can keep them working. */
  siteAnchors: SiteAnchor[];
}
