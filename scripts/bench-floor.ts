// The floor under `parseCable` in `npm run bench`: what the parser's required parts cost before any
// recognition rule runs. Not a parser (it recognises almost nothing); a cost estimate kept runnable
// so the "within 3× the baseline" goal can be judged against it.
//
// The skeleton runs the real lexer (the typed lines the issue requires) and then builds objects of
// the model's own shapes: a text node per front-matter line, a blank node per blank line, and per
// paragraph its node with a text segment, a soft break and their spans for each wrapped line, and the
// reading text. Over the bench corpus it allocates 29.0 MB per pass against parseCable's 32.9 (V8's
// sampling heap profiler, 2026-11-28). Every rule of the parser (routing header, labels, references,
// boundaries, blocks, headings, page breaks, split words, derived facts) costs what parseCable takes
// above it.
import { isDigit } from '../utils/cable/char-codes';
import { type CableLine, lexWithSurvey } from '../utils/cable/lex';
import type { CableNode, InlineSegment } from '../utils/cable/model';
import { numberedParagraphLength, paragraphNumber } from '../utils/cable/paragraph-number';
import { portionMarkingIn } from '../utils/cable/portion-marking-scan';

/** The real lexer and line survey alone. */
export function lexOnly(text: string): number {
  return lexWithSurvey(text).lines.length;
}

/** The real lexer, then the model's objects for the lines with only the cheapest tests (see above). */
export function modelSkeleton(input: string): number {
  const { lines } = lexWithSurvey(input);
  const nodes: CableNode[] = [];
  let index = 0;
  // Front matter: up to the first numbered paragraph.
  for (; index < lines.length; index++) {
    const line = lines[index] as CableLine;
    if (line.kind === 'blank') nodes.push({ kind: 'blank', span: { start: line.start, end: line.next } });
    else if (numberedParagraphLength(line.text) !== 0) break;
    else nodes.push({ kind: 'text', span: { start: line.start, end: line.next }, text: line.text });
  }
  while (index < lines.length) {
    const line = lines[index] as CableLine;
    if (line.kind === 'blank') {
      nodes.push({ kind: 'blank', span: { start: line.start, end: line.next } });
      index++;
      continue;
    }
    const text = line.text;
    const numbered = numberedParagraphLength(text);
    let at = numbered;
    while (text.charCodeAt(at) === 0x20) at++;
    const marking = text.charCodeAt(at) === 0x28 ? portionMarkingIn(text, at, text.length, line.textStart + at) : null;
    if (marking !== null) at += marking.raw.length;
    const segments: InlineSegment[] = [];
    if (marking !== null) segments.push({ kind: 'marking', text: marking.raw, marking, span: marking.span });
    const firstText = at === 0 ? text : text.slice(at);
    let previousEnd = line.textStart + text.length;
    segments.push({ kind: 'text', text: firstText, span: { start: line.textStart + at, end: previousEnd } });
    let reading = firstText;
    // Wrapped lines: a text line that starts no number, marking or dash and holds no END marker or SIPDIS.
    for (index++; index < lines.length; index++) {
      const next = lines[index] as CableLine;
      const first = next.text.charCodeAt(0);
      if (next.kind !== 'text' || next.blockEnd !== null || next.hasSipdis || isDigit(first) || first === 0x28 || first === 0x2d) break;
      const end = next.textStart + next.text.length;
      segments.push({ kind: 'softBreak', text: ' ', span: { start: previousEnd, end: next.textStart } });
      segments.push({ kind: 'text', text: next.text, span: { start: next.textStart, end } });
      reading = `${reading} ${next.text}`;
      previousEnd = end;
    }
    const span = { start: line.start, end: (lines[index - 1] as CableLine).next };
    const number = numbered === 0 ? null : paragraphNumber(text, numbered);
    nodes.push({ kind: 'paragraph', span, number, marking, segments, subParagraphs: [], text: reading });
  }
  return nodes.length;
}
