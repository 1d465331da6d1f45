// The typed, lossless document model every consumer (overlay, CLI, tests) reads.
// Offsets are UTF-16 indices into `CableDocument.input`; nothing here is ever re-parsed from strings.

/** Half-open range [start, end) of UTF-16 offsets into the original input. */
export interface Span {
  start: number;
  end: number;
}

/** A parser finding about odd or unknown input; never an exception. */
export interface Diagnostic {
  /** Stable rule name, e.g. `unknown-line`, `unclosed-block`. */
  ruleId: string;
  message: string;
  span: Span;
}

/** The mirrors' own classification vocabulary (viewer metadata table). */
export type Classification =
  | 'UNCLASSIFIED'
  | 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'
  | 'LIMITED OFFICIAL USE'
  | 'CONFIDENTIAL'
  | 'CONFIDENTIAL//NOFORN'
  | 'SECRET'
  | 'SECRET//NOFORN'
  | 'TOP SECRET';

/** Bare level as written on a classification line (spacing and case folded). */
export type ClassificationLevel = 'UNCLASSIFIED' | 'LIMITED OFFICIAL USE' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';

/** Portion marking of a paragraph or subject, e.g. raw `(C//NF)` → level `C//NF`. */
export interface PortionMarking {
  /** Exactly as written, with parentheses. */
  raw: string;
  /** Normalised: U, SBU, SBU//NF, LOU, C, C//NF, S, S//NF, TS, TS//NF, or the folded raw text when unknown. */
  level: string;
  span: Span;
}

/** Precedence words of ACP-127 (prosign letters Z/O/P/R). */
export type Precedence = 'FLASH' | 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE' | 'NIACT IMMEDIATE' | 'EMERGENCY';

/** One TO/INFO addressee, e.g. `RUEHC/SECSTATE WASHDC IMMEDIATE 5061`. */
export interface Addressee {
  routingIndicator: string | null;
  office: string;
  precedence: Precedence | null;
  /** Message-count serial at the end of the address line, as written (`5061`). */
  serial: string | null;
  span: Span;
}

/** Decoded `DE RUEHTA #0559/01 0901153`. */
export interface DeLine {
  station: string;
  serial: string;
  section: number | null;
  julianDay: number;
  /** `hhmm` as written. */
  time: string;
}

/** Decoded date-time group `O 311153Z MAR 09`. */
export interface DateTimeGroup {
  /** Prosign letters in order, e.g. ['O'] or ['P', 'R']. */
  precedenceLetters: string[];
  /** `2009-03-31T11:53Z` (two-digit years 40–99 → 19xx). */
  iso: string;
  year: number;
}

/** One physical line of the routing header, decoded. */
export type HeaderLine =
  | { kind: 'transmissionId'; span: Span; text: string }
  | { kind: 'routing'; span: Span; precedence: string; routingIndicators: string[] }
  | { kind: 'routingContinuation'; span: Span; routingIndicators: string[] }
  | { kind: 'de'; span: Span; de: DeLine }
  | { kind: 'zn'; span: Span; text: string; warning: 'UUUUU' | 'CCCCC' | 'SSSSS' | 'EEEEE' }
  | { kind: 'dtg'; span: Span; dtg: DateTimeGroup; text: string }
  | { kind: 'from'; span: Span; office: string }
  | { kind: 'to' | 'info'; span: Span; addressees: Addressee[] }
  | { kind: 'addresseeContinuation'; span: Span; list: 'to' | 'info'; addressees: Addressee[] }
  | { kind: 'prosign'; span: Span; text: 'BT' | 'NNNN' | 'NNN' | 'XMT' }
  /** 1970s `PAGE 01  ATHENS 02959  171944Z`. */
  | { kind: 'page'; span: Span; page: number; origin: string; serial: string }
  /** 1970s/State `ACTION EUR-25`, `INFO OCT-01 EA-11 …`, `/096 W`. */
  | { kind: 'officeCodes'; span: Span; label: 'ACTION' | 'INFO' | 'ORIGIN' | null; codes: string[] }
  /** Dashed serial line `---------------------     064536`, `DRAFTED BY …`, the lone `11`, etc. */
  | { kind: 'other'; span: Span; text: string }
  | { kind: 'blank'; span: Span };

export interface RoutingHeaderNode {
  kind: 'routingHeader';
  span: Span;
  lines: HeaderLine[];
  dtg: DateTimeGroup | null;
  from: string | null;
  to: Addressee[];
  info: Addressee[];
}

export interface ClassificationLineNode {
  kind: 'classificationLine';
  span: Span;
  level: ClassificationLevel;
  /** Letters were written spaced out (`C O N F I D E N T I A L`). */
  spaced: boolean;
  /** Caveats written on the line itself (`NOFORN`, `EFTO`). */
  caveats: string[];
  section: { n: number; of: number } | null;
  /** Origin as written on the line (`ASTANA`, `NEW DELHI`), null for a bare banner. */
  origin: string | null;
  serial: string | null;
}

/** SIPDIS, NOFORN, SENSITIVE, NODIS, EXDIS, LIMDIS, STADIS, CORRECTED COPY, SECRET//NOFORN, … */
export interface CaptionNode {
  kind: 'caption';
  span: Span;
  /** Upper-cased, spacing folded, e.g. `SIPDIS`, `CORRECTED COPY`. */
  captions: string[];
}

/** `STATE FOR SCA/CEN, DRL, INL/AAE`, `DEPT PASS USTDA` — who should see the cable. */
export interface PassingLineNode {
  kind: 'passingLine';
  span: Span;
  text: string;
}

export interface DeclassificationNode {
  kind: 'declassification';
  span: Span;
  /** Executive order number, e.g. `12958`, `11652`. */
  order: string | null;
  /** Value after `DECL:` as written (`03/31/2019`, `N/A`, `GDS`, `OADR`). */
  value: string;
  /** ISO date when the value is a date (`2019-03-31`), else null. */
  date: string | null;
}

export type TagKind = 'geo' | 'person' | 'program' | 'subject-or-org';

export interface Tag {
  /** Upper-cased as written (`PGOV`, `CLINTON, HILLARY`). */
  code: string;
  kind: TagKind;
  span: Span;
}

export interface TagsNode {
  kind: 'tags';
  span: Span;
  tags: Tag[];
}

export interface SubjectNode {
  kind: 'subject';
  span: Span;
  /** One line, whitespace folded, without the portion marking. */
  text: string;
  marking: PortionMarking | null;
}

export interface Reference {
  /** `A`, `B` … or null for a single reference. */
  letter: string | null;
  text: string;
  /** Canonical cable ID (`07TBILISI1605`) or null for non-cable references. */
  id: string | null;
  span: Span;
}

export interface ReferencesNode {
  kind: 'references';
  span: Span;
  references: Reference[];
}

export interface ClassifiedByNode {
  kind: 'classifiedBy';
  span: Span;
  /** Who classified, e.g. `Ambassador Richard E. Hoagland`. */
  who: string;
  /** `1.4` or `1.5` when stated. */
  authority: string | null;
  /** Lower-case reason letters in order, e.g. ['b', 'd']. */
  reasons: string[];
  marking: PortionMarking | null;
}

/** A piece of the reading flow; spans map each piece back to the source. */
export type InlineSegment =
  | { kind: 'text'; text: string; span: Span }
  /** Soft line wrap rendered as `text` (a space, or '' when a split word is re-joined). */
  | { kind: 'softBreak'; text: string; span: Span }
  | { kind: 'marking'; text: string; marking: PortionMarking; span: Span }
  /** Page-break noise (and blank lines around it): not part of the reading text. */
  | { kind: 'pageBreak'; text: string; span: Span }
  /** Caption injected mid-sentence (SIPDIS). */
  | { kind: 'caption'; text: string; span: Span }
  /** Block marker inside a paragraph: `Summary:`, `End Summary.`, `Comment:`. */
  | { kind: 'marker'; text: string; span: Span };

export interface SubParagraph {
  /** `a`, `b` … (lower-cased) for lettered items, `--` for dashed items, null for a further text block. */
  label: string | null;
  marking: PortionMarking | null;
  span: Span;
  segments: InlineSegment[];
}

export interface ParagraphNode {
  kind: 'paragraph';
  span: Span;
  /** Paragraph number, null for an unnumbered paragraph. */
  number: number | null;
  marking: PortionMarking | null;
  /** Text before the first sub-paragraph. */
  segments: InlineSegment[];
  subParagraphs: SubParagraph[];
  /** Reading text: segments joined, page-break noise removed, split words joined. */
  text: string;
}

export type BlockKind = 'summary' | 'comment' | 'quotedText' | 'note';

export interface BlockNode {
  kind: 'block';
  span: Span;
  blockKind: BlockKind;
  /** Closed by its END marker (false: ran to the end of its parent). */
  closed: boolean;
  /** Nodes inside the block; their spans tile the block's span. */
  children: CableNode[];
}

/** A heading underlined with dashes (`GROWING CONCERN` / `-----`). */
export interface HeadingNode {
  kind: 'heading';
  span: Span;
  text: string;
}

export interface SignatureNode {
  kind: 'signature';
  span: Span;
  text: string;
}

export interface PageBreakNode {
  kind: 'pageBreak';
  span: Span;
  /** Page number when stated (`002 OF 002` → 2). */
  page: number | null;
  of: number | null;
}

/** Another record glued to the body: a cables.csv row or a duplicated header block. */
export interface AppendedRecordNode {
  kind: 'appendedRecord';
  span: Span;
  /** `csvRow` (a foreign cables.csv row) or `duplicate` (this cable's header repeated). */
  recordKind: 'csvRow' | 'duplicate';
  /** Cable ID named by the record, when found. */
  id: string | null;
}

/** `This record is a partial extract of the original cable…` */
export interface PartialExtractNode {
  kind: 'partialExtract';
  span: Span;
  text: string;
}

/** A line of dashes on its own (`--------- ----`), e.g. around an archive note. */
export interface RuleNode {
  kind: 'rule';
  span: Span;
}

/** End-of-message prosigns in the body: `NNNN`, `NNN`, `BT`. */
export interface EndOfMessageNode {
  kind: 'endOfMessage';
  span: Span;
  text: string;
}

export interface BlankNode {
  kind: 'blank';
  span: Span;
}

/** Unknown text kept verbatim (with a diagnostic). */
export interface TextNode {
  kind: 'text';
  span: Span;
  text: string;
}

export type CableNode =
  | RoutingHeaderNode
  | ClassificationLineNode
  | CaptionNode
  | PassingLineNode
  | DeclassificationNode
  | TagsNode
  | SubjectNode
  | ReferencesNode
  | ClassifiedByNode
  | ParagraphNode
  | BlockNode
  | HeadingNode
  | SignatureNode
  | PageBreakNode
  | AppendedRecordNode
  | PartialExtractNode
  | RuleNode
  | EndOfMessageNode
  | BlankNode
  | TextNode;

export type CableNodeKind = CableNode['kind'];

export interface ParagraphSummary {
  number: number;
  /** Normalised marking level (`SBU`, `C//NF`) or null. */
  marking: string | null;
}

/** Facts derived from the nodes; also the CLI's JSON keys. */
export interface CableFacts {
  /** `09ASTANA559`; a page-given ID wins. */
  id: string | null;
  classification: Classification | null;
  /** ISO `2009-03-31T11:53Z`. */
  dtg: string | null;
  /** Originating office, e.g. `AMEMBASSY ASTANA`. */
  origin: string | null;
  /** FM line as written (null when no FM line). */
  from: string | null;
  to: string[];
  info: string[];
  /** Upper-cased captions (SIPDIS, NOFORN, SENSITIVE, …) in order, unique. */
  caveats: string[];
  tags: string[];
  subject: string | null;
  subjectMarking: string | null;
  references: Array<{ text: string; id: string | null }>;
  classifiedBy: string | null;
  reasons: string[];
  declassify: string | null;
  paragraphs: ParagraphSummary[];
  signature: string | null;
}

export interface CableDocument extends CableFacts {
  /** Exactly the string passed to parseCable. */
  input: string;
  /** Top-level nodes; their spans tile `input` exactly, in order. */
  nodes: CableNode[];
  diagnostics: Diagnostic[];
  /** True when something cable-like (header, classification line, E.O./TAGS/SUBJECT) was found. */
  isCable: boolean;
}
