/**
 * `npm run glossary:coverage`: over every cable in ../shared/corpus, the share of TAG occurrences,
 * routing-indicator occurrences and caption occurrences that get an explanation, by confidence,
 * with the commonest unexplained codes. Goals (issue 5): ≥ 95 % of TAGS, ≥ 98 % of RIs.
 *
 * Markings come from the parser (`parseCable` + `markingsOf`), exactly as `cable parse --explain`
 * sees them; pages are read through the CLI's page seam.
 */
import { parseCable } from '../utils/cable/index.ts';
import { markingsOf } from '../utils/glossary/cable-markings.ts';
import { explainCable } from '../utils/glossary/explain-cable.ts';
import { loadGlossary, type Glossary, type Lookup } from '../utils/glossary/index.ts';
import { readCorpusCables } from './glossary/read-corpus-cables.ts';

interface Tally {
  total: number;
  byConfidence: Record<'high' | 'medium' | 'low', number>;
  unexplained: Map<string, number>;
}

const newTally = (): Tally => ({ total: 0, byConfidence: { high: 0, medium: 0, low: 0 }, unexplained: new Map() });

function count(tally: Tally, lookup: Lookup): void {
  tally.total++;
  if (lookup.meaning === null) tally.unexplained.set(lookup.code, (tally.unexplained.get(lookup.code) ?? 0) + 1);
  else tally.byConfidence[lookup.confidence]++;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

function report(name: string, tally: Tally, goal: number | null): void {
  const explained = tally.byConfidence.high + tally.byConfidence.medium + tally.byConfidence.low;
  const share = tally.total === 0 ? 0 : explained / tally.total;
  const verdict = goal === null ? '' : share >= goal ? `  (goal ≥ ${goal * 100}%: met)` : `  (goal ≥ ${goal * 100}%: NOT met)`;
  console.log(`${name}: ${explained}/${tally.total} explained = ${percent(explained, tally.total)}${verdict}`);
  console.log(
    `  by confidence: high ${percent(tally.byConfidence.high, tally.total)}, medium ${percent(tally.byConfidence.medium, tally.total)}, low ${percent(tally.byConfidence.low, tally.total)}`,
  );
  const commonest = [...tally.unexplained.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15);
  if (commonest.length > 0) console.log(`  commonest unexplained: ${commonest.map(([code, n]) => `${code} ×${n}`).join(', ')}`);
}

function measure(glossary: Glossary): void {
  const { cables, withoutCable } = readCorpusCables();
  const notCables: string[] = [];
  // Without a year (no DTG decoded, no ID) geographic TAGS are read with the Cablegate-era table.
  const withoutYear: string[] = [];
  const tags = newTally();
  const captions = newTally();
  const routing = newTally();
  const routingAcp117Only = newTally();
  for (const cable of cables) {
    const document = parseCable(cable.text, cable.id === '' ? {} : { id: cable.id });
    if (!document.isCable) {
      notCables.push(cable.path);
      continue;
    }
    const markings = markingsOf(document);
    if (markings.year === null) withoutYear.push(cable.path);
    for (const tag of markings.tags) count(tags, glossary.explainTag(tag, { year: markings.year }));
    for (const caption of markings.caveats) count(captions, glossary.explainCaption(caption));
    // Occurrences, not distinct codes: explainCable de-duplicates, so explain each RI on its own
    // (with the cable's own RI/office pairs as the fallback evidence explainCable uses).
    for (const ri of markings.routingIndicators) {
      const [lookup] = explainCable({ ...markings, tags: [], caveats: [], routingIndicators: [ri] }, glossary);
      if (lookup) count(routing, lookup);
      count(routingAcp117Only, glossary.explainRoutingIndicator(ri));
    }
  }
  console.log(
    `corpus: ${cables.length - notCables.length} cables parsed from ../shared/corpus (texts/ files + pages through the mirror adapters)`,
  );
  if (withoutCable.length > 0) console.log(`  pages where the mirror adapters found no cable: ${withoutCable.join(', ')}`);
  if (notCables.length > 0) console.log(`  texts the parser did not recognise as a cable: ${notCables.join(', ')}`);
  if (withoutYear.length > 0) console.log(`  cables without a year (read as Cablegate era): ${withoutYear.join(', ')}`);
  report('TAGS occurrences', tags, 0.95);
  report('routing-indicator occurrences (glossary + the cable’s own RI/office pairs)', routing, 0.98);
  report('routing-indicator occurrences (glossary tables alone)', routingAcp117Only, null);
  report('caveat occurrences (captions before the body and on the classification line)', captions, null);
}

measure(await loadGlossary());
