// Canonical cable IDs: `YY` + origin without spaces + serial without leading zeros (`09ASTANA559`).

// Citation spellings that differ from the origin token used in IDs (cablemap's c14n fixes).
const ORIGIN_ALIASES: Record<string, string> = {
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
  // Most origins are letters already (`ASTANA`); otherwise drop every other character at once.
  const token = isLetters(upper) ? upper : upper.replace(/[^A-Z]/g, '');
  return ORIGIN_ALIASES[token] ?? token;
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
  const digits = serial.replace(/^0+(?=\d)/, '');
  if (token.length < 2 || !/^\d{1,7}$/.test(digits)) return null;
  const yy = String(year % 100).padStart(2, '0');
  return `${yy}${token}${digits}`;
}

// `[YY] ORIGIN SERIAL [(YY)]`, e.g. `STATE 12345`, `08 STATE 81854`, `05 SAO PAULO 405`, `ASTANA 1628 (08)`.
const CITATION = /^(?:(\d{2}|\d{4}) +)?([A-Za-z][A-Za-z .'-]{1,40}?) *-? ?(\d{1,7})(?: +\((\d{2}|\d{4})\))?(?=$|[ .,;:)])/;

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
  const [, yearText, origin = '', serial = '', trailingYear] = match;
  const words = origin.trim().split(/ +/);
  // A citation names a station (1–4 words); longer phrases are prose, not cables.
  if (words.length > 4) return null;
  if (/^(REF|REFS|REFTEL|PARA|PARAS|PARAGRAPH|SECTION|E|O|EO|ON|OF|AND|THE|DATED|NO|NUMBER|TD|OSC)$/i.test(words[0] ?? '')) return null;
  if (serial.length < 2 && words.length === 1 && origin.length < 4) return null;
  const explicit = yearText ?? trailingYear;
  const year = explicit !== undefined ? Number(explicit) : defaultYear;
  if (year === null || Number.isNaN(year)) return null;
  return cableId(year, origin, serial);
}
