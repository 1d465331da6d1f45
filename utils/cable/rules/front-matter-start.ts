// Which lines start the part of a cable after the routing header (they end a wrapped address list).
import {
  CLASSIFIED_BY_LINE,
  EO_LINE,
  isStructuralLength,
  NUMBERED_PARAGRAPH,
  PARTIAL_EXTRACT,
  REF_LINE,
  SUBJECT_LINE,
  TAGS_LINE,
} from '../line-kinds';
import { readLevelPrefix } from '../classification';
import { mayStartClassification, readClassificationLine } from './classification-line';
import { readCaptions } from './captions';

const NO_SPAN = { start: 0, end: 0 };

// A classification line carrying the E.O. part on the same line (10STATE284, see combined-front-line.ts).
const EO_INSIDE = / E\.? ?[O0]\.? ?1[123][0-9]{3}/i;

/** An upper-case (or spaced) classification level at the start: `CONFIDENTIAL …`, `C O N F I D E N T I A L …`. */
function isUpperCaseLevel(text: string): boolean {
  const prefix = readLevelPrefix(text);
  if (prefix === null) return false;
  const level = text.slice(0, prefix.length);
  return prefix.spaced || level === level.toUpperCase();
}

export function isFrontMatterStart(text: string): boolean {
  if (!isStructuralLength(text)) return true;
  // First-character dispatch (hot: called on every wrapped line): each pattern is tried only after
  // a character it can start with; `| 0x20` folds ASCII letters for the case-insensitive ones.
  const first = text.charCodeAt(0);
  const letter = first | 0x20;
  return (
    readClassificationLine(text, NO_SPAN) !== null ||
    (mayStartClassification(text) && isUpperCaseLevel(text) && EO_INSIDE.test(text)) ||
    (letter === 0x65 && EO_LINE.test(text)) ||
    (letter === 0x74 && TAGS_LINE.test(text)) ||
    (letter === 0x73 && SUBJECT_LINE.test(text)) ||
    (letter === 0x72 && /^REF/i.test(text) && REF_LINE.test(text)) ||
    ((first === 0x28 || letter === 0x63) && CLASSIFIED_BY_LINE.test(text)) ||
    (letter === 0x74 && PARTIAL_EXTRACT.test(text)) ||
    (first >= 0x30 && first <= 0x39 && NUMBERED_PARAGRAPH.test(text)) ||
    readCaptions(text) !== null
  );
}
