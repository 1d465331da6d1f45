// White space exactly as the regular expressions see it (`\s`, String.prototype.trim), read by code
// unit: the hot front-matter rules fold and split text without running a regex per character.

/** What `/\s/` matches (and trim() removes), by UTF-16 code unit. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `text.replace(/\s+/g, ' ').trim()`: runs of white space become one space, none at either end. */
export function foldWhiteSpace(text: string): string {
  // Already folded text (the usual case: single spaces between words) comes back as it is.
  if (isFolded(text, 0, text.length)) return text;
  const words: string[] = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && isWhiteSpace(text.charCodeAt(index))) index++;
    if (index >= text.length) break;
    let end = index + 1;
    while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
    words.push(text.slice(index, end));
    index = end;
  }
  return words.join(' ');
}

// White space inside text that folding would change: white space other than a space, or two spaces
// in a row (`\s` is exactly isWhiteSpace). One native scan, faster than a loop by code unit.
const UNFOLDED_INSIDE = /[^\S ]| {2}/;

/** text[from, to) has no white space at either end and only single spaces inside. */
function isFolded(text: string, from: number, to: number): boolean {
  if (from < to && (isWhiteSpace(text.charCodeAt(from)) || isWhiteSpace(text.charCodeAt(to - 1)))) return false;
  return !UNFOLDED_INSIDE.test(from === 0 && to === text.length ? text : text.slice(from, to));
}

/** foldWhiteSpace(text.slice(from, to)), without the copy when that part is already folded. */
export function foldWhiteSpaceIn(text: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return isFolded(text, start, end) ? text.slice(start, end) : foldWhiteSpace(text.slice(start, end));
}

/** `text.replace(/\s+/g, ' ')`: runs of white space become one space (ends kept). */
export function collapseWhiteSpace(text: string): string {
  // Most texts have single spaces only: one native scan settles them.
  if (!UNFOLDED_INSIDE.test(text)) return text;
  let collapsed = '';
  // text[from, index) is copied as is; a run that is already a single space needs no copy.
  let from = 0;
  let index = 0;
  while (index < text.length) {
    if (!isWhiteSpace(text.charCodeAt(index))) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && isWhiteSpace(text.charCodeAt(end))) end++;
    if (end - index > 1 || text.charCodeAt(index) !== 0x20) {
      collapsed += `${text.slice(from, index)} `;
      from = end;
    }
    index = end;
  }
  return from === 0 ? text : collapsed + text.slice(from);
}
