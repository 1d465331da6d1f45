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
  let folded = '';
  let index = 0;
  while (index < text.length) {
    while (index < text.length && isWhiteSpace(text.charCodeAt(index))) index++;
    if (index >= text.length) break;
    let end = index + 1;
    while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
    // Already folded text (the usual case) comes back as the same string, not a copy.
    if (index === 0 && end === text.length) return text;
    folded = folded === '' ? text.slice(index, end) : `${folded} ${text.slice(index, end)}`;
    index = end;
  }
  return folded;
}

/** `text.replace(/\s+/g, ' ')`: runs of white space become one space (ends kept). */
export function collapseWhiteSpace(text: string): string {
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
