// `Classified By: Ambassador Richard E. Hoagland: 1.4 (A), (B), (D)` — who, authority, reason letters.
import { isAsciiLetter } from '../char-codes';
import { readPortionMarking } from '../classification';
import { CLASSIFIED_BY_LINE, isStructuralLength, NUMBERED_PARAGRAPH } from '../line-kinds';
import type { ClassifiedByNode, PortionMarking, Span } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { isWhiteSpace } from '../white-space';

const MAX_LINES = 4;
const TRAILING_WORDS = new Set([
  'FOR',
  'REASON',
  'REASONS',
  'REASON:',
  'REASONS:',
  'PER',
  'UNDER',
  'E.O.',
  'E.O',
  'EO',
  '12958',
  'SECTION',
  'SECTIONS',
  'AND',
  'BASED',
  'ON',
]);

/** Drops trailing filler words (`for reasons`, `per`) and punctuation from the classifier's name. */
function trimWho(text: string): string {
  const words = wordsOf(text);
  while (words.length > 0) {
    const last = withoutTrailingPunctuation(words[words.length - 1] ?? '');
    if (last === '' || TRAILING_WORDS.has(last.toUpperCase()) || TRAILING_WORDS.has(`${last.toUpperCase()}:`)) words.pop();
    else {
      words[words.length - 1] = last;
      break;
    }
  }
  // `Classified By: by CDA …`, `Classified By: Classifed by CDA …`, `Confidential by Political Minister …`:
  // the label repeated in front of the name is not part of it.
  const by = isBy(words[0]) ? 0 : isBy(words[1]) ? 1 : -1;
  if (by !== -1 && (by === 0 || /^(classifi?ed|confidential|secret)$/i.test(words[0] ?? ''))) words.splice(0, by + 1);
  return words.join(' ');
}

/** `text.split(/\s+/)` without the empty ends. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let index = 0;
  while (index < text.length) {
    if (isWhiteSpace(text.charCodeAt(index))) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
    words.push(text.slice(index, end));
    index = end;
  }
  return words;
}

/** `word.replace(/[,;:.(]+$/, '')`. */
function withoutTrailingPunctuation(word: string): string {
  let end = word.length;
  for (;;) {
    const code = word.charCodeAt(end - 1);
    if (code !== 0x2c && code !== 0x3b && code !== 0x3a && code !== 0x2e && code !== 0x28) break;
    end--;
  }
  return end === word.length ? word : word.slice(0, end);
}

/** `/^by$/i`. */
function isBy(word: string | undefined): boolean {
  return word !== undefined && word.length === 2 && (word.charCodeAt(0) | 0x20) === 0x62 && (word.charCodeAt(1) | 0x20) === 0x79;
}

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

export interface ReasonList {
  /** Lower-case letters, in order. */
  letters: string[];
  /** Every token of the text belonged to the list (a final `.` allowed): a wrapped list may go on. */
  complete: boolean;
}

/**
 * Reason letters after the authority: `(b) and (d)`, `(B, D)`, `b/d`, `(b)(d)`, `B AND D`. Letters
 * count only inside parentheses or as single letters between list separators, so the `a` of a
 * wrapped `a␤nd` or the `E` of `E.O.` is never a reason.
 */
export function readReasonList(text: string): ReasonList {
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

/** Reason letters after the authority (see readReasonList). */
export function readReasonLetters(text: string): string[] {
  return readReasonList(text).letters;
}

// `1.4`, also typed `1. 4`.
export const AUTHORITY = /(?:^|[^0-9.])(1\. ?[45])(?![0-9])/;

/** Whether `line` is only the rest of the reason list that `text` leaves open at its end. */
function continuesReasons(text: string, line: string): boolean {
  const authority = AUTHORITY.exec(text);
  if (authority === null) return false;
  const tail = text.slice(authority.index + authority[0].length);
  return readReasonList(tail).complete && readReasonList(`${tail} ${line}`).complete;
}

/** The node for a statement (the text after `Classified By:`) covering `span`. */
export function classifiedByNodeFrom(statement: string, span: Span, marking: PortionMarking | null): ClassifiedByNode {
  const authority = AUTHORITY.exec(statement);
  const who = trimWho(
    authority === null ? statement : statement.slice(0, authority.index + (authority[0].length - (authority[1] ?? '').length)),
  );
  const reasons = authority === null ? [] : readReasonLetters(statement.slice(authority.index + authority[0].length));
  return { kind: 'classifiedBy', span, who, authority: authority?.[1]?.replace(' ', '') ?? null, reasons, marking };
}

// A statement glued to the end of a SUBJECT or REF line (Guardian texts: `… PITTSBURGH  Classified By: …`).
const GLUED_LABEL = /\s(?:\(U\) *)?Classified +By(?![A-Za-z])/i;

/**
 * A `Classified By` statement glued to the end of the front-matter lines [from, to) (09LONDON2326,
 * 10MANAMA15): where it starts (line index and offset in the line's text), or null.
 */
export function findGluedClassifiedBy(state: ParseState, from: number, to: number): { line: number; at: number } | null {
  for (let index = from; index < to; index++) {
    const text = state.lines[index]?.text ?? '';
    if (!isStructuralLength(text)) continue;
    const match = GLUED_LABEL.exec(text);
    if (match !== null) return { line: index, at: match.index + 1 };
  }
  return null;
}

/** Emits the glued statement from `glued` to the end of line `to - 1` as a classifiedBy node. */
export function pushGluedClassifiedBy(state: ParseState, glued: { line: number; at: number }, to: number): void {
  const line = state.lines[glued.line];
  const last = state.lines[to - 1];
  if (line === undefined || last === undefined) return;
  const pieces = [line.text.slice(glued.at)];
  for (let index = glued.line + 1; index < to; index++) pieces.push(state.lines[index]?.text ?? '');
  const statement = CLASSIFIED_BY_LINE.exec(pieces.join(' '))?.[1] ?? '';
  const start = line.textStart + glued.at;
  state.nodes.push(classifiedByNodeFrom(statement, { start, end: last.next }, readPortionMarking(line.text.slice(glued.at), start)));
  state.sawClassifiedBy = true;
}

export function classifiedByRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  if (line === undefined || !isStructuralLength(line.text)) return false;
  // CLASSIFIED_BY_LINE starts with `(` or C/c (hot: tried on body lines until a statement is seen).
  const first = line.text.charCodeAt(0);
  if (first !== 0x28 && (first | 0x20) !== 0x63) return false;
  const match = CLASSIFIED_BY_LINE.exec(line.text);
  if (match === null) return false;
  const pieces = [match[1] ?? ''];
  let end = state.pos + 1;
  while (end < state.limit && end - state.pos < MAX_LINES) {
    const next = state.lines[end];
    if (next === undefined || next.kind !== 'text' || NUMBERED_PARAGRAPH.test(next.text) || !isStructuralLength(next.text)) break;
    const sofar = pieces.join(' ');
    // Until the authority and a reason letter are read, any text line continues the statement;
    // after that only a line that is nothing but more of the reason list (`nd (d).`, `(D)`, `AND D.`).
    if (/1\. ?[45]\s*\(?[a-hA-H]/.test(sofar) && !continuesReasons(sofar, next.text)) break;
    pieces.push(next.text);
    end++;
  }
  const node = classifiedByNodeFrom(pieces.join(' '), lineSpan(state.lines, state.pos, end), readPortionMarking(line.text, line.textStart));
  state.nodes.push(node);
  state.sawClassifiedBy = true;
  state.pos = end;
  return true;
}
