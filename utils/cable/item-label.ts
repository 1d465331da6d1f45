// The label that opens a list item inside a paragraph (`-- point`, `— point`, `(a) point`, `b. point`,
// `12a) point`), read character by character: exactly what DASHED_ITEM and LETTERED_ITEM match,
// without a match array, a capture or a lower-cased copy per line.
import { isAsciiLetter, isDigit } from './char-codes';

/** Where an item's label ends in its line's text, and its name (`--`, `a` …) as the model keeps it. */
export interface ItemLabel {
  length: number;
  label: string;
}

const SPACE = 0x20;
const OPENING_PARENTHESIS = 0x28;
const CLOSING_PARENTHESIS = 0x29;
const DOT = 0x2e;
const HYPHEN = 0x2d;
const EM_DASH = 0x2014;
const EN_DASH = 0x2013;

// A dash label is the dash itself; the same few objects serve every item (they are only read).
const SINGLE_HYPHEN: ItemLabel = { length: 1, label: '-' };
const DOUBLE_HYPHEN: ItemLabel = { length: 2, label: '--' };
const EM_DASH_LABEL: ItemLabel = { length: 1, label: '—' };
const EN_DASH_LABEL: ItemLabel = { length: 1, label: '–' };

/** DASHED_ITEM's `(?= |[A-Za-z(])`. */
function opensItemText(code: number): boolean {
  return code === SPACE || code === OPENING_PARENTHESIS || isAsciiLetter(code);
}

/** DASHED_ITEM (`^(--?|—|–)(?= |[A-Za-z(])`) at the start of `text`, or null. */
export function dashedItemLabel(text: string): ItemLabel | null {
  const first = text.charCodeAt(0);
  if (first === HYPHEN) {
    // `--?` is greedy: `--` when the lookahead holds after it, else a single `-` (then `-` follows).
    const second = text.charCodeAt(1);
    if (second === HYPHEN) return opensItemText(text.charCodeAt(2)) ? DOUBLE_HYPHEN : null;
    return opensItemText(second) ? SINGLE_HYPHEN : null;
  }
  if (first === EM_DASH) return opensItemText(text.charCodeAt(1)) ? EM_DASH_LABEL : null;
  if (first === EN_DASH) return opensItemText(text.charCodeAt(1)) ? EN_DASH_LABEL : null;
  return null;
}

/** LETTERED_ITEM (`(a)`, `b.`, `C)`, `12a.`, followed by a space) at the start of `text`, or null. */
export function letteredItemLabel(text: string): ItemLabel | null {
  const first = text.charCodeAt(0);
  if (first === OPENING_PARENTHESIS) {
    const letter = text.charCodeAt(1);
    return isAsciiLetter(letter) && text.charCodeAt(2) === CLOSING_PARENTHESIS && text.charCodeAt(3) === SPACE ? label(3, letter) : null;
  }
  if (isAsciiLetter(first)) {
    const stop = text.charCodeAt(1);
    return (stop === DOT || stop === CLOSING_PARENTHESIS) && text.charCodeAt(2) === SPACE ? label(2, first) : null;
  }
  // `[0-9]{1,3}([a-z])[.)]`: a fourth digit stands where the letter must be.
  let digits = 0;
  while (digits < 4 && isDigit(text.charCodeAt(digits))) digits++;
  if (digits === 0 || digits > 3) return null;
  const letter = text.charCodeAt(digits);
  const stop = text.charCodeAt(digits + 1);
  return letter >= 0x61 && letter <= 0x7a && (stop === DOT || stop === CLOSING_PARENTHESIS) && text.charCodeAt(digits + 2) === SPACE
    ? label(digits + 2, letter)
    : null;
}

function label(length: number, letter: number): ItemLabel {
  return { length, label: String.fromCharCode(letter | 0x20) };
}
