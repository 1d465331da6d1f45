// Canonical cable IDs: `YY` + origin without spaces + serial without leading zeros (`09ASTANA559`).
import { isDigit, isDigits } from './char-codes';

// Citation spellings that differ from the origin token used in IDs (cablemap's c14n fixes).
export const ORIGIN_ALIASES: Record<string, string> = {
  SECSTATE: 'STATE',
  SECSTATEWASHDC: 'STATE',
  STATEWASHDC: 'STATE',
  DEPTOFSTATE: 'STATE',
  USUNNEWYORK: 'USUNNEWYORK',
  USNATOBRUSSELS: 'USNATO',
  USEU: 'USEUBRUSSELS',
  UNVIE: 'UNVIEVIENNA',
  USUN: 'USUNNEWYORK',
  THEHAGUE: 'THEHAGUE',
  HAGUE: 'THEHAGUE',
};

/** Origin token used in IDs: letters only, upper case, aliases applied. */
export function originToken(origin: string): string {
  const upper = origin.toUpperCase();
  // Most origins are letters already (`ASTANA`); otherwise keep the runs of capitals (`SAO PAULO`).
  const token = isLetters(upper) ? upper : lettersOf(upper);
  return aliasOf(token);
}

/** `text.replace(/[^A-Z]/g, '')` by runs of capitals (`SAO PAULO` → `SAO` + `PAULO`): no global regex replace per origin. */
function lettersOf(text: string): string {
  let letters = '';
  let index = 0;
  while (index < text.length) {
    let end = index;
    while (end < text.length && isCapital(text.charCodeAt(end))) end++;
    if (end > index) letters += text.slice(index, end);
    index = end + 1;
  }
  return letters;
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

// The aliases by token, looked up only for tokens of an alias's length (a keyed lookup on the
// object internalised every origin token).
const ALIASES = new Map(Object.entries(ORIGIN_ALIASES));
const ALIAS_LENGTHS = new Set([...ALIASES.keys()].map((alias) => alias.length));

/** ORIGIN_ALIASES[token] ?? token (tokens are upper-case letters: no inherited property can match). */
function aliasOf(token: string): string {
  return ALIAS_LENGTHS.has(token.length) ? (ALIASES.get(token) ?? token) : token;
}

function isLetters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x41 || code > 0x5a) return false;
  }
  return true;
}

/** Builds an ID from parts; null when a part is unusable. */
export function cableId(year: number, origin: string, serial: string): string | null {
  const token = originToken(origin);
  const digits = withoutLeadingZeros(serial);
  if (token.length < 2 || !isDigits(digits, 1, 7)) return null;
  const yy = String(year % 100).padStart(2, '0');
  return `${yy}${token}${digits}`;
}

/** `serial.replace(/^0+(?=\d)/, '')`: leading zeros dropped, the last digit kept. */
function withoutLeadingZeros(serial: string): string {
  let from = 0;
  while (serial.charCodeAt(from) === 0x30 && isDigit(serial.charCodeAt(from + 1))) from++;
  return from === 0 ? serial : serial.slice(from);
}

// `[YY] ORIGIN SERIAL [(YY)]`, e.g. `STATE 12345`, `08 STATE 81854`, `05 SAO PAULO 405`, `ASTANA 1628 (08)`.
const CITATION = /^(?:(\d{2}|\d{4}) +)?([A-Za-z][A-Za-z .'-]{1,40}?) *-? ?(\d{1,7})(?: +\((\d{2}|\d{4})\))?(?=$|[ .,;:)])/;

// Words that start a citation-shaped phrase that is not one (`PARA 5`, `REF 12`, `E.O. 12958`); the
// specification of isNotAStation.
export const NOT_A_STATION = /^(REF|REFS|REFTEL|PARA|PARAS|PARAGRAPH|SECTION|E|O|EO|ON|OF|AND|THE|DATED|NO|NUMBER|TD|OSC)$/i;
const NOT_A_STATION_WORDS = 'REF REFS REFTEL PARA PARAS PARAGRAPH SECTION E O EO ON OF AND THE DATED NO NUMBER TD OSC'.split(' ');

/** NOT_A_STATION.test(text.slice(0, end)), compared in place (ASCII letters in any case, as the /i pattern). */
export function isNotAStation(text: string, end: number): boolean {
  for (const word of NOT_A_STATION_WORDS) {
    if (word.length !== end) continue;
    let index = 0;
    for (; index < end; index++) {
      const code = text.charCodeAt(index);
      if ((code | 0x20) < 0x61 || (code | 0x20) > 0x7a || (code & 0xdf) !== word.charCodeAt(index)) break;
    }
    if (index === end) return true;
  }
  return false;
}

/**
 * Resolves a cable citation to a canonical ID (`A. 07 TBILISI 1605` → `07TBILISI1605`).
 * The year comes from the citation, else from the citing cable (`defaultYear`). Non-cable
 * references (emails, DTG-only references, documents) give null.
 */
export function cableIdFromCitation(citation: string, defaultYear: number | null): string | null {
  const text = citation.trim();
  if (text.length > 200) return null;
  const match = CITATION.exec(text);
  if (match === null) return null;
  // Index reads, not array destructuring (which goes through the iterator protocol).
  const yearText = match[1];
  const origin = match[2] ?? '';
  const serial = match[3] ?? '';
  const trailingYear = match[4];
  // The origin is letters, spaces and `.'-`, starting with a letter: its words are the runs between spaces.
  let end = origin.length;
  while (end > 0 && origin.charCodeAt(end - 1) === 0x20) end--;
  let words = 1;
  let firstWordEnd = end;
  for (let index = 1; index < end; index++) {
    if (origin.charCodeAt(index) !== 0x20 || origin.charCodeAt(index - 1) === 0x20) continue;
    if (words === 1) firstWordEnd = index;
    words++;
  }
  // A citation names a station (1–4 words); longer phrases are prose, not cables.
  if (words > 4) return null;
  if (isNotAStation(origin, firstWordEnd)) return null;
  if (serial.length < 2 && words === 1 && origin.length < 4) return null;
  const explicit = yearText ?? trailingYear;
  const year = explicit !== undefined ? Number(explicit) : defaultYear;
  if (year === null || Number.isNaN(year)) return null;
  return cableId(year, origin, serial);
}
