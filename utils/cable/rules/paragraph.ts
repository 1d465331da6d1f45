// Paragraphs: numbered (`1. (C) …`, may span blank lines and page breaks) or unnumbered (until a
// blank line, unless a page break splits it). Sub-paragraphs and reading text come from layoutParagraph.
import { blockEndKind, blockStartKind, startsWithBlockEnd } from '../block-markers';
import { endMarkersFrom } from '../end-marker-index';
import { layoutParagraph, paragraphText, toSubParagraph, type ParagraphLayout } from '../inline-segments';
import type { CableLine } from '../lex';
import { CLASSIFIED_BY_LINE, END_OF_MESSAGE, NUMBERED_PARAGRAPH, UNDERLINE } from '../line-kinds';
import type { ParagraphNode, Span } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { mayStartClassification, readClassificationLine } from './classification-line';
import { isFrontMatterStart } from './front-matter-start';

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
 * A letter (either case) none of isParagraphBoundary's patterns can start with: numbered paragraphs
 * and block prefixes need a digit or `(`, END/BEGIN/SUMMARY/COMMENT/NOTE/NNNN/BT, CLASSIFIED BY and
 * banners (TOP SECRET, UNCLAS…, CONFIDENTIAL, SECRET, LIMITED…) need b, c, e, l, n, s, t or u.
 */
function startsPlainWord(first: number): boolean {
  const lower = first | 0x20;
  if (lower < 0x61 || lower > 0x7a) return false;
  return !(
    lower === 0x62 ||
    lower === 0x63 ||
    lower === 0x65 ||
    lower === 0x6c ||
    lower === 0x6e ||
    lower === 0x73 ||
    lower === 0x74 ||
    lower === 0x75
  );
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
  // Fast path for most body lines: after a letter no pattern below starts with, only an underlined
  // heading can begin here.
  if (state.zone === 'body' && startsPlainWord(line.text.charCodeAt(0))) return startsHeading(state, index, line.text);
  // Anchored tests on a bounded prefix: long Guardian one-line paragraphs still start paragraphs.
  const text = line.text.length > 400 ? line.text.slice(0, 400) : line.text;
  // First-character dispatch: each pattern below can only match after these characters.
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39 && NUMBERED_PARAGRAPH.test(text) && !continuesDate(state, index)) return true;
  if ((first === 0x4e || first === 0x42) && END_OF_MESSAGE.test(text)) return true;
  if (startsWithBlockEnd(text) && state.openBlocks.length > 0) return true;
  const opens = blockStartKind(text);
  if (opens !== null && endMarkersFrom(state.endMarkers, opens, index) > state.openBlocks.filter((kind) => kind === opens).length)
    return true;
  if (line.kind === 'underline') return false;
  if (startsHeading(state, index, text)) return true;
  if (!state.sawClassifiedBy && (first === 0x28 || (first | 0x20) === 0x63) && CLASSIFIED_BY_LINE.test(text)) return true;
  // Before the body proper, an E.O./TAGS/SUBJECT line ends stray text above it.
  if (state.zone !== 'body' && isFrontMatterStart(text)) return true;
  return isBanner(text);
}

/** Whether the line closes a block that is open. */
function closesOpenBlock(state: ParseState, text: string): boolean {
  if (state.openBlocks.length === 0) return false;
  const kind = blockEndKind(text);
  return kind !== null && state.openBlocks.includes(kind);
}

export function paragraphRule(state: ParseState): boolean {
  const first = state.lines[state.pos];
  if (first === undefined || first.kind === 'blank') return false;
  const numbered = NUMBERED_PARAGRAPH.test(first.text);
  // The line that ends with a glued signature is this paragraph's last.
  const gluedLine = state.signatureGluedAt === -1 ? -1 : state.signatureLine;
  let lastContent = state.pos;
  let index = state.pos + 1;
  if (!closesOpenBlock(state, first.text) && state.pos !== gluedLine) {
    while (index < state.limit) {
      const line = state.lines[index];
      if (line === undefined) break;
      if (line.kind === 'text' || line.kind === 'underline') {
        if (isParagraphBoundary(state, index)) break;
        lastContent = index;
        index++;
        if (closesOpenBlock(state, line.text) || lastContent === gluedLine) break;
        continue;
      }
      // A gap: blank lines, page breaks and the banners printed around them.
      let after = index;
      let hasPage = false;
      let hasBanner = false;
      while (after < state.limit) {
        const gapLine = state.lines[after];
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
      if (after >= state.limit || (hasBanner && !hasPage)) break;
      // Both tests end the paragraph; the cheap one first.
      if (!numbered && !hasPage) break;
      if (isParagraphBoundary(state, after)) break;
      index = after;
    }
  }
  const end = lastContent + 1;
  if (lastContent === gluedLine) return pushParagraphWithSignature(state, end, numbered);
  const layout = layoutParagraph(state.lines, state.pos, end, state.trailingSpaceStyle);
  state.nodes.push(paragraphNode(layout, lineSpan(state.lines, state.pos, end)));
  if (numbered) state.sawParagraph = true;
  state.pos = end;
  return true;
}

function paragraphNode(layout: ParagraphLayout, span: Span): ParagraphNode {
  const lead = layout.chunks[0];
  const hasLead = lead !== undefined && lead.label === null;
  const leadSegments = hasLead ? lead.segments : [];
  const chunks = hasLead ? layout.chunks.slice(1) : layout.chunks;
  return {
    kind: 'paragraph',
    span,
    number: layout.number,
    marking: layout.marking,
    segments: leadSegments,
    subParagraphs: chunks.map(toSubParagraph),
    text: paragraphText(leadSegments, chunks),
  };
}

/**
 * The paragraph [pos, end) whose last line ends with the glued signature (`… AFFAIRS.    PORTER`):
 * the paragraph keeps the line up to the name, the name becomes the signature node.
 */
function pushParagraphWithSignature(state: ParseState, end: number, numbered: boolean): true {
  const last = state.lines[end - 1] as CableLine;
  const cut = state.signatureGluedAt;
  // Laid out from a copy of the paragraph's lines whose last one stops before the name.
  const lines = state.lines.slice(state.pos, end);
  const head = last.text.slice(0, cut - last.textStart).trimEnd();
  lines[lines.length - 1] = { ...last, text: head, end: last.textStart + head.length, next: cut, blockEnd: null };
  const layout = layoutParagraph(lines, 0, lines.length, state.trailingSpaceStyle);
  state.nodes.push(paragraphNode(layout, { start: (state.lines[state.pos] as CableLine).start, end: cut }));
  state.nodes.push({ kind: 'signature', span: { start: cut, end: last.next }, text: last.text.slice(cut - last.textStart) });
  if (numbered) state.sawParagraph = true;
  state.afterSignature = true;
  state.pos = end;
  return true;
}
