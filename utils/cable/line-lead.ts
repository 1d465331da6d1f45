// What the first characters of a line's text allow inside a paragraph, told by one table look-up on
// the first character (and a few letters after it for the words that matter): either a plain
// continuation of the paragraph's text, or a line that needs the general path (a boundary test and
// the full layout). The paragraph rule's boundary prefilter and its layout share the one answer.
// Reading the input past a text is safe: a text is followed by white space, a backslash or its
// line's end, never a letter or a stop.

const SPACE = 0x20;

// The verdict on a text's first two characters, for a first character below 0x80 (PAIR, indexed by
// `first << 7 | second`, for a second one below 0x80; SINGLE when the second is another character or
// the text has one character). Bits: which boundary answer, and whether an item label may start.
/** No boundary pattern starts with these characters. */
const NO_BOUNDARY = 0;
/** A boundary pattern may start here (a digit or `(`: numbered paragraphs, block prefixes, markings; `BT`, `NN`). */
const BOUNDARY = 1;
/** A boundary word may start here: startsBoundaryWord decides. */
const WORD = 2;
/** Flag: a dashed (`-`) or lettered (`a.`, `b)`) item label may start here, whatever ends the line before. */
const ITEM = 4;

/** The boundary verdict on `first` (lower-cased when a letter) and the folded second character. */
function boundaryVerdict(first: number, second: number): number {
  if ((first >= 0x30 && first <= 0x39) || first === 0x28) return BOUNDARY;
  const s = second | 0x20;
  switch (first | 0x20) {
    case 0x62: // BT, BEGIN
      return s === 0x74 ? BOUNDARY : s === 0x65 ? WORD : NO_BOUNDARY;
    case 0x63: // COMMENT, CLASSIFIED BY, CONFIDENTIAL
      return s === 0x6f || s === 0x6c || s === SPACE ? WORD : NO_BOUNDARY;
    case 0x65: // END
      return s === 0x6e ? WORD : NO_BOUNDARY;
    case 0x6c: // LIMITED
      return s === 0x69 || s === SPACE ? WORD : NO_BOUNDARY;
    case 0x6e: // NNNN, NNN, NOTE
      return s === 0x6e ? BOUNDARY : s === 0x6f ? WORD : NO_BOUNDARY;
    case 0x73: // SUMMARY, SECRET
      return s === 0x75 || s === 0x65 || s === SPACE ? WORD : NO_BOUNDARY;
    case 0x74: // TOP SECRET
      return s === 0x6f || s === SPACE ? WORD : NO_BOUNDARY;
    case 0x75: // UNCLAS
      return s === 0x6e || s === SPACE ? WORD : NO_BOUNDARY;
    default:
      return NO_BOUNDARY;
  }
}

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

const PAIR = new Uint8Array(128 * 128);
const SINGLE = new Uint8Array(128);
for (let first = 0; first < 128; first++) {
  // Only a letter's verdict depends on the second character; NaN (no second) folds to a space.
  SINGLE[first] = boundaryVerdict(first, Number.NaN) | (first === 0x2d ? ITEM : 0);
  for (let second = 0; second < 128; second++)
    PAIR[(first << 7) | second] =
      boundaryVerdict(first, second) | (first === 0x2d || (isLetter(first) && (second === 0x2e || second === 0x29)) ? ITEM : 0);
}

const EM_DASH = 0x2014;
const EN_DASH = 0x2013;

/** The verdict on the text at `input[at]` whose first character is below 0x80. */
function verdictAt(input: string, at: number, first: number): number {
  const second = input.charCodeAt(at + 1);
  return second < 0x80 ? (PAIR[(first << 7) | second] as number) : (SINGLE[first] as number);
}

/** ASCII lower case of the character at `at` (other characters land outside a–z). */
function lowerAt(input: string, at: number): number {
  return input.charCodeAt(at) | 0x20;
}

/**
 * Whether any of the paragraph boundary patterns other than the underlined heading (and the front
 * matter) can start the text at `input[at]` (exact prefilter): numbered paragraphs and block prefixes
 * need a digit or `(`; after a letter, only BEGIN/BT, COMMENT/CLASSIFIED BY/CONFIDENTIAL, END,
 * LIMITED, NNNN/NOTE, SUMMARY/SECRET, TOP SECRET and UNCLAS can follow (either case; the banners'
 * letters may be spaced out), each told by its first three or four letters.
 */
export function mayStartBoundaryAt(input: string, at: number): boolean {
  const first = input.charCodeAt(at);
  if (!(first < 0x80)) return false;
  const boundary = verdictAt(input, at, first) & 3;
  return boundary === BOUNDARY || (boundary === WORD && startsBoundaryWord(input, at, first | 0x20));
}

/**
 * Whether the text at `input[at]` continues a paragraph's text plainly: no boundary pattern, block
 * marker, dashed item or lettered item (`a.`, `b)`: any letter followed by a stop, whatever ends the
 * line before) can start it. Past the input's end it answers false (a text line is never empty).
 */
export function isPlainLeadAt(input: string, at: number): boolean {
  const first = input.charCodeAt(at);
  if (!(first < 0x80)) return first !== EM_DASH && first !== EN_DASH && first === first;
  const verdict = verdictAt(input, at, first);
  return verdict === NO_BOUNDARY || (verdict === WORD && !startsBoundaryWord(input, at, first | 0x20));
}

/** The letter cases of mayStartBoundaryAt; `letter` is the first character in lower case. */
function startsBoundaryWord(input: string, at: number, letter: number): boolean {
  // The second letter first: it rules out most ordinary words (`by`, `could`, `every`, `new`…).
  const second = lowerAt(input, at + 1);
  switch (letter) {
    case 0x62: // BT, BEGIN
      return second === 0x74 || (second === 0x65 && lowerAt(input, at + 2) === 0x67 && lowerAt(input, at + 3) === 0x69);
    case 0x63: // COMMENT, CLASSIFIED BY, CONFIDENTIAL (spaced)
      if (second === 0x6f) {
        const third = lowerAt(input, at + 2);
        if (third === 0x6d) return lowerAt(input, at + 3) === 0x6d;
        return (third === 0x6e || third === SPACE) && startsWithSpacedLetters(input, at, 'conf');
      }
      if (second === 0x6c) return lowerAt(input, at + 2) === 0x61 && lowerAt(input, at + 3) === 0x73;
      return second === SPACE && startsWithSpacedLetters(input, at, 'conf');
    case 0x65: // END
      return second === 0x6e && lowerAt(input, at + 2) === 0x64;
    case 0x6c: // LIMITED (spaced)
      return (second === 0x69 || second === SPACE) && startsWithSpacedLetters(input, at, 'limi');
    case 0x6e: // NNNN, NNN, NOTE
      return second === 0x6e || (second === 0x6f && lowerAt(input, at + 2) === 0x74 && lowerAt(input, at + 3) === 0x65);
    case 0x73: // SUMMARY, SECRET (spaced)
      if (second === 0x75) return lowerAt(input, at + 2) === 0x6d && lowerAt(input, at + 3) === 0x6d;
      return (second === 0x65 || second === SPACE) && startsWithSpacedLetters(input, at, 'secr');
    case 0x74: // TOP SECRET (spaced)
      return (second === 0x6f || second === SPACE) && startsWithSpacedLetters(input, at, 'tops');
    case 0x75: // UNCLAS (spaced)
      return (second === 0x6e || second === SPACE) && startsWithSpacedLetters(input, at, 'uncl');
    default:
      return false;
  }
}

/** Whether `input` at `at` starts with `letters` (lower case), ignoring ASCII case and spaces between the letters (`S E C R E T`). */
function startsWithSpacedLetters(input: string, at: number, letters: string): boolean {
  let from = at;
  for (let index = 0; index < letters.length; index++) {
    while (input.charCodeAt(from) === SPACE) from++;
    if ((input.charCodeAt(from) | 0x20) !== letters.charCodeAt(index)) return false;
    from++;
  }
  return true;
}
