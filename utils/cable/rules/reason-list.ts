// Reason letters after the authority of a `Classified By` statement: `(b) and (d)`, `(B, D)`, `b/d`,
// `(b)(d)`, `B AND D`. Read from token kinds kept in scratch arrays (no object per token); the rare
// list with a word split by a line wrap (`a␤nd`) is read by the general token reader.
import { isAsciiLetter } from '../char-codes';
import { isWhiteSpace } from '../white-space';

export interface ReasonList {
  /** Lower-case letters, in order. */
  letters: string[];
  /** Every token of the text belonged to the list (a final `.` allowed): a wrapped list may go on. */
  complete: boolean;
}

const MAX_TOKENS = 64;
const OTHER = 0;
const OPEN = 1;
const CLOSE = 2;
const COLON = 3;
const DOT = 4;
/** `,` `/` `;` `&` `and` `or`. */
const SEPARATOR = 5;
/** A single letter a–h (either case). */
const LETTER = 6;
/** `an` or `o` (either case): the first half of a wrapped `and`/`or`. */
const FIRST_HALF = 7;

// Scratch space for one reading at a time (the parser is synchronous and never re-enters here).
const kinds = new Uint8Array(MAX_TOKENS);
const spacedBefore = new Uint8Array(MAX_TOKENS);
const letterCodes = new Uint8Array(MAX_TOKENS);
const found = new Uint8Array(MAX_TOKENS);

/** Kind of the letter run text[from, to). */
function kindOfLetters(text: string, from: number, to: number): number {
  const first = text.charCodeAt(from) | 0x20;
  switch (to - from) {
    case 1:
      return first === 0x6f ? FIRST_HALF : first <= 0x68 ? LETTER : OTHER;
    case 2: {
      const second = text.charCodeAt(from + 1) | 0x20;
      if (first === 0x6f && second === 0x72) return SEPARATOR;
      return first === 0x61 && second === 0x6e ? FIRST_HALF : OTHER;
    }
    case 3:
      return first === 0x61 && (text.charCodeAt(from + 1) | 0x20) === 0x6e && (text.charCodeAt(from + 2) | 0x20) === 0x64
        ? SEPARATOR
        : OTHER;
    default:
      return OTHER;
  }
}

function kindOfCharacter(code: number): number {
  switch (code) {
    case 0x28:
      return OPEN;
    case 0x29:
      return CLOSE;
    case 0x3a:
      return COLON;
    case 0x2e:
      return DOT;
    case 0x2c:
    case 0x2f:
    case 0x3b:
    case 0x26:
      return SEPARATOR;
    default:
      return OTHER;
  }
}

/** Two letter runs with only white space between them that make `and` or `or` (`a␤nd`, `o␤r`). */
function makesAndOr(text: string, headFrom: number, headTo: number, tailFrom: number, tailTo: number): boolean {
  const length = headTo - headFrom + tailTo - tailFrom;
  if (length !== 2 && length !== 3) return false;
  let joined = '';
  for (let index = headFrom; index < headTo; index++) joined += String.fromCharCode(text.charCodeAt(index) | 0x20);
  for (let index = tailFrom; index < tailTo; index++) joined += String.fromCharCode(text.charCodeAt(index) | 0x20);
  return joined === 'and' || joined === 'or';
}

/**
 * Reason letters after the authority, in text[from…]: `(b) and (d)`, `(B, D)`, `b/d`, `(b)(d)`,
 * `B AND D`. Letters count only inside parentheses or as single letters between list separators, so
 * the `a` of a wrapped `a␤nd` or the `E` of `E.O.` is never a reason.
 */
export function readReasonList(text: string, from = 0): ReasonList {
  // Words and punctuation: a run of ASCII letters is one token, any other character is one.
  let count = 0;
  let index = from;
  let headFrom = -1;
  let headTo = -1;
  while (index < text.length && count < MAX_TOKENS) {
    let spaced = 0;
    while (index < text.length && isWhiteSpace(text.charCodeAt(index))) {
      spaced = 1;
      index++;
    }
    if (index >= text.length) break;
    const code = text.charCodeAt(index);
    let end = index + 1;
    let kind: number;
    if (isAsciiLetter(code)) {
      while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
      // A word split by a line wrap is joined again by the general reader.
      if (headTo !== -1 && makesAndOr(text, headFrom, headTo, index, end) && kinds[count - 1] !== SEPARATOR)
        return readReasonListByTokens(text.slice(from));
      kind = kindOfLetters(text, index, end);
      letterCodes[count] = code | 0x20;
      headFrom = index;
      headTo = end;
    } else {
      kind = kindOfCharacter(code);
      headTo = -1;
    }
    kinds[count] = kind;
    spacedBefore[count] = spaced;
    count++;
    index = end;
  }
  let letters = 0;
  let token = 0;
  // `1.4: (b)`, `1.4. (b)`: punctuation right after the authority.
  while (token < count && (kinds[token] === COLON || kinds[token] === DOT)) token++;
  while (token < count) {
    const kind = kinds[token];
    if (kind === OPEN) {
      let inner = token + 1;
      let group = letters;
      while (inner < count && (kinds[inner] === LETTER || kinds[inner] === SEPARATOR)) {
        if (kinds[inner] === LETTER) found[group++] = letterCodes[inner] ?? 0;
        inner++;
      }
      // A group cut off by the end of the text (`(b) and (`) is still a group; anything else ends the list.
      if (inner < count && kinds[inner] !== CLOSE) break;
      letters = group;
      token = inner + 1;
    } else if (kind === LETTER) {
      const next = token + 1 < count ? kinds[token + 1] : -1;
      const bare =
        next === -1 ||
        next === SEPARATOR ||
        next === OPEN ||
        next === CLOSE ||
        (next === DOT && (token + 2 >= count || spacedBefore[token + 2] === 1));
      if (!bare) break;
      found[letters++] = letterCodes[token] ?? 0;
      token++;
    } else if (kind === SEPARATOR) token++;
    else if (kind === DOT && token === count - 1) token++;
    // A line that ends in the first half of a wrapped `an␤d` still expects the rest of the list.
    else if (kind === FIRST_HALF && token === count - 1) token++;
    else break;
  }
  // The first eight distinct letters, in order.
  const distinct: string[] = [];
  for (let letter = 0; letter < letters && distinct.length < 8; letter++) {
    const name = LETTER_NAMES[(found[letter] ?? 0x61) - 0x61] ?? '';
    if (!distinct.includes(name)) distinct.push(name);
  }
  return { letters: distinct, complete: token >= count };
}

const LETTER_NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

interface ReasonToken {
  text: string;
  /** Whitespace came before the token. */
  spaced: boolean;
}

function isReasonLetter(token: ReasonToken | undefined): boolean {
  if (token === undefined || token.text.length !== 1) return false;
  const lower = token.text.charCodeAt(0) | 0x20;
  return lower >= 0x61 && lower <= 0x68;
}

/** `,` `/` `;` `&` `and` `or` (any case). Tokens longer than one character are ASCII letters (see reasonTokens). */
function isSeparator(token: ReasonToken | undefined): boolean {
  if (token === undefined) return false;
  const text = token.text;
  switch (text.length) {
    case 1: {
      const code = text.charCodeAt(0);
      return code === 0x2c || code === 0x2f || code === 0x3b || code === 0x26;
    }
    case 2:
      return (text.charCodeAt(0) | 0x20) === 0x6f && (text.charCodeAt(1) | 0x20) === 0x72;
    case 3:
      return (text.charCodeAt(0) | 0x20) === 0x61 && (text.charCodeAt(1) | 0x20) === 0x6e && (text.charCodeAt(2) | 0x20) === 0x64;
    default:
      return false;
  }
}

/** Words and punctuation of a reason list; a word split by a line wrap (`a␤nd`) is joined again. */
function reasonTokens(text: string): ReasonToken[] {
  const tokens: ReasonToken[] = [];
  let index = 0;
  while (index < text.length && tokens.length < 64) {
    let spaced = false;
    while (index < text.length && isWhiteSpace(text.charCodeAt(index))) {
      spaced = true;
      index++;
    }
    if (index >= text.length) break;
    let end = index + 1;
    const letters = isAsciiLetter(text.charCodeAt(index));
    if (letters) while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    const word = text.slice(index, end);
    const previous = tokens[tokens.length - 1];
    // `a` + `nd` (or `an` + `d`, `o` + `r`) is a wrapped `and`/`or`, not the reason letter (a).
    if (previous !== undefined && letters && isLetters(previous.text) && isWrappedAndOr(previous.text, word) && !isSeparator(previous)) {
      previous.text += word;
    } else tokens.push({ text: word, spaced });
    index = end;
  }
  return tokens;
}

/** A non-empty run of ASCII letters. */
function isLetters(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) if (!isAsciiLetter(text.charCodeAt(index))) return false;
  return true;
}

/** `head + tail` (ASCII letters) is `and` or `or` in any case. */
function isWrappedAndOr(head: string, tail: string): boolean {
  const length = head.length + tail.length;
  if (length !== 2 && length !== 3) return false;
  const joined = (head + tail).toLowerCase();
  return joined === 'and' || joined === 'or';
}

/**
 * The general reading, token objects and all: for lists with a word split by a line wrap (and the
 * tests' reference for readReasonList's kind-array reading: the reader before it, unchanged).
 */
export function readReasonListByTokens(text: string): ReasonList {
  const tokens = reasonTokens(text);
  const letters: string[] = [];
  let index = 0;
  // `1.4: (b)`, `1.4. (b)`: punctuation right after the authority.
  while (index < tokens.length && (tokens[index]?.text === ':' || tokens[index]?.text === '.')) index++;
  while (index < tokens.length) {
    const token = tokens[index] as ReasonToken;
    if (token.text === '(') {
      const group: string[] = [];
      let inner = index + 1;
      while (inner < tokens.length && tokens[inner]?.text !== ')' && (isReasonLetter(tokens[inner]) || isSeparator(tokens[inner]))) {
        if (isReasonLetter(tokens[inner])) group.push((tokens[inner] as ReasonToken).text.toLowerCase());
        inner++;
      }
      // A group cut off by the end of the text (`(b) and (`) is still a group; anything else ends the list.
      if (inner < tokens.length && tokens[inner]?.text !== ')') break;
      letters.push(...group);
      index = inner + 1;
    } else if (isReasonLetter(token)) {
      const next = tokens[index + 1];
      const afterDot = tokens[index + 2];
      const bare =
        next === undefined ||
        isSeparator(next) ||
        next.text === '(' ||
        next.text === ')' ||
        (next.text === '.' && (afterDot === undefined || afterDot.spaced));
      if (!bare) break;
      letters.push(token.text.toLowerCase());
      index++;
    } else if (isSeparator(token)) index++;
    else if (token.text === '.' && index === tokens.length - 1) index++;
    // A line that ends in the first half of a wrapped `an␤d` still expects the rest of the list.
    else if (index === tokens.length - 1 && /^(an|o)$/i.test(token.text)) index++;
    else break;
  }
  // The first eight distinct letters, in order.
  const distinct: string[] = [];
  for (const letter of letters) if (distinct.length < 8 && !distinct.includes(letter)) distinct.push(letter);
  return { letters: distinct, complete: index >= tokens.length };
}
