// TAGS line: space, comma or semicolon separated, colon optional, wrapped, person tags `(CLINTON, HILLARY)`.
import { isStructuralLength, TAGS_LINE } from '../line-kinds';
import type { Span, Tag, TagKind, TagsNode } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { isFrontMatterStart } from './front-matter-start';

/** cablemap's heuristic: 2 letters geo, a comma person, K + 3 letters program, else subject/org. */
export function tagKindOf(code: string): TagKind {
  if (code.includes(',')) return 'person';
  // `/^[A-Z]{2}$/` and `/^K[A-Z]{3}$/`, by character.
  if (code.length === 2 && isUpperCaseLetters(code, 0)) return 'geo';
  if (code.length === 4 && code.charCodeAt(0) === 0x4b && isUpperCaseLetters(code, 1)) return 'program';
  return 'subject-or-org';
}

function isUpperCaseLetters(code: string, from: number): boolean {
  for (let index = from; index < code.length; index++) {
    const char = code.charCodeAt(index);
    if (char < 0x41 || char > 0x5a) return false;
  }
  return true;
}

/** Drops the person-tag parentheses, folds whitespace, upper-cases. */
function foldToken(raw: string): string {
  return raw
    .replace(/^\(|\)$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

/** Printable ASCII without spaces and not starting with `(` or ending with `)`: foldToken only upper-cases it. */
function isPlainToken(raw: string): boolean {
  if (raw.charCodeAt(0) === 0x28 || raw.charCodeAt(raw.length - 1) === 0x29) return false;
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return true;
}

/** Space, comma, semicolon, tab or `(` ends a tag word. */
function endsTagWord(code: number): boolean {
  return code === 0x20 || code === 0x2c || code === 0x3b || code === 0x09 || code === 0x28;
}

/** Splits tag text that starts at `offset` into tags with their own spans. */
export function readTags(text: string, offset: number): Tag[] {
  const tags: Tag[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === ' ' || char === ',' || char === ';' || char === '\t') {
      index++;
      continue;
    }
    let end: number;
    if (char === '(') {
      const close = text.indexOf(')', index);
      end = close === -1 ? text.length : close + 1;
    } else {
      end = index;
      while (end < text.length && !endsTagWord(text.charCodeAt(end))) end++;
    }
    const raw = text.slice(index, end);
    const code = isPlainToken(raw) ? raw.toUpperCase() : foldToken(raw);
    if (code !== '') {
      const span: Span = { start: offset + index, end: offset + end };
      tags.push({ code, kind: tagKindOf(code), span });
    }
    index = end;
  }
  return tags;
}

// A wrapped TAGS line continues with upper-case codes only.
const TAG_CONTINUATION = /^[A-Z0-9(][A-Z0-9(),; .-]*$/;

/** Parses a TAGS text that begins at input offset `offset` (used by the combined Guardian line too). */
export function tagsNodeFrom(text: string, offset: number, span: Span): TagsNode {
  return { kind: 'tags', span, tags: readTags(text, offset) };
}

export function tagsRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  // TAGS_LINE starts with T or t: test that before the pattern.
  if (line === undefined || (line.text.charCodeAt(0) | 0x20) !== 0x74 || !isStructuralLength(line.text)) return false;
  const match = TAGS_LINE.exec(line.text);
  if (match === null) return false;
  const value = match[1] ?? match[2] ?? '';
  const tags = readTags(value, line.textStart + line.text.length - value.length);
  let end = state.pos + 1;
  for (;;) {
    const next = state.lines[end];
    if (end >= state.limit || next === undefined || next.kind !== 'text' || !isStructuralLength(next.text)) break;
    if (!TAG_CONTINUATION.test(next.text) || isFrontMatterStart(next.text) || next.text.split(/[ ,;]+/).some((word) => word.length > 14))
      break;
    tags.push(...readTags(next.text, next.textStart));
    end++;
  }
  state.nodes.push({ kind: 'tags', span: lineSpan(state.lines, state.pos, end), tags });
  state.pos = end;
  return true;
}
