/**
 * A deliberately minimal extractor of the markings the glossary explains (TAGS, captions, routing
 * indicators), for `glossary:coverage` while the real parser (utils/cable/) is being written.
 * It reads only: the TAGS line (and its continuation lines), standalone caption lines before
 * SUBJECT, and the routing header (routing line and its wraps, DE line, RI/OFFICE addressees).
 * Grammar after ../shared/research/cable-pages-and-grammar.md §4.1–4.5.
 */
import { cableYearOf, type CableMarkings } from '../../utils/glossary/explain-cable.ts';

const ROUTING_LINE = /^(?:ZZ|OO|PP|RR|NN|[ZOPRM]{1,2}) ((?:[A-Z]{4,8})(?: [A-Z]{4,8})*)\s*$/;
const RI_ONLY_LINE = /^[A-Z]{4,8}(?: [A-Z]{4,8})*\s*$/;
const DE_LINE = /^DE ([A-Z]{4,8}) /;
const ADDRESSEE = /^(?:(?:TO|INFO|XMT) )?([A-Z]{4,8})\/(.+?)\s*$/;
const ADDRESSEE_TAIL = / (?:FLASH|NIACT IMMEDIATE|IMMEDIATE|PRIORITY|PRIOITY|ROUTINE)?(?: ?\d{4,})?$/;
const BODY_START = /^(?:C O N F|S E C R E T|U N C L|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|TOP SECRET|E\.? ?O\.? ?1|TAGS|SUBJECT)/i;
const TAGS_LABEL = /\b(?:TAGS?|TAGE|TAS|TGS)\s*:?\s+/i;
const SUBJECT_LABEL = /\bSUBJ(?:ECT)?\s*:/i;
const LABELLED_LINE = /^(?:SUBJ|SUBJECT|REF|REFS|E\.? ?O\.?|EO|CLASSIFIED|DECL|FM|TO|INFO|DE|PAGE|ACTION|ORIGIN|DRAFTED|APPROVED|PASS)\b/i;
const CLASSIFICATION_LINE = /^(?:C O N F|S E C R E T|U N C L|UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|TOP SECRET)\b/i;

export interface ExtractedMarkings extends CableMarkings {
  /** Every routing-indicator occurrence, repeats included (coverage counts occurrences). */
  routingIndicators: string[];
}

export function extractCableMarkings(text: string, id: string | undefined): ExtractedMarkings {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/¶/g, '').replace(/\s+$/, ''));
  return {
    tags: extractTags(lines),
    caveats: extractCaptions(lines),
    ...extractRouting(lines),
    year: cableYearOf(null, id),
  };
}

function extractTags(lines: string[]): string[] {
  const index = lines.findIndex((line) => TAGS_LABEL.test(line) && /^\s*(?:E\.?\s?O\.?.*)?(?:TAGS?|TAGE|TAS|TGS)\b/i.test(line));
  const first = index >= 0 ? lines[index] : undefined;
  if (first === undefined) return [];
  const label = TAGS_LABEL.exec(first);
  let text = first.slice((label?.index ?? 0) + (label?.[0].length ?? 0));
  // Continuation lines: more codes before SUBJECT / REF / a blank line.
  for (let next = index + 1; next < Math.min(lines.length, index + 4); next++) {
    const line = lines[next] ?? '';
    if (line.trim() === '' || LABELLED_LINE.test(line.trim()) || CLASSIFICATION_LINE.test(line.trim())) break;
    text += ` ${line}`;
  }
  const subject = SUBJECT_LABEL.exec(text);
  if (subject) text = text.slice(0, subject.index);
  const tags: string[] = [];
  // Parenthesised person tags first: "(KALOUDIS, NICK)".
  text = text.replace(/\([^()]*\)/g, (person) => {
    tags.push(person);
    return ' ';
  });
  for (const token of text.split(/[\s,;]+/)) if (token.trim() !== '') tags.push(token.trim());
  return tags;
}

function extractCaptions(lines: string[]): string[] {
  // Captions sit between the classification line (first line of the text) and SUBJECT.
  const start = lines.findIndex((line) => CLASSIFICATION_LINE.test(line.trim()));
  const end = lines.findIndex((line, i) => i > start && (SUBJECT_LABEL.test(line) || /^\s*1\.\s/.test(line)));
  const captions: string[] = [];
  for (const raw of lines.slice(start + 1, end < 0 ? start + 20 : end)) {
    const line = raw.trim();
    // A caption line: one to three upper-case words, no digits or slashes, not a labelled or classification line.
    if (!/^[A-Za-z]+(?: [A-Za-z]+){0,2}$/.test(line) || line.length < 4) continue;
    if (LABELLED_LINE.test(line) || CLASSIFICATION_LINE.test(line) || /^(?:VZCZC|ZNR|ZNY|BT|NNNN?)\b/.test(line)) continue;
    if (RI_ONLY_LINE.test(line) && !/^(?:SIPDIS|NOFORN|NODIS|EXDIS|LIMDIS|STADIS|ORCON|SPECAT)$/i.test(line)) continue;
    captions.push(line.toUpperCase());
  }
  return captions;
}

function extractRouting(lines: string[]): Pick<CableMarkings, 'routingIndicators' | 'addressedOffices'> {
  const routingIndicators: string[] = [];
  const addressedOffices: Array<{ routingIndicator: string; office: string }> = [];
  let inRoutingLine = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (BODY_START.test(line)) break;
    const routing = ROUTING_LINE.exec(line);
    if (routing?.[1]) {
      routingIndicators.push(...routing[1].split(' '));
      inRoutingLine = true;
      continue;
    }
    if (inRoutingLine && RI_ONLY_LINE.test(line)) {
      routingIndicators.push(...line.split(' '));
      continue;
    }
    inRoutingLine = false;
    const de = DE_LINE.exec(line);
    if (de?.[1]) {
      routingIndicators.push(de[1]);
      continue;
    }
    const addressee = ADDRESSEE.exec(line);
    if (addressee?.[1] && addressee[2]) {
      routingIndicators.push(addressee[1]);
      addressedOffices.push({ routingIndicator: addressee[1], office: addressee[2].replace(ADDRESSEE_TAIL, '').trim() });
    }
  }
  return { routingIndicators, addressedOffices };
}
