/**
 * The markings the glossary explains, read from a parsed cable (utils/cable's `CableDocument`).
 * Only types come from the parser, so the glossary chunk does not pull the parser in with it.
 */
import type { CableDocument, HeaderLine } from '../cable/model.ts';
import { cableYearOf, type CableMarkings } from './explain-cable.ts';

/** The parts of a parsed cable `markingsOf` reads. */
export type MarkedCable = Pick<CableDocument, 'nodes' | 'tags' | 'caveats' | 'dtg' | 'id'>;

/**
 * Tags, caveats and every routing-indicator occurrence of the cable's own routing header(s), in
 * header order: precedence line and its wraps, the DE station, then the TO/INFO addressees (repeats
 * kept — `explainCable` de-duplicates, coverage counts occurrences). Addressees written as
 * "RI/OFFICE" also give `addressedOffices`, the cable's own evidence for what the RI stands for.
 */
export function markingsOf(document: MarkedCable): CableMarkings {
  const routingIndicators: string[] = [];
  const addressedOffices: Array<{ routingIndicator: string; office: string }> = [];
  // Top level only: a routing header quoted inside a BEGIN TEXT block belongs to another cable.
  for (const node of document.nodes) {
    if (node.kind !== 'routingHeader') continue;
    for (const line of node.lines) collectRouting(line, routingIndicators, addressedOffices);
  }
  return {
    tags: [...document.tags],
    caveats: [...document.caveats],
    routingIndicators,
    year: cableYearOf(document.dtg, document.id),
    addressedOffices,
  };
}

function collectRouting(
  line: HeaderLine,
  routingIndicators: string[],
  addressedOffices: Array<{ routingIndicator: string; office: string }>,
): void {
  switch (line.kind) {
    case 'routing':
    case 'routingContinuation':
      routingIndicators.push(...line.routingIndicators);
      break;
    case 'de':
      routingIndicators.push(line.de.station);
      break;
    case 'to':
    case 'info':
    case 'addresseeContinuation':
      for (const addressee of line.addressees) {
        // An addressee written without an RI ("SECSTATE WASHDC") has nothing to explain here.
        if (addressee.routingIndicator === null) continue;
        routingIndicators.push(addressee.routingIndicator);
        // Newer address lines end the office with "//" ("CIA WASHINGTON DC// PRIORITY"): a separator, not part of the name.
        const office = withoutTrailingSeparators(addressee.office);
        if (office !== '') addressedOffices.push({ routingIndicator: addressee.routingIndicator, office });
      }
      break;
    default:
      break;
  }
}

/** Trims trailing spaces and slashes by scanning back (a regex `[\s/]+$` would be quadratic on long runs). */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s/]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end).trim();
}
