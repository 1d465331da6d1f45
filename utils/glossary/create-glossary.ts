/**
 * The glossary lookups over already-loaded data. Synchronous and DOM-free, so Node (CLI, tests) can
 * use it directly; the extension builds it from the packaged data (utils/glossary-channel.ts).
 */
import { geographicEraOf } from './geographic-era.ts';
import { personNameOf } from './person-tag.ts';
import { normalizeTagCode, tagShapeOf } from './tag-kind.ts';
import type {
  Confidence,
  DataEntry,
  Explanation,
  GeoEntry,
  Glossary,
  GlossaryData,
  GlossaryKind,
  Lookup,
  NoExplanation,
  TagContext,
} from './types.ts';

export const NO_EXPLANATION_FOUND = 'no explanation found';

const PERSON_TAG_SOURCE = 'The cable’s own TAGS line: a person tag names the person the cable is about';

/** Plain-language synonyms some texts spell out instead of the short marking. */
const CAPTION_ALIASES: Record<string, string> = {
  'SENSITIVE BUT UNCLASSIFIED': 'SBU',
  'NOT RELEASABLE TO FOREIGN NATIONALS': 'NOFORN',
  'FOR OFFICIAL USE ONLY': 'FOUO',
};

const PRECEDENCE_NAMES: Record<string, string> = { Z: 'FLASH', O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' };

const CONFIDENCE_ORDER: Confidence[] = ['low', 'medium', 'high'];

function lowest(confidences: Confidence[]): Confidence {
  return confidences.reduce((a, b) => (CONFIDENCE_ORDER.indexOf(a) <= CONFIDENCE_ORDER.indexOf(b) ? a : b), 'high');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Upper-case, single spaces, no surrounding parentheses or trailing punctuation. */
function normalizeMarking(text: string): string {
  let marking = text.trim().toUpperCase().replace(/\s+/g, ' ');
  marking = marking
    .replace(/^\(+/, '')
    .replace(/\)+$/, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  // Spaced-out letters, as in "C O N F I D E N T I A L" or "S I P D I S".
  if (/^(?:[A-Z] )+[A-Z]$/.test(marking)) marking = marking.replace(/ /g, '');
  return marking;
}

export function createGlossary(data: GlossaryData): Glossary {
  const sourceOf = (index: number): string => data.sources[index] ?? 'unknown source';

  const explained = (code: string, kind: GlossaryKind, entry: DataEntry | GeoEntry): Explanation => ({
    code,
    kind,
    meaning: entry[0],
    source: sourceOf(entry[1]),
    confidence: entry[2],
  });
  const notExplained = (code: string, kind: GlossaryKind | 'unknown'): NoExplanation => ({
    code,
    kind,
    meaning: null,
    reason: NO_EXPLANATION_FOUND,
  });
  // Own-property lookup only: codes come from page text, and "constructor" must not hit Object.prototype.
  const lookup = <T>(table: Record<string, T>, key: string): T | undefined =>
    Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

  /** Several parts explained together (e.g. SECRET//NOFORN); unknown if any part is unknown. */
  const combined = (code: string, kind: GlossaryKind, parts: Lookup[]): Lookup => {
    const found = parts.filter((part): part is Explanation => part.meaning !== null);
    if (found.length !== parts.length || found.length === 0) return notExplained(code, kind);
    return {
      code,
      kind,
      meaning: found.map((part) => part.meaning).join('; '),
      source: unique(found.flatMap((part) => part.source.split('; '))).join('; '),
      confidence: lowest(found.map((part) => part.confidence)),
    };
  };

  function explainTag(code: string, context: TagContext): Lookup {
    // Trailing separators ("PREL," in comma-separated TAGS lines) must not make a code look like a person.
    const raw = code
      .trim()
      .replace(/[.,;:]+$/, '')
      .trim();
    const shape = tagShapeOf(raw);
    if (raw === '') return notExplained(raw, 'unknown');
    if (shape === 'person') {
      return { code: raw, kind: 'person-tag', meaning: `Person tag: ${personNameOf(raw)}`, source: PERSON_TAG_SOURCE, confidence: 'high' };
    }
    const tag = normalizeTagCode(raw);
    const era = geographicEraOf(context.year);
    const record = lookup(data.tags, tag);
    const wording = record ? (era === '1974-handbook' && record.era1970s ? record.era1970s : record.current) : undefined;

    if (shape === 'geographic') {
      const table = era === '1974-handbook' ? data.geographic1974 : data.geographicCablegate;
      const geo = lookup(table, tag);
      if (geo) return explained(tag, geo[3] ?? 'geographic-tag', geo);
      // A few two-letter codes are organizations (DC, EP, RL …), not places.
      if (record && wording) return explained(tag, record.kind, wording);
      return notExplained(tag, 'geographic-tag');
    }
    if (record && wording) return explained(tag, record.kind, wording);
    if (shape === 'program') return notExplained(tag, 'program-tag');
    return notExplained(tag, lookup(data.tagKindsWithoutMeaning, tag) ?? 'unknown');
  }

  function explainRoutingIndicator(ri: string): Lookup {
    const code = ri.trim().toUpperCase();
    const entry = lookup(data.routingIndicators, code);
    if (entry) return explained(code, 'routing-indicator', entry);
    return notExplained(code, /^[A-Z]{4,8}$/.test(code) ? 'routing-indicator' : 'unknown');
  }

  function explainCaption(caption: string): Lookup {
    const marking = normalizeMarking(caption);
    const key = lookup(CAPTION_ALIASES, marking) ?? marking;
    const release = /^REL(?: TO)? (.+)$/.exec(key);
    const releaseEntry = lookup(data.captions, 'REL TO');
    if (release?.[1] && releaseEntry) {
      return { ...explained(marking, 'caption', releaseEntry), meaning: `${releaseEntry[0]}: ${release[1]}` };
    }
    const entry = lookup(data.captions, key);
    return entry ? explained(marking, 'caption', entry) : notExplained(marking, 'caption');
  }

  function explainPrecedence(p: string): Lookup {
    const code = p.trim().toUpperCase().replace(/\s+/g, ' ');
    const entry = lookup(data.precedences, code);
    if (entry) return explained(code, 'precedence', entry);
    // Dual precedence in the DTG line, e.g. "P R": action addressees first, information addressees second (ACP 127 §152).
    const dual = /^([ZOPR]) ([ZOPR])$/.exec(code);
    if (dual?.[1] && dual[2]) {
      const both = combined(code, 'precedence', [explainPrecedence(dual[1]), explainPrecedence(dual[2])]);
      if (both.meaning !== null) {
        const action = PRECEDENCE_NAMES[dual[1]] ?? dual[1];
        const information = PRECEDENCE_NAMES[dual[2]] ?? dual[2];
        return { ...both, meaning: `Dual precedence: ${action} for the action addressees, ${information} for the information addressees` };
      }
    }
    return notExplained(code, 'precedence');
  }

  const classificationPart = (part: string): Lookup => {
    const key = part === 'SBU/N' ? 'SBU N' : part;
    const entry = lookup(data.classifications, key);
    if (entry) return explained(key, 'classification', entry);
    return explainCaption(key);
  };

  function explainClassification(level: string): Lookup {
    const code = normalizeMarking(level).replace(/^SBU\/N$/, 'SBU N');
    const whole = lookup(data.classifications, code);
    if (whole) return explained(code, 'classification', whole);
    const parts = code
      .split(/\/\/?/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    if (parts.length < 2) return notExplained(code, 'classification');
    return combined(code, 'classification', parts.map(classificationPart));
  }

  function explainExecutiveOrder(order: string): Lookup {
    const digits = /\d{5}/.exec(order)?.[0];
    const entry = digits ? lookup(data.executiveOrders, digits) : undefined;
    return entry && digits ? explained(digits, 'executive-order', entry) : notExplained(order.trim(), 'executive-order');
  }

  function explainReason(letter: string, section?: '1.4' | '1.5', context?: TagContext): Lookup {
    const key = letter.replace(/[\s().]/g, '').toUpperCase();
    const year = context?.year ?? null;
    const chosenSection = section ?? (year !== null && year < 2003 ? '1.5' : '1.4');
    const code = `${chosenSection}(${key.toLowerCase()})`;
    if (!/^[A-H]$/.test(key)) return notExplained(code, 'reason');
    // E.O. 13292 (2003) moved the reasons to §1.4; E.O. 13526 took effect on 27 June 2010, so
    // Cablegate cables (to early 2010) still cite E.O. 12958 as amended — use 13526's text from 2011 on.
    const table = chosenSection === '1.5' ? data.reasons1995 : year !== null && year >= 2011 ? data.reasons2010 : data.reasons2003;
    const entry = lookup(table, key);
    return entry ? explained(code, 'reason', entry) : notExplained(code, 'reason');
  }

  function explainFormat(item: string): Lookup {
    const text = item.trim().toUpperCase().replace(/\s+/g, ' ');
    const dtg = /^(?:[ZOPRY] ){0,2}(\d{2})(\d{2})(\d{2}) ?Z ?([A-Z]{3})(?: (\d{2}|\d{4}))?$/.exec(text);
    const dtgEntry = lookup(data.formats, 'DTG');
    if (dtg && dtgEntry) {
      const [, day, hour, minute, month, year] = dtg;
      const when = `day ${day}, ${hour}:${minute} GMT, ${month}${year ? ` ${year}` : ''}`;
      return { ...explained(text, 'format', dtgEntry), meaning: `${dtgEntry[0]}. Here: ${when}` };
    }
    if (text.startsWith('VZCZC')) {
      const entry = lookup(data.formats, 'VZCZC');
      if (entry) return explained(text, 'format', entry);
    }
    const direct = lookup(data.formats, text);
    if (direct) return explained(text, 'format', direct);
    const firstWord = text.split(' ')[0]?.replace(/:$/, '') ?? '';
    const byFirstWord = firstWord !== text ? lookup(data.formats, firstWord) : undefined;
    if (byFirstWord) return explained(firstWord, 'format', byFirstWord);
    return notExplained(text, 'format');
  }

  return {
    explainTag,
    explainRoutingIndicator,
    explainCaption,
    explainPrecedence,
    explainClassification,
    explainExecutiveOrder,
    explainReason,
    explainFormat,
  };
}
