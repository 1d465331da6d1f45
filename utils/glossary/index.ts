/**
 * Cable Lens glossary: explains TAGS, routing indicators, captions, precedences, classifications,
 * executive orders, classification reasons and format items, each with its source and confidence.
 *
 * This module holds no data. The extension ships the data (~200 KiB of JSON) as a packaged file and
 * builds the lookups with `createGlossary` (utils/glossary-channel.ts); `loadGlossary()` is the same
 * for bundled code that can split chunks (a dynamic import), and Node scripts.
 */
import { createGlossary } from './create-glossary.ts';
import type { Glossary, GlossaryData } from './types.ts';

export type {
  Confidence,
  Explanation,
  Glossary,
  GlossaryData,
  GlossaryKind,
  Lookup,
  NoExplanation,
  TagContext,
} from './types.ts';
export { createGlossary, NO_EXPLANATION_FOUND } from './create-glossary.ts';
export { cableYearOf, explainCable, type CableMarkings } from './explain-cable.ts';
export { markingsOf, type MarkedCable } from './cable-markings.ts';
export { toExplanationRecord, type ExplanationRecord } from './explanation-record.ts';

let loading: Promise<Glossary> | undefined;

/** Loads the glossary data once (lazily) and returns the lookups. */
export function loadGlossary(): Promise<Glossary> {
  loading ??= import('./data/glossary-data.json')
    .then((module) => createGlossary(module.default as unknown as GlossaryData))
    .catch((error: unknown) => {
      loading = undefined; // let a later call retry instead of caching the failure
      throw error;
    });
  return loading;
}
