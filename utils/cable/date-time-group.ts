// Date-time groups (`O 311153Z MAR 09`) and E.O. declassification dates → ISO strings.
import { isAsciiLetter, isDigit } from './char-codes';
import type { DateTimeGroup } from './model';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Z, O, P, R, Y or M: the prosign letters a DTG may start with. */
function isProsignLetter(code: number): boolean {
  return code === 0x5a || code === 0x4f || code === 0x50 || code === 0x52 || code === 0x59 || code === 0x4d;
}

/** text[at, at + count) is ASCII digits. */
function digitsAt(text: string, at: number, count: number): boolean {
  for (let index = at; index < at + count; index++) if (!isDigit(text.charCodeAt(index))) return false;
  return true;
}

/** The two-digit number at text[at, at + 2) (both digits, checked by the caller). */
function twoDigitsAt(text: string, at: number): number {
  return (text.charCodeAt(at) - 0x30) * 10 + text.charCodeAt(at + 1) - 0x30;
}

/** First index at or after `at` that is not a space. */
function skipSpaces(text: string, at: number): number {
  let index = at;
  while (text.charCodeAt(index) === 0x20) index++;
  return index;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Two-digit cable years: the corpus runs 1966–2010, so 40–99 are 19xx. */
export function fullYear(twoDigits: number): number {
  return twoDigits >= 40 ? 1900 + twoDigits : 2000 + twoDigits;
}

/**
 * Parses the DTG at the start of `text`, or returns null. Read by one scan, exactly as
 * `/^((?:[ZOPRYM] +){0,2})(\d{2})(\d{2})(\d{2}) ?Z +([A-Za-z]{3}) +(\d{2})(?![0-9])/` (prosign
 * letters, ddhhmm, an optional OCR space before Z, month, two-digit year, anything after: ZFF4 …).
 * No alternative of that pattern can backtrack into another, so the first failure decides.
 */
export function parseDateTimeGroup(text: string): DateTimeGroup | null {
  let at = 0;
  let letters: string[] | null = null;
  // Up to two prosign letters, each followed by spaces (`O `, `P R `).
  for (let count = 0; count < 2 && isProsignLetter(text.charCodeAt(at)) && text.charCodeAt(at + 1) === 0x20; count++) {
    if (letters === null) letters = [];
    letters.push(text.charAt(at));
    at = skipSpaces(text, at + 2);
  }
  if (!digitsAt(text, at, 6)) return null;
  const time = at;
  at += 6;
  if (text.charCodeAt(at) === 0x20) at++;
  if (text.charCodeAt(at) !== 0x5a) return null;
  at++;
  if (text.charCodeAt(at) !== 0x20) return null;
  at = skipSpaces(text, at);
  const month = monthAt(text, at);
  if (month === 0) return null;
  at += 3;
  if (text.charCodeAt(at) !== 0x20) return null;
  at = skipSpaces(text, at);
  if (!digitsAt(text, at, 2) || isDigit(text.charCodeAt(at + 2))) return null;
  const day = twoDigitsAt(text, time);
  const hour = twoDigitsAt(text, time + 2);
  const minute = twoDigitsAt(text, time + 4);
  if (day < 1 || day > 31 || hour > 24 || minute > 59) return null;
  const year = fullYear(twoDigitsAt(text, at));
  // dd, hh and mm are two digits already (what pad would give back): only the month is padded.
  return {
    precedenceLetters: letters ?? [],
    iso: `${year}-${pad(month)}-${text.slice(time, time + 2)}T${text.slice(time + 2, time + 4)}:${text.slice(time + 4, time + 6)}Z`,
    year,
  };
}

/**
 * 1–12 for the three-letter month name at text[at, at + 3) in any ASCII case, 0 otherwise (also when
 * those are not three ASCII letters, or a letter follows them: the pattern wants `[A-Za-z]{3} +`).
 */
function monthAt(text: string, at: number): number {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  const third = text.charCodeAt(at + 2);
  if (!isAsciiLetter(first) || !isAsciiLetter(second) || !isAsciiLetter(third)) return 0;
  for (let index = 0; index < MONTHS.length; index++) {
    const month = MONTHS[index] as string;
    if ((first & 0xdf) === month.charCodeAt(0) && (second & 0xdf) === month.charCodeAt(1) && (third & 0xdf) === month.charCodeAt(2))
      return index + 1;
  }
  return 0;
}

/** `03/31/2019`, `3/13/18`, `2020/02/23` → `2019-03-31`; anything else → null. */
export function parseDeclassificationDate(value: string): string | null {
  // Both forms start with a digit (most values are `N/A`, `1.4 (B)`, `DECL: …` leftovers or prose).
  if (!isDigit(value.charCodeAt(0))) return null;
  const american = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?![0-9])/.exec(value);
  if (american !== null) {
    const [, m = '', d = '', y = ''] = american;
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    return validDate(year, Number(m), Number(d));
  }
  const iso = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?![0-9])/.exec(value);
  if (iso !== null) {
    const [, y = '', m = '', d = ''] = iso;
    return validDate(Number(y), Number(m), Number(d));
  }
  return null;
}

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
