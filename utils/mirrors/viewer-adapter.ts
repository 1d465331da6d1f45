// The WikiLeaks Cable Viewer (cablegate.wikileaks.org, wikileaks.ch, wikileaks.org/cable and its
// hundreds of mirrors and HTTrack / GitHub Pages copies). The template is the signal, not the host:
// `table.cable` (Reference ID | Created | Released | Classification | Origin — `Date` instead of
// Created/Released in the Nov 2010 build) and the `code > pre` blocks (header first, body last).
import { assembleCables, type TextBlock } from './assemble-cables';
import { isReferenceId } from './cable-id';
import { textOffsetsOf } from './element-text';
import type { MirrorAdapter, PageMetadata } from './mirror-adapter';

const VIEWER_PATH = /\/cable\/\d{4}\/\d{2}\/[0-9]{2,4}[A-Z][A-Z0-9-]*[0-9]\.html$/;

/** The metadata table, if its header row is the viewer's. */
function viewerTable(doc: Document): HTMLTableElement | null {
  const table = doc.querySelector('table.cable');
  if (table === null) return null;
  const headings = Array.from(table.querySelectorAll('tr:first-child th'), (th) => (th.textContent ?? '').trim());
  const isViewer = headings[0] === 'Reference ID' && headings.includes('Classification') && headings.includes('Origin');
  return isViewer ? (table as HTMLTableElement) : null;
}

const COLUMN_KEYS: Record<string, 'referenceId' | 'created' | 'released' | 'classification' | 'origin'> = {
  'Reference ID': 'referenceId',
  Created: 'created',
  Date: 'created',
  Released: 'released',
  Classification: 'classification',
  Origin: 'origin',
};

function readMetadata(doc: Document, table: HTMLTableElement): PageMetadata {
  const rows = Array.from(table.querySelectorAll('tr'));
  const headings = Array.from(rows[0]?.querySelectorAll('th') ?? [], (th) => (th.textContent ?? '').trim());
  const cells = Array.from(rows[1]?.querySelectorAll('td') ?? [], (td) => (td.textContent ?? '').trim());
  const metadata: PageMetadata = {};
  const fields: Record<string, string> = {};
  headings.forEach((heading, index) => {
    const value = cells[index];
    if (value === undefined) return;
    fields[heading] = value;
    const key = COLUMN_KEYS[heading];
    if (key !== undefined && value !== '') metadata[key] = value;
  });
  metadata.fields = fields;
  // "Viewing cable 04ANKARA348, turkish p.m. …": the subject is often truncated, but it is the page's.
  const heading = (doc.querySelector('h3')?.textContent ?? '').trim();
  const viewing = /^Viewing cable ([^,\s]+), ?(.*)$/s.exec(heading);
  if (viewing !== null && viewing[2]!.trim() !== '') metadata.subject = viewing[2]!.trim();
  const articleRow = rows.find((row) => (row.textContent ?? '').includes('Appears in these articles'));
  if (articleRow !== undefined) metadata.articles = Array.from(articleRow.querySelectorAll('a'), (a) => (a.textContent ?? '').trim());
  return metadata;
}

/** `<a id='par1' href='#par1'>¶</a>`: the viewer's paragraph anchors, with their text offsets. */
function paragraphAnchors(pre: Element): NonNullable<TextBlock['anchors']> {
  const anchors = Array.from(pre.querySelectorAll('a[id]')).filter((a) => a.getAttribute('href') === `#${a.id}`);
  const offsets = textOffsetsOf(pre, anchors);
  return anchors.map((anchor, index) => ({ id: anchor.id, label: anchor.id.replace(/^par/, ''), offset: offsets[index]! }));
}

/** TAG links (Jan 2011 builds on): `<a href='/tag/PGOV_0.html'>PGOV</a>`, with their text offsets. */
function tagLinks(pre: Element): NonNullable<TextBlock['tagLinks']> {
  const links = Array.from(pre.querySelectorAll('a[href*="tag/"]'));
  const offsets = textOffsetsOf(pre, links);
  return links.map((link, index) => ({ tag: (link.textContent ?? '').trim(), offset: offsets[index]! })).filter((link) => link.tag !== '');
}

/** The element the overlay hides for a `pre`: its `code` wrapper when there is one. */
const blockNodeOf = (pre: Element): Element => (pre.parentElement?.tagName.toUpperCase() === 'CODE' ? pre.parentElement : pre);

export const viewerAdapter: MirrorAdapter = {
  id: 'viewer',
  testUrls: [
    'https://wikileaks.org/cable/2009/03/09ASTANA559.html',
    'http://www.wikileaks.org/cable/2009/08/09ASTANA1422.html',
    'http://cablegate.wikileaks.org/cable/2004/01/04ANKARA348.html',
    'http://wikileaks.ch/cable/2007/09/07BERN881.html',
    'http://213.251.145.96/cable/2010/01/10STATE284.html',
    'https://wikileaks.zilog.es/cable/2006/06/06STATE89712.html',
    'https://avilaroman.github.io/Wikileaks-Mirror/cable/2009/06/09CAIRO1054.html',
    'file:///home/reader/cablegate/cable/1975/11/7575LIBREVILLE1895.html',
    'http://127.0.0.1:8080/cable/1973/04/73TEHRAN2077.html',
  ],
  detect(doc, url) {
    return VIEWER_PATH.test(url.pathname) || viewerTable(doc) !== null;
  },
  extract(doc) {
    const table = viewerTable(doc);
    if (table === null) return [];
    let pres = Array.from(doc.querySelectorAll('code > pre'));
    if (pres.length === 0) pres = Array.from(doc.querySelectorAll('pre'));
    if (pres.length === 0) return [];
    const blocks: TextBlock[] = pres.map((pre, index) => ({
      text: pre.textContent ?? '',
      nodes: [blockNodeOf(pre)],
      isHeader: index === 0 && pres.length > 1,
      anchors: paragraphAnchors(pre),
      tagLinks: tagLinks(pre),
    }));
    const metadata = readMetadata(doc, table);
    if (metadata.referenceId !== undefined && !isReferenceId(metadata.referenceId)) delete metadata.referenceId;
    return assembleCables('viewer', blocks, metadata);
  },
};
