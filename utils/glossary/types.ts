/**
 * Public types of the glossary and the shape of its generated data.
 * Kept apart from index.ts so the data compiler (scripts/glossary/) and the lookups share one
 * definition without importing the lazy loader.
 */

export type GlossaryKind =
  | 'subject-tag'
  | 'program-tag'
  | 'organization-tag'
  | 'geographic-tag'
  | 'person-tag'
  | 'routing-indicator'
  | 'caption'
  | 'precedence'
  | 'classification'
  | 'executive-order'
  | 'reason'
  | 'format';

export type Confidence = 'high' | 'medium' | 'low';

/** A marking we can explain, with where the explanation comes from. */
export interface Explanation {
  code: string;
  kind: GlossaryKind;
  meaning: string;
  source: string;
  confidence: Confidence;
}

/** A marking we cannot explain: said explicitly, never guessed. */
export interface NoExplanation {
  code: string;
  kind: GlossaryKind | 'unknown';
  meaning: null;
  reason: string;
}

export type Lookup = Explanation | NoExplanation;

/** Cable date context: the year decides which geographic TAGS table applies. */
export interface TagContext {
  year: number | null;
}

export interface Glossary {
  explainTag(code: string, context: TagContext): Lookup;
  explainRoutingIndicator(ri: string): Lookup;
  /** SIPDIS, NOFORN, SENSITIVE, NODIS, EXDIS, LIMDIS, ORCON, REL TO … */
  explainCaption(caption: string): Lookup;
  /** FLASH/IMMEDIATE/PRIORITY/ROUTINE, NIACT IMMEDIATE, prosign letters Z/O/P/R and ZZ/OO/PP/RR. */
  explainPrecedence(p: string): Lookup;
  /** Levels (SECRET, C O N F I D E N T I A L, UNCLAS …), compounds (SECRET//NOFORN) and portion marks (C, S//NF). */
  explainClassification(level: string): Lookup;
  /** 12958, 13292, 13526, 12356, 12065, 11652 (also accepts "E.O. 12958"). */
  explainExecutiveOrder(order: string): Lookup;
  /**
   * A classification reason letter (a)–(h). Section 1.5 is the 1995 text of E.O. 12958; section 1.4
   * is E.O. 12958 as amended (2003–2009) or E.O. 13526 (cables from 2010), chosen by the year.
   */
  explainReason(letter: string, section?: '1.4' | '1.5', context?: TagContext): Lookup;
  /** Format items: DTG (or an actual date-time group), ZNR, ZNY, BT, NNNN, DECL, OADR, VZCZC, DE … */
  explainFormat(item: string): Lookup;
}

// ---- Generated data (utils/glossary/data/glossary-data.json, built by scripts/build-glossary.ts) ----

/** One explanation in the data: the meaning, an index into `GlossaryData.sources`, the confidence. */
export type DataEntry = readonly [meaning: string, source: number, confidence: Confidence];

export type NonGeographicTagKind = 'subject-tag' | 'program-tag' | 'organization-tag';

export interface TagRecord {
  kind: NonGeographicTagKind;
  /** Wording for cables from 1980 on (and for cables of unknown date). */
  current: DataEntry;
  /** Wording for 1973–79 cables, only when it differs from `current`. */
  era1970s?: DataEntry;
}

/** A geographic-table entry; a few two-letter codes were used for organizations (EU, UN). */
export type GeoEntry = readonly [meaning: string, source: number, confidence: Confidence, kind?: 'organization-tag'];

export interface GlossaryData {
  formatVersion: 1;
  /** Every citation, referenced by index from the entries. */
  sources: string[];
  /** Subject, program and organization TAGS. */
  tags: Record<string, TagRecord>;
  /** Codes known to be subject or organization TAGS (seen in Cablegate) although no meaning was found. */
  tagKindsWithoutMeaning: Record<string, NonGeographicTagKind>;
  /** Geographic TAGS of the 1974 handbook (cables up to 1979). */
  geographic1974: Record<string, GeoEntry>;
  /** Geographic TAGS of the Cablegate era (1980–2010): PlusD-observed, FIPS 10-4, corpus evidence. */
  geographicCablegate: Record<string, GeoEntry>;
  routingIndicators: Record<string, DataEntry>;
  captions: Record<string, DataEntry>;
  precedences: Record<string, DataEntry>;
  classifications: Record<string, DataEntry>;
  executiveOrders: Record<string, DataEntry>;
  /** E.O. 12958 (1995) section 1.5 reasons. */
  reasons1995: Record<string, DataEntry>;
  /** E.O. 12958 as amended by E.O. 13292 (2003–2009), section 1.4. */
  reasons2003: Record<string, DataEntry>;
  /** E.O. 13526 (2009/2010 on), section 1.4. */
  reasons2010: Record<string, DataEntry>;
  formats: Record<string, DataEntry>;
}
