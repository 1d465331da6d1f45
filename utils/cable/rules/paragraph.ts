// Paragraphs: numbered (`1. (C) …`, may span blank lines and page breaks) or unnumbered (until a
// blank line, unless a page break splits it). Sub-paragraphs and reading text come from ParagraphFlow.
import { blockStartKind, startsWithBlockEnd } from '../block-markers';
import { endMarkersFrom } from '../end-marker-index';
import { ParagraphFlow } from '../inline-segments';
import type { CableLine } from '../lex';
import { CLASSIFIED_BY_LINE, END_OF_MESSAGE, UNDERLINE } from '../line-kinds';
import { numberedParagraphLength } from '../paragraph-number';
import { lineSpan, type ParseState } from '../parse-state';
import { mayStartClassification, readClassificationLine } from './classification-line';
import { isFrontMatterStart } from './front-matter-start';
import { signatureNode } from './signature-line';

const NO_SPAN = { start: 0, end: 0 };

/** A bare banner (`CONFIDENTIAL`) — page furniture in 1970s texts. */
export function isBanner(text: string): boolean {
  if (text.length > 60 || !mayStartClassification(text)) return false;
  const line = readClassificationLine(text, NO_SPAN);
  return line !== null && line.origin === null;
}

// A line ending in a month name: a number at the start of the next line is the day of a wrapped
// date (`… on Friday morning, December` / `17. The Dutch fell back …`, 04THEHAGUE3333), not paragraph 17.
// Only a bare month name counts: a sentence ending `… in May.` may well be followed by paragraph 3.
const ENDS_WITH_MONTH =
  /(?:^|[^A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/i;

function continuesDate(state: ParseState, index: number): boolean {
  const previous = state.lines[index - 1];
  return previous !== undefined && previous.kind === 'text' && ENDS_WITH_MONTH.test(previous.text.slice(-12));
}

/**
 * Whether any of isParagraphBoundary's patterns other than the underlined heading (and the front
 * matter) can start the text at `input[at]` (exact prefilter): numbered paragraphs and block prefixes
 * need a digit or `(`; after a letter, only BEGIN/BT, COMMENT/CLASSIFIED BY/CONFIDENTIAL, END,
 * LIMITED, NNNN/NOTE, SUMMARY/SECRET, TOP SECRET and UNCLAS can follow (either case; the banners'
 * letters may be spaced out), each told by its first three or four letters. Reading the input past
 * the text is safe: a text is followed by white space, a backslash or its line's end, never a letter.
 */
export function mayStartBoundaryAt(input: string, at: number): boolean {
  const first = input.charCodeAt(at);
  if ((first >= 0x30 && first <= 0x39) || first === 0x28) return true;
  // `| 0x20` folds ASCII case; only ASCII letters land on the cases below.
  const second = input.charCodeAt(at + 1) | 0x20;
  switch (first | 0x20) {
    case 0x62: // BT, BEGIN
      return second === 0x74 || (second === 0x65 && startsWithLetters(input, at, 'begi'));
    case 0x63: // COMMENT, CLASSIFIED BY, CONFIDENTIAL
      return startsWithLetters(input, at, 'comm') || startsWithLetters(input, at, 'clas') || startsWithSpacedLetters(input, at, 'conf');
    case 0x65: // END
      return second === 0x6e && (input.charCodeAt(at + 2) | 0x20) === 0x64;
    case 0x6c: // LIMITED
      return startsWithSpacedLetters(input, at, 'limi');
    case 0x6e: // NNNN, NNN, NOTE
      return second === 0x6e || startsWithLetters(input, at, 'note');
    case 0x73: // SUMMARY, SECRET
      return startsWithLetters(input, at, 'summ') || startsWithSpacedLetters(input, at, 'secr');
    case 0x74: // TOP SECRET
      return startsWithSpacedLetters(input, at, 'tops');
    case 0x75: // UNCLAS
      return startsWithSpacedLetters(input, at, 'uncl');
    default:
      return false;
  }
}

/** Whether `input` at `at` starts with `letters` (lower case), ignoring ASCII case. */
function startsWithLetters(input: string, at: number, letters: string): boolean {
  for (let index = 0; index < letters.length; index++)
    if ((input.charCodeAt(at + index) | 0x20) !== letters.charCodeAt(index)) return false;
  return true;
}

/** startsWithLetters with spaces between the letters skipped, as a classification level may be written (`S E C R E T`). */
function startsWithSpacedLetters(input: string, at: number, letters: string): boolean {
  let from = at;
  for (let index = 0; index < letters.length; index++) {
    while (input.charCodeAt(from) === 0x20) from++;
    if ((input.charCodeAt(from) | 0x20) !== letters.charCodeAt(index)) return false;
    from++;
  }
  return true;
}

/** A short line with a line of dashes under it: a heading. */
function startsHeading(state: ParseState, index: number, text: string): boolean {
  const next = state.lines[index + 1];
  return next !== undefined && next.kind === 'underline' && UNDERLINE.test(next.text) && text.length <= 80;
}

/** Lines that start something else, so a paragraph must stop before them. */
export function isParagraphBoundary(state: ParseState, index: number): boolean {
  const line = state.lines[index];
  if (line === undefined) return true;
  if ((index === state.signatureLine && state.signatureGluedAt === -1) || index >= state.appendedRecordLine) return true;
  // Fast path for most lines: after a character no pattern below but isFrontMatterStart starts with,
  // only an underlined heading (or, before the body, front matter) can begin here (an underline
  // itself never ends a paragraph).
  if (!mayStartBoundaryAt(state.input, line.textStart))
    return line.kind !== 'underline' && (startsHeading(state, index, line.text) || startsFrontMatterBeforeBody(state, line.text));
  // Anchored tests on a bounded prefix: long Guardian one-line paragraphs still start paragraphs.
  const text = boundedPrefix(line.text);
  // First-character dispatch: each pattern below can only match after these characters.
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39 && numberedParagraphLength(text) !== 0 && !continuesDate(state, index)) return true;
  // NNNN, NNN and BT: four characters at most.
  if ((first === 0x4e || first === 0x42) && text.length <= 4 && END_OF_MESSAGE.test(text)) return true;
  if (state.openBlocks.length > 0 && startsWithBlockEnd(text)) return true;
  const opens = blockStartKind(text);
  if (opens !== null && endMarkersFrom(state.endMarkers, opens, index) > state.openBlocks.filter((kind) => kind === opens).length)
    return true;
  if (line.kind === 'underline') return false;
  if (startsHeading(state, index, text)) return true;
  if (!state.sawClassifiedBy && (first === 0x28 || (first | 0x20) === 0x63) && CLASSIFIED_BY_LINE.test(text)) return true;
  return startsFrontMatterBeforeBody(state, text) || isBanner(text);
}

/** Anchored tests read a bounded prefix: long Guardian one-line paragraphs stay cheap. */
function boundedPrefix(text: string): string {
  return text.length > 400 ? text.slice(0, 400) : text;
}

/** Before the body proper, an E.O./TAGS/SUBJECT line ends stray text above it. */
function startsFrontMatterBeforeBody(state: ParseState, text: string): boolean {
  return state.zone !== 'body' && isFrontMatterStart(boundedPrefix(text));
}

/** Whether the line closes a block that is open (the lexer already read its END marker). */
function closesOpenBlock(state: ParseState, line: CableLine): boolean {
  return line.blockEnd !== null && state.openBlocks.length > 0 && state.openBlocks.includes(line.blockEnd);
}

/**
 * One pass over the paragraph's lines: each line is tested once for a boundary and laid out as soon
 * as it is known to belong to the paragraph.
 */
export function paragraphRule(state: ParseState): boolean {
  const lines = state.lines;
  const first = lines[state.pos];
  if (first === undefined || first.kind === 'blank') return false;
  // The line that ends with a glued signature is this paragraph's last.
  const gluedLine = state.signatureGluedAt === -1 ? -1 : state.signatureLine;
  const flow = new ParagraphFlow(state.input, state.trailingSpaceStyle);
  let lastContent = state.pos;
  if (state.pos === gluedLine) return pushParagraphWithSignature(state, flow, state.pos + 1, numberedParagraphLength(first.text) !== 0);
  // A first line opens the chunk: only the general layout applies.
  flow.addLine(first);
  // The flow read the number off the first line (as the boundary tests do).
  const numbered = flow.isNumbered();
  if (!closesOpenBlock(state, first)) {
    const limit = state.limit;
    const input = state.input;
    // isParagraphBoundary's fast path, inlined for the common wrapped line: outside the signature
    // line and an appended record, a text line whose first two characters no boundary pattern
    // starts with ends the paragraph only as an underlined heading (or, before the body, front matter).
    const inBody = state.zone === 'body';
    const signatureStop = state.signatureGluedAt === -1 ? state.signatureLine : -1;
    const recordLine = state.appendedRecordLine;
    // A line after a gap was already tested for a boundary (by the gap branch).
    let tested = -1;
    let index = state.pos + 1;
    while (index < limit) {
      const line = lines[index];
      if (line === undefined) break;
      const kind = line.kind;
      if (kind === 'text' || kind === 'underline') {
        // No boundary pattern (so no block marker either) starts with the first two characters.
        const plain = kind === 'text' && index !== signatureStop && index < recordLine && !mayStartBoundaryAt(input, line.textStart);
        if (index !== tested) {
          if (plain) {
            const next = lines[index + 1];
            if (next !== undefined && next.kind === 'underline' && startsHeading(state, index, line.text)) break;
            if (!inBody && isFrontMatterStart(boundedPrefix(line.text))) break;
          } else if (isParagraphBoundary(state, index)) break;
        }
        lastContent = index;
        index++;
        if (lastContent === gluedLine) return pushParagraphWithSignature(state, flow, index, numbered);
        if (!plain) flow.add(line);
        else if (!flow.continueWithPlainLine(line)) flow.addLine(line);
        if (closesOpenBlock(state, line)) break;
        continue;
      }
      // A gap: blank lines, page breaks and the banners printed around them.
      let after = index;
      let hasPage = false;
      let hasBanner = false;
      while (after < limit) {
        const gapLine = lines[after];
        if (gapLine === undefined) break;
        if (gapLine.kind === 'blank') after++;
        else if (gapLine.kind === 'pageBreak') {
          hasPage = true;
          after++;
        } else if (isBanner(gapLine.text) && after !== state.signatureLine) {
          hasBanner = true;
          after++;
        } else break;
      }
      if (after >= limit || (hasBanner && !hasPage)) break;
      // Both tests end the paragraph; the cheap one first.
      if (!numbered && !hasPage) break;
      if (isParagraphBoundary(state, after)) break;
      // The gap belongs to the paragraph: its banners are laid out as text, as in the source.
      for (; index < after; index++) flow.add(lines[index] as CableLine);
      tested = after;
    }
  }
  const end = lastContent + 1;
  state.nodes.push(flow.toNode(lineSpan(lines, state.pos, end)));
  if (numbered) state.sawParagraph = true;
  state.pos = end;
  return true;
}

/**
 * Ends the paragraph [pos, end) whose last line ends with the glued signature (`… AFFAIRS.    PORTER`),
 * with `flow` holding every line before that one: the paragraph keeps the line up to the name, the
 * name becomes the signature node.
 */
function pushParagraphWithSignature(state: ParseState, flow: ParagraphFlow, end: number, numbered: boolean): true {
  const last = state.lines[end - 1] as CableLine;
  const cut = state.signatureGluedAt;
  const head = last.text.slice(0, cut - last.textStart).trimEnd();
  flow.add({ ...last, text: head, end: last.textStart + head.length, next: cut, blockEnd: null });
  state.nodes.push(flow.toNode({ start: (state.lines[state.pos] as CableLine).start, end: cut }));
  state.nodes.push(signatureNode({ start: cut, end: last.next }, last.text.slice(cut - last.textStart)));
  if (numbered) state.sawParagraph = true;
  state.afterSignature = true;
  state.pos = end;
  return true;
}
