/**
 * The "How to read a cable" guide as data: which glossary entries each section shows, in reading
 * order. Built from the packaged glossary data, so the guide and the overlay's explanations never
 * disagree; a code the glossary adds later shows up here after the listed ones.
 */
import { createGlossary } from '../../utils/glossary/create-glossary.ts';
import type { Confidence, Explanation, GlossaryData } from '../../utils/glossary/types.ts';
import type { MessageKey } from '../../utils/i18n.ts';

type DataEntry = GlossaryData['formats'][string];

export interface GuideEntry {
  code: string;
  meaning: string;
  source: string;
  confidence: Confidence;
}

export interface GuideList {
  /** Sub-heading, when a section holds more than one list. */
  heading: MessageKey | null;
  entries: GuideEntry[];
}

export interface GuideSection {
  /** Fragment id of the section (`help.html#precedence`). */
  id: string;
  title: MessageKey;
  intro: MessageKey;
  lists: GuideList[];
}

export interface TagKindGuide {
  kind: 'subject' | 'program' | 'organization' | 'geographic' | 'person';
  title: MessageKey;
  rule: MessageKey;
  /** Codes of this kind the glossary explains; null for person TAGS, which explain themselves. */
  count: number | null;
  examples: GuideEntry[];
}

export interface HelpGuide {
  anatomy: MessageKey[];
  sections: GuideSection[];
  tagKinds: TagKindGuide[];
}

/** The parts of a cable in the order they appear. */
export const CABLE_ANATOMY: readonly MessageKey[] = [
  'help_anatomy_routing',
  'help_anatomy_classification',
  'help_anatomy_eo',
  'help_anatomy_tags',
  'help_anatomy_subject',
  'help_anatomy_classified_by',
  'help_anatomy_paragraphs',
];

/** Format items in the order a reader meets them, from the first header line to the end of message. */
const FORMAT_ORDER = [
  'VZCZC',
  'ZCZC',
  'DE',
  'RI',
  'ZNR',
  'ZNY',
  'ZZH',
  'DTG',
  'Z',
  'FM',
  'TO',
  'INFO',
  'XMT',
  'PLA',
  'BT',
  'SECTION',
  'TAGS',
  'MRN',
  'DECL',
  'DNG',
  'OADR',
  'N/A',
  'NNNN',
];
/** Precedences from the most urgent; the prosign letters are explained in the section's intro. */
const PRECEDENCE_ORDER = ['FLASH', 'IMMEDIATE', 'NIACT IMMEDIATE', 'PRIORITY', 'ROUTINE'];
const LEVEL_ORDER = [
  'TOP SECRET',
  'SECRET',
  'CONFIDENTIAL',
  'RESTRICTED',
  'LIMITED OFFICIAL USE',
  'SBU',
  'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
  'UNCLASSIFIED',
  'UNCLAS',
];
const PORTION_MARK_ORDER = ['TS', 'S', 'C', 'SBU N', 'U'];

/** Tag examples a reader meets often, with the year whose table explains them. */
const TAG_EXAMPLES: Record<TagKindGuide['kind'], readonly (readonly [code: string, year: number])[]> = {
  subject: [
    ['PGOV', 2009],
    ['PREL', 2009],
    ['EFIN', 2009],
  ],
  program: [
    ['KDEM', 2009],
    ['KNNP', 2009],
  ],
  organization: [
    ['NATO', 2009],
    ['IAEA', 2009],
  ],
  geographic: [
    ['KZ', 2009],
    ['IR', 1975],
  ],
  person: [['CLINTON, HILLARY', 2009]],
};

const TAG_KIND_TEXT: Record<TagKindGuide['kind'], { title: MessageKey; rule: MessageKey }> = {
  subject: { title: 'help_tag_subject', rule: 'help_tag_subject_rule' },
  program: { title: 'help_tag_program', rule: 'help_tag_program_rule' },
  organization: { title: 'help_tag_organization', rule: 'help_tag_organization_rule' },
  geographic: { title: 'help_tag_geographic', rule: 'help_tag_geographic_rule' },
  person: { title: 'help_tag_person', rule: 'help_tag_person_rule' },
};

function entryOf(data: GlossaryData, code: string, [meaning, source, confidence]: DataEntry): GuideEntry {
  return { code, meaning, source: data.sources[source] ?? '', confidence };
}

/** The table's entries: `order` first (those present), then any others alphabetically. */
function ordered(
  data: GlossaryData,
  table: Record<string, DataEntry>,
  order: readonly string[],
  include = (_code: string) => true,
): GuideEntry[] {
  const listed = order.filter((code) => code in table);
  const rest = Object.keys(table)
    .filter((code) => !order.includes(code) && include(code))
    .sort();
  return [...listed, ...rest].map((code) => entryOf(data, code, table[code]!));
}

function tagKinds(data: GlossaryData): TagKindGuide[] {
  const glossary = createGlossary(data);
  const countOf = (kind: string) => Object.values(data.tags).filter((record) => record.kind === kind).length;
  const geographic = new Set([...Object.keys(data.geographic1974), ...Object.keys(data.geographicCablegate)]).size;
  const counts: Record<TagKindGuide['kind'], number | null> = {
    subject: countOf('subject-tag'),
    program: countOf('program-tag'),
    organization: countOf('organization-tag'),
    geographic,
    person: null,
  };
  const kinds = Object.keys(TAG_EXAMPLES) as TagKindGuide['kind'][];
  return kinds.map((kind) => ({
    kind,
    ...TAG_KIND_TEXT[kind],
    count: counts[kind],
    examples: TAG_EXAMPLES[kind]
      .map(([code, year]) => glossary.explainTag(code, { year }))
      .filter((lookup): lookup is Explanation => lookup.meaning !== null)
      .map(({ code, meaning, source, confidence }) => ({ code, meaning, source, confidence })),
  }));
}

export function buildHelpGuide(data: GlossaryData): HelpGuide {
  const isPortionMark = (code: string) => PORTION_MARK_ORDER.includes(code);
  const byNumber = Object.keys(data.executiveOrders).sort((a, b) => Number(a) - Number(b));
  return {
    anatomy: [...CABLE_ANATOMY],
    sections: [
      {
        id: 'format',
        title: 'help_format_title',
        intro: 'help_format_intro',
        lists: [{ heading: null, entries: ordered(data, data.formats, FORMAT_ORDER) }],
      },
      {
        id: 'precedence',
        title: 'help_precedence_title',
        intro: 'help_precedence_intro',
        lists: [{ heading: null, entries: ordered(data, data.precedences, PRECEDENCE_ORDER, () => false) }],
      },
      {
        id: 'classification',
        title: 'help_classification_title',
        intro: 'help_classification_intro',
        lists: [
          {
            heading: 'help_classification_levels',
            entries: ordered(data, data.classifications, LEVEL_ORDER, (code) => !isPortionMark(code)),
          },
          { heading: 'help_portion_marks', entries: ordered(data, data.classifications, PORTION_MARK_ORDER, () => false) },
        ],
      },
      {
        id: 'captions',
        title: 'help_captions_title',
        intro: 'help_captions_intro',
        lists: [{ heading: null, entries: ordered(data, data.captions, []) }],
      },
      {
        id: 'orders',
        title: 'help_orders_title',
        intro: 'help_orders_intro',
        lists: [
          { heading: null, entries: ordered(data, data.executiveOrders, byNumber) },
          { heading: 'help_reasons_1995', entries: ordered(data, data.reasons1995, []) },
          { heading: 'help_reasons_2003', entries: ordered(data, data.reasons2003, []) },
          { heading: 'help_reasons_2010', entries: ordered(data, data.reasons2010, []) },
        ],
      },
    ],
    tagKinds: tagKinds(data),
  };
}
