// Splits one cable's text into its routing header and its body at the classification banner.
import { cableStartKindOf, isClassificationLine, isRoutingHeaderStart } from './cable-lines';

export interface HeaderAndBody {
  /** Offset where the header starts (first non-blank line), or null when the text has no routing header. */
  headerStart: number | null;
  /** Offset where the body starts (the classification banner, or where the text starts). */
  bodyStart: number;
}

/**
 * Finds the routing header (VZCZC…, a DTG line, or the partial-extract note) and the first
 * classification banner after it. Lines may end in a CSV continuation `\` or be joined to the body
 * by a tab (cables.csv layout: `…PRIORITY\tS E C R E T SECTION 01 OF 02 BERN 000881`).
 * A header without a banner after it is all header (body empty).
 */
export function splitHeaderAndBody(text: string): HeaderAndBody {
  let offset = 0;
  let headerStart: number | null = null;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(offset, lineEnd);
    if (headerStart === null) {
      if (line.trim() !== '') {
        const kind = cableStartKindOf(line);
        if (kind === null || !isRoutingHeaderStart(kind)) return { headerStart: null, bodyStart: offset };
        headerStart = offset;
      }
    } else {
      const tab = line.indexOf('\t');
      if (tab >= 0 && isClassificationLine(line.slice(tab + 1))) return { headerStart, bodyStart: offset + tab + 1 };
      if (isClassificationLine(line)) return { headerStart, bodyStart: offset };
    }
    offset = lineEnd + 1;
  }
  return headerStart === null ? { headerStart: null, bodyStart: 0 } : { headerStart, bodyStart: text.length };
}
