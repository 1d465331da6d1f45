/**
 * Explains every TAG, caveat and routing indicator of one cable: the `explanations` array of
 * `cable parse --explain` and the overlay's glossary panel.
 */
import type { Glossary, Lookup } from './types.ts';

/** The few facts of a parsed cable the glossary needs (kept structural so it does not depend on the parser's model). */
export interface CableMarkings {
  tags: string[];
  caveats: string[];
  /** Every routing indicator in the header: routing line, DE line, TO/INFO addressees. */
  routingIndicators: string[];
  /** Year of the cable (from its DTG or ID); decides the era of geographic TAGS. */
  year: number | null;
  /** "RI/OFFICE" addressee pairs written in the cable itself (e.g. RUEHZL/EUROPEAN POLITICAL COLLECTIVE). */
  addressedOffices?: Array<{ routingIndicator: string; office: string }>;
}

const ADDRESS_LINE_SOURCE = 'This cable’s own address line (routing indicator / office pair); not listed in ACP 117';

/** One explanation per distinct code, in the order tags → caveats → routing indicators. */
export function explainCable(cable: CableMarkings, glossary: Glossary): Lookup[] {
  const results: Lookup[] = [];
  const seen = new Set<string>();
  const push = (lookup: Lookup) => {
    const key = `${lookup.kind}\t${lookup.code}`;
    if (seen.has(key)) return;
    seen.add(key);
    results.push(lookup);
  };

  for (const tag of cable.tags) push(glossary.explainTag(tag, { year: cable.year }));
  for (const caveat of cable.caveats) push(glossary.explainCaption(caveat));

  const officeOf = new Map<string, string>();
  for (const { routingIndicator, office } of cable.addressedOffices ?? []) {
    const ri = routingIndicator.trim().toUpperCase();
    if (ri && office.trim() && !officeOf.has(ri)) officeOf.set(ri, office.trim());
  }
  for (const ri of cable.routingIndicators) {
    const lookup = glossary.explainRoutingIndicator(ri);
    const office = officeOf.get(lookup.code);
    // The cable names the office it routes to: that is evidence, but only for this RI in this cable.
    if (lookup.meaning === null && office !== undefined) {
      push({ code: lookup.code, kind: 'routing-indicator', meaning: office, source: ADDRESS_LINE_SOURCE, confidence: 'medium' });
    } else {
      push(lookup);
    }
  }
  return results;
}

/** The year of a cable from an ISO DTG ("2009-03-31T11:53Z") or, failing that, a Cablegate/PlusD ID ("09ASTANA559", "1974ATHENS02959"). */
export function cableYearOf(dtg: string | null | undefined, id: string | null | undefined): number | null {
  const fromDtg = dtg ? /^(\d{4})-/.exec(dtg)?.[1] : undefined;
  if (fromDtg) return Number(fromDtg);
  const plusd = id ? /^(19\d\d|20[01]\d)[A-Z]/.exec(id)?.[1] : undefined;
  if (plusd) return Number(plusd);
  const twoDigits = id ? /^(\d\d)[A-Z]/.exec(id)?.[1] : undefined;
  if (twoDigits === undefined) return null;
  const yy = Number(twoDigits);
  // Cablegate runs from 1966 to 2010: 66–99 are 19xx, 00–10 are 20xx.
  return yy >= 66 ? 1900 + yy : yy <= 10 ? 2000 + yy : null;
}
