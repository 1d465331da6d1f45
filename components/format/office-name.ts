// Turns teletype office names (`AMEMBASSY ASTANA`, `SECSTATE WASHDC`) into the short names
// readers know (`Embassy Astana`, `SecState`). Display only: the model keeps the text as written.
// The kind of post (Embassy, Consulate …) is a UI string; agency names and places stay as the
// cable world writes them.
import { t, type MessageKey } from '../../utils/i18n.ts';

const WHOLE_NAMES: Record<string, string> = {
  'SECSTATE WASHDC': 'SecState',
  SECSTATE: 'SecState',
  'SECSTATE WASHINGTON DC': 'SecState',
  'SECDEF WASHDC': 'SecDef',
  'JOINT STAFF WASHDC': 'Joint Staff',
  'NSC WASHDC': 'NSC',
  'CIA WASHDC': 'CIA',
  'DIA WASHDC': 'DIA',
  'FBI WASHDC': 'FBI',
};

const OFFICE_PREFIXES: ReadonlyArray<readonly [prefix: string, name: MessageKey]> = [
  ['AMEMBASSY ', 'overlay_office_embassy'],
  ['AMCONSUL ', 'overlay_office_consulate'],
  ['AMCONSULATE ', 'overlay_office_consulate'],
  ['USMISSION ', 'overlay_office_mission'],
  ['USINT ', 'overlay_office_interests_section'],
  ['AMEMB ', 'overlay_office_embassy'],
];

// Acronyms and codes that must stay upper case.
const KEEP_UPPER = new Set([
  'US',
  'USUN',
  'USNATO',
  'USEU',
  'UNVIE',
  'NATO',
  'OSCE',
  'CIA',
  'DIA',
  'NSC',
  'FBI',
  'DC',
  'WASHDC',
  'AFB',
  'FL',
  'CDR',
  'USCENTCOM',
  'USEUCOM',
  'USPACOM',
  'USSOCOM',
  'CIS',
  'RPO',
  'AIT',
  'EU',
  'UN',
  'USDA',
  'USAID',
  'OPCW',
  'IAEA',
  'UNESCO',
  'ICAO',
  'APEC',
  'ASEAN',
]);

const SMALL_WORDS = new Set(['OF', 'AND', 'THE', 'FOR', 'IN', 'ON', 'AT', 'TO']);
const WORD_NAMES: Record<string, string> = { WASHDC: 'Washington', WASHINGTON: 'Washington' };

function titleWord(word: string, index: number): string {
  const named = WORD_NAMES[word];
  if (named !== undefined) return named;
  if (index > 0 && SMALL_WORDS.has(word)) return word.toLowerCase();
  // Acronyms, codes and vowel-less abbreviations (FL, DC, CDR) stay as written.
  if (KEEP_UPPER.has(word) || word.length <= 2 || !/[AEIOUY]/.test(word)) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** `AMEMBASSY NEW DELHI` → `Embassy New Delhi`; unknown shapes are title-cased word by word. */
export function displayOfficeName(office: string): string {
  const folded = office.replace(/\s+/g, ' ').trim().toUpperCase();
  const whole = WHOLE_NAMES[folded];
  if (whole !== undefined) return whole;
  for (const [prefix, name] of OFFICE_PREFIXES) {
    if (!folded.startsWith(prefix)) continue;
    const place = folded
      .slice(prefix.length)
      .split(' ')
      .map((word) => titleWord(word, 1))
      .join(' ');
    return t(name, place);
  }
  return folded.split(' ').map(titleWord).join(' ');
}
