// Reading text out of page elements with standard DOM calls only (runs in browsers and happy-dom).
// Node type numbers are used instead of `Node.TEXT_NODE` so no global `Node` is needed under Node.js.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The first `maxChars` characters of `element.textContent`, without building the whole string. */
export function readTextPrefix(element: Element, maxChars: number): string {
  let text = '';
  const stack: ChildNode[] = [...Array.from(element.childNodes)].reverse();
  while (stack.length > 0 && text.length < maxChars) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) text += (node as Text).data;
    else if (node.nodeType === ELEMENT_NODE) for (const child of Array.from(node.childNodes).reverse()) stack.push(child);
  }
  return text.slice(0, maxChars);
}

/** `textContent` of `element`, leaving out the text of descendants that match `skipSelector`. */
export function textContentWithout(element: Element, skipSelector: string): string {
  let text = '';
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) text += (node as Text).data;
    else if (node.nodeType === ELEMENT_NODE && !(node as Element).matches(skipSelector)) node.childNodes.forEach(visit);
  };
  element.childNodes.forEach(visit);
  return text;
}

/** Offset of each of `targets` within `root.textContent` (-1 for a target outside `root`). */
export function textOffsetsOf(root: Element, targets: readonly Element[]): number[] {
  const wanted = new Map<Node, number>(targets.map((target, index) => [target, index]));
  const offsets = targets.map(() => -1);
  let length = 0;
  const visit = (node: Node): void => {
    const index = wanted.get(node);
    if (index !== undefined) offsets[index] = length;
    if (node.nodeType === TEXT_NODE) length += (node as Text).data.length;
    else node.childNodes.forEach(visit);
  };
  root.childNodes.forEach(visit);
  return offsets;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'BUTTON']);
/** Elements after which a reader sees a blank line. */
const PARAGRAPH_LIKE = new Set(['P', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR']);
/** Elements after which a reader sees a line break. */
const LINE_LIKE = new Set(['DIV', 'LI', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'DL', 'DT', 'DD']);

export interface BlockText {
  text: string;
  /** Where each direct element child of the container landed in `text`. */
  children: Array<{ element: Element; start: number; end: number }>;
}

/**
 * The text of a rich-text container (a blog post's `<p>` + `<br>` markup) the way a reader sees it,
 * close to `innerText` without layout: whitespace runs collapse to one space, `<br>` is a line break,
 * paragraphs are separated by a blank line, `<pre>` keeps its whitespace.
 */
export function readBlockText(container: Element, options: { maxChars?: number; skipSelector?: string } = {}): BlockText {
  const maxChars = options.maxChars ?? Infinity;
  let text = '';
  let pendingBreaks = 0;
  // Manual loops instead of `/[ \t]+$/` so the cost does not grow with the text read so far.
  const trimTrailingSpaces = () => {
    let end = text.length;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (end < text.length) text = text.slice(0, end);
  };
  const trailingNewlines = () => {
    let count = 0;
    while (count < text.length && text[text.length - 1 - count] === '\n') count++;
    return count;
  };
  const flushBreaks = () => {
    if (pendingBreaks > 0 && text.length > 0) {
      trimTrailingSpaces();
      text += '\n'.repeat(Math.max(0, pendingBreaks - trailingNewlines()));
    }
    pendingBreaks = 0;
  };
  const requestBreaks = (count: number) => {
    pendingBreaks = Math.max(pendingBreaks, count);
  };
  const visit = (node: Node, inPre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const chunk = inPre ? data : data.replace(/[ \t\n\r\f]+/g, ' ');
      if (chunk === '' || (!inPre && chunk === ' ' && (text === '' || text.endsWith('\n') || pendingBreaks > 0))) return;
      flushBreaks();
      text += !inPre && (text === '' || text.endsWith('\n')) ? chunk.replace(/^ /, '') : chunk;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || text.length >= maxChars) return;
    if (options.skipSelector !== undefined && element.matches(options.skipSelector)) return;
    if (tag === 'BR') {
      flushBreaks();
      trimTrailingSpaces();
      text += '\n';
      return;
    }
    const breaks = PARAGRAPH_LIKE.has(tag) ? 2 : LINE_LIKE.has(tag) ? 1 : 0;
    if (breaks > 0) requestBreaks(breaks);
    const pre = inPre || tag === 'PRE';
    element.childNodes.forEach((child) => visit(child, pre));
    if (breaks > 0) requestBreaks(breaks);
  };
  const children: BlockText['children'] = [];
  container.childNodes.forEach((child) => {
    if (text.length >= maxChars) return;
    const start = text.length;
    visit(child, false);
    if (child.nodeType === ELEMENT_NODE) children.push({ element: child as Element, start, end: text.length });
  });
  trimTrailingSpaces();
  // A child's range may start before the breaks that were flushed into it; move starts past them.
  for (const child of children) {
    while (child.start < child.end && text[child.start] === '\n') child.start++;
    child.end = Math.min(child.end, text.length);
  }
  return { text, children };
}
