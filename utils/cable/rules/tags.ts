// TAGS line: space, comma or semicolon separated, colon optional, wrapped, person tags `(CLINTON, HILLARY)`.
import { tagsValueAt } from '../front-labels';
import { isStructuralLength } from '../line-kinds';
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

const PLAIN = 1;
const PLAIN_UPPER = 2;

/**
 * text[from, to) is printable ASCII without spaces, not starting with `(` nor ending with `)`: foldToken
 * only upper-cases it (PLAIN), or leaves it as it is (PLAIN_UPPER: no lower-case letter); else 0.
 */
function plainTokenKind(text: string, from: number, to: number): number {
  if (text.charCodeAt(from) === 0x28 || text.charCodeAt(to - 1) === 0x29) return 0;
  let kind = PLAIN_UPPER;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x20 || code >= 0x7f) return 0;
    if (code >= 0x61 && code <= 0x7a) kind = PLAIN;
  }
  return kind;
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
    const char = text.charCodeAt(index);
    if (char === 0x20 || char === 0x2c || char === 0x3b || char === 0x09) {
      index++;
      continue;
    }
    let end: number;
    if (char === 0x28) {
      const close = text.indexOf(')', index);
      end = close === -1 ? text.length : close + 1;
    } else {
      end = index;
      while (end < text.length && !endsTagWord(text.charCodeAt(end))) end++;
    }
    const raw = text.slice(index, end);
    const plain = plainTokenKind(text, index, end);
    const code = plain === PLAIN_UPPER ? raw : plain === PLAIN ? raw.toUpperCase() : foldToken(raw);
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
  const valueAt = tagsValueAt(line.text);
  if (valueAt === -1) return false;
  const tags = readTags(line.text.slice(valueAt), line.textStart + valueAt);
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
