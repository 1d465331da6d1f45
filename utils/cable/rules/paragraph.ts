// Paragraphs: numbered (`1. (C) …`, may span blank lines and page breaks) or unnumbered (until a
// blank line, unless a page break splits it). Sub-paragraphs and reading text come from ParagraphFlow.
import { blockStartKindAt, startsWithBlockEnd } from '../block-markers';
import { isAsciiLetter } from '../char-codes';
import { endMarkersFrom, hasEndMarkerFrom } from '../end-marker-index';
import { ParagraphFlow } from '../inline-segments';
import type { CableLine } from '../lex';
import { END_OF_MESSAGE, UNDERLINE } from '../line-kinds';
import { isPlainLeadAt, mayStartBoundaryAt } from '../line-lead';
import { numberedParagraphLength } from '../paragraph-number';
import { lineSpan, type ParseState } from '../parse-state';
import { mayStartClassification, readClassificationLine } from './classification-line';
import { isClassifiedByLine } from './classified-by-label';
import { isFrontMatterStart } from './front-matter-start';
import { mayStartFrontMatter } from './front-matter-start-prefilter';
import { openCount } from './blocks';
import { signatureNode } from './signature-line';

export { mayStartBoundaryAt } from '../line-lead';

const NO_SPAN = { start: 0, end: 0 };

/** isBanner's first test on the input (no call, no string read): every level starts with t, u, c, s or l. */
function mayStartBannerAt(input: string, at: number): boolean {
  const letter = input.charCodeAt(at) | 0x20;
  return letter === 0x74 || letter === 0x75 || letter === 0x63 || letter === 0x73 || letter === 0x6c;
}

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
  return previous !== undefined && previous.kind === 'text' && endsWithMonth(previous.text);
}

/** ENDS_WITH_MONTH.test(text), on the last twelve characters; a month name ends in a letter, most lines in a stop. */
export function endsWithMonth(text: string): boolean {
  return isAsciiLetter(text.charCodeAt(text.length - 1)) && ENDS_WITH_MONTH.test(text.slice(-12));
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
  const opens = hasEndMarkerFrom(state.endMarkers, index)
    ? blockStartKindAt(state.input, line.textStart, line.textStart + line.text.length)
    : null;
  if (opens !== null && endMarkersFrom(state.endMarkers, opens, index) > openCount(state.openBlocks, opens)) return true;
  if (line.kind === 'underline') return false;
  if (startsHeading(state, index, text)) return true;
  if (!state.sawClassifiedBy && (first === 0x28 || (first | 0x20) === 0x63) && isClassifiedByLine(text)) return true;
  return startsFrontMatterBeforeBody(state, text) || isBanner(text);
}

/** Anchored tests read a bounded prefix: long Guardian one-line paragraphs stay cheap. */
function boundedPrefix(text: string): string {
  return text.length > 400 ? text.slice(0, 400) : text;
}

/** An E.O./TAGS/SUBJECT line (or another front-matter start): before the body, it ends stray text above it. */
function startsFrontMatter(text: string): boolean {
  return mayStartFrontMatter(text) && isFrontMatterStart(boundedPrefix(text));
}

/**
 * Before the body: the first line from `from` on (before `stop`) that starts front matter, or the
 * first one a run of plain lines could not take anyway (it is then tested on the general path).
 */
function frontMatterStop(lines: readonly CableLine[], input: string, from: number, stop: number): number {
  for (let index = from; index < stop; index++) {
    const line = lines[index] as CableLine;
    if (line.kind !== 'text' || !isPlainLeadAt(input, line.textStart) || startsFrontMatter(line.text)) return index;
  }
  return stop;
}

/** Before the body proper, an E.O./TAGS/SUBJECT line ends stray text above it. */
function startsFrontMatterBeforeBody(state: ParseState, text: string): boolean {
  return state.zone !== 'body' && startsFrontMatter(text);
}

/** Whether the line closes a block that is open (the lexer already read its END marker). */
function closesOpenBlock(state: ParseState, line: CableLine): boolean {
  return line.blockEnd !== null && state.openBlocks.length > 0 && state.openBlocks.includes(line.blockEnd);
}

/**
 * One pass over the paragraph's lines: each line is tested once for a boundary and laid out as soon
 * as it is known to belong to the paragraph. Runs of plain wrapped lines (about nine lines in ten)
 * are tested and laid out together by ParagraphFlow.addPlainLines; the others take the general path.
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
  // A first line opens the chunk.
  flow.addFirstLine(first);
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
    // Plain lines run up to the signature's line (whole or glued) and an appended record.
    let plainStop = recordLine < limit ? recordLine : limit;
    if (state.signatureLine > state.pos && state.signatureLine < plainStop) plainStop = state.signatureLine;
    // Lines before this one (from the paragraph's second on) do not start front matter.
    let frontChecked = -1;
    let index = state.pos + 1;
    while (index < limit) {
      // Before the body, the run also stops at the first line that starts front matter.
      if (!inBody && index >= frontChecked) frontChecked = frontMatterStop(lines, input, index, plainStop);
      const runEnd = flow.addPlainLines(lines, index, inBody ? plainStop : frontChecked);
      if (runEnd !== index) {
        lastContent = runEnd - 1;
        index = runEnd;
        if (index >= limit) break;
      }
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
            if (!inBody && startsFrontMatter(line.text)) break;
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
        } else if (after !== state.signatureLine && mayStartBannerAt(input, gapLine.textStart) && isBanner(gapLine.text)) {
          hasBanner = true;
          after++;
        } else break;
      }
      if (after >= limit || (hasBanner && !hasPage)) break;
      // Both tests end the paragraph; the cheap one first.
      if (!numbered && !hasPage) break;
      if (isParagraphBoundary(state, after)) break;
      // The gap belongs to the paragraph: its banners are laid out as text, as in the source.
      for (; index < after; index++) {
        const gapLine = lines[index] as CableLine;
        if (gapLine.kind === 'blank' || gapLine.kind === 'pageBreak') flow.addGapLine(gapLine);
        else flow.add(gapLine);
      }
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
