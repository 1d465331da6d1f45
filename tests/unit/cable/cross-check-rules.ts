// How a viewer page's own metadata is compared with what the parser derives from the text alone.
// Shared by the cross-check test and kept small so each rule's reason is written next to it.
import type { CableDocument } from '../../../utils/cable/index';
import type { ViewerPage } from '../../../scripts/cable/viewer-metadata';

export type Field = 'id' | 'created' | 'classification' | 'tags' | 'paragraphs';

/** `2009-03-31T11:53Z` → `2009-03-31 11:53`. */
function createdOf(document: CableDocument): string | null {
  return document.dtg === null ? null : document.dtg.slice(0, 16).replace('T', ' ');
}

/**
 * The viewer's Created minutes are the 12-hour clock hour in most builds (`15:03`, `22:10`, `12:12`):
 * WikiLeaks formatted minutes with %I. Date and hour must match; the minutes either match or are that bug.
 */
export function createdAgrees(page: string | null, parsed: string | null): boolean {
  if (page === parsed) return true;
  if (page === null || parsed === null || page.slice(0, 13) !== parsed.slice(0, 13)) return false;
  const hour = Number(page.slice(11, 13));
  return page.slice(14) === String(hour % 12 || 12).padStart(2, '0');
}

/**
 * WikiLeaks put `#parN` anchors only before `N. ` followed by a space (not `N.(C)`) at the start of a
 * line (not `… 1.4 (b), (d) 1. (S/NF) …` glued after a Classified By statement, 09RPODUBAI177,
 * 08VILNIUS666), and also before years that start a line (`par2004`). Compare the page's anchors below
 * 100 with the parser's numbers of paragraphs written in that anchored form.
 */
export function anchoredNumbers(document: CableDocument): number[] {
  const numbers = new Set<number>();
  const visit = (nodes: CableDocument['nodes']): void => {
    for (const node of nodes) {
      if (node.kind === 'block') visit(node.children);
      if (node.kind !== 'paragraph' || node.number === null) continue;
      const head = document.input.slice(node.span.start, node.span.start + 12).replace(/^[\s¶\uFFFD]+/, '');
      const startsLine = node.span.start === 0 || /[\n\r]/.test(document.input.charAt(node.span.start - 1));
      if (startsLine && /^[0-9]{1,3}\. /.test(head)) numbers.add(node.number);
    }
  };
  visit(document.nodes);
  return [...numbers].sort((a, b) => a - b);
}

export function pageAnchors(page: ViewerPage): number[] {
  return [...new Set(page.paragraphAnchors.filter((number) => number < 100))].sort((a, b) => a - b);
}

const MONTH_AT_END =
  /(?:^|[^A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/i;

/**
 * WikiLeaks also anchored the day of a date wrapped after a month name (`… to Beirut on June` /
 * `¶30.  Siniora expressed …`, 09BEIRUT818; likewise 04THEHAGUE3333, 09STATE120288, 10RIYADH118):
 * those days are not paragraphs, and the parser does not count them.
 */
export function wrappedDateDays(text: string): Set<number> {
  const days = new Set<number>();
  const lines = text.split('\n');
  for (let index = 1; index < lines.length; index++) {
    const day = /^\s*¶?([0-9]{1,2})\./.exec(lines[index] ?? '');
    if (day !== null && MONTH_AT_END.test((lines[index - 1] ?? '').trimEnd())) days.add(Number(day[1]));
  }
  return days;
}

export function agrees(field: Field, page: ViewerPage, document: CableDocument): boolean {
  switch (field) {
    case 'id':
      return document.id === page.referenceId;
    case 'created':
      return createdAgrees(page.created, createdOf(document));
    case 'classification':
      return document.classification === page.classification;
    case 'tags': {
      // Builds from Jan 2011 link the TAGS of the first TAGS line only (a wrapped rest stays plain
      // text), and pages whose body is duplicated repeat the links: the de-duplicated links must be
      // exactly the first tags the parser read.
      if (page.tagLinks === null) return true;
      const links = [...new Set(page.tagLinks.map((tag) => tag.toUpperCase()))];
      return links.length > 0 && JSON.stringify(document.tags.slice(0, links.length)) === JSON.stringify(links);
    }
    case 'paragraphs': {
      const parsed = anchoredNumbers(document);
      const days = wrappedDateDays(page.text);
      const anchors = pageAnchors(page).filter((number) => !days.has(number) || parsed.includes(number));
      return JSON.stringify(anchors) === JSON.stringify(parsed);
    }
  }
}
