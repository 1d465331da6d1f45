// Date-time groups (`O 311153Z MAR 09`) and E.O. declassification dates → ISO strings.
import { isDigit } from './char-codes';
import type { DateTimeGroup } from './model';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

// Prosign letters, ddhhmm, optional OCR space before Z, month, two-digit year, anything after (ZFF4 …).
const DTG = /^((?:[ZOPRYM] +){0,2})(\d{2})(\d{2})(\d{2}) ?Z +([A-Za-z]{3}) +(\d{2})(?![0-9])/;

/** 1–12 for a three-letter month name in any case, 0 otherwise (no upper-cased copy). */
function monthNumber(name: string): number {
  for (let index = 0; index < MONTHS.length; index++) {
    const month = MONTHS[index] as string;
    if (
      (name.charCodeAt(0) & 0xdf) === month.charCodeAt(0) &&
      (name.charCodeAt(1) & 0xdf) === month.charCodeAt(1) &&
      (name.charCodeAt(2) & 0xdf) === month.charCodeAt(2)
    )
      return index + 1;
  }
  return 0;
}

/** The prosign letters of `O ` or `P R ` (single letters separated by spaces). */
function prosignLetters(text: string): string[] {
  const letters: string[] = [];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) !== 0x20) letters.push(text.charAt(index));
  return letters;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Two-digit cable years: the corpus runs 1966–2010, so 40–99 are 19xx. */
export function fullYear(twoDigits: number): number {
  return twoDigits >= 40 ? 1900 + twoDigits : 2000 + twoDigits;
}

/** Parses the DTG at the start of `text`, or returns null. */
export function parseDateTimeGroup(text: string): DateTimeGroup | null {
  // A DTG starts with a prosign letter or a digit: most header and front lines fail here.
  // A prosign letter is followed by a space; a bare DTG starts with two digits.
  const first = text.charCodeAt(0);
  const prosign = first === 0x5a || first === 0x4f || first === 0x50 || first === 0x52 || first === 0x59 || first === 0x4d;
  const second = text.charCodeAt(1);
  if (prosign ? second !== 0x20 : !(isDigit(first) && isDigit(second))) return null;
  const match = DTG.exec(text);
  if (match === null) return null;
  const [, letters = '', dd = '', hh = '', mm = '', monthName = '', yy = ''] = match;
  const month = monthNumber(monthName);
  const day = Number(dd);
  const hour = Number(hh);
  const minute = Number(mm);
  if (month === 0 || day < 1 || day > 31 || hour > 24 || minute > 59) return null;
  const year = fullYear(Number(yy));
  // dd, hh and mm are two digits already (what pad would give back): only the month is padded.
  return {
    precedenceLetters: prosignLetters(letters),
    iso: `${year}-${pad(month)}-${dd}T${hh}:${mm}Z`,
    year,
  };
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
