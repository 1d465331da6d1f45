/**
 * One entry of the `explanations` array of `cable parse --explain`: the same five keys for every
 * marking, so JSON consumers need no type test. A marking we cannot explain keeps `meaning`,
 * `source` and `confidence` null and says why in `reason` ("no explanation found").
 */
import type { Confidence, GlossaryKind, Lookup } from './types.ts';

export type ExplanationRecord =
  | { code: string; kind: GlossaryKind; meaning: string; source: string; confidence: Confidence }
  | { code: string; kind: GlossaryKind | 'unknown'; meaning: null; source: null; confidence: null; reason: string };

export function toExplanationRecord(lookup: Lookup): ExplanationRecord {
  if (lookup.meaning === null) {
    return { code: lookup.code, kind: lookup.kind, meaning: null, source: null, confidence: null, reason: lookup.reason };
  }
  return { code: lookup.code, kind: lookup.kind, meaning: lookup.meaning, source: lookup.source, confidence: lookup.confidence };
}
