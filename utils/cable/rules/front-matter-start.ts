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
import { isClassificationLine, mayStartClassification } from './classification-line';
import { mayStartCaptionLine, readCaptions } from './captions';

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
  // One dispatch on the first character (hot: called on every wrapped line and paragraph boundary):
  // each pattern is tried only after the characters it must start with; `| 0x20` folds ASCII letters.
  const first = text.charCodeAt(0);
  const letter = first | 0x20;
  const second = text.charCodeAt(1) | 0x20;
  switch (letter) {
    case 0x65: // e: `E.O.`, `EO`, `E O`, `E.0.`
      if ((second === 0x6f || second === 0x2e || second === 0x20 || second === 0x30) && EO_LINE.test(text)) return true;
      break;
    case 0x72: // r
      if (second === 0x65 && (text.charCodeAt(2) | 0x20) === 0x66 && REF_LINE.test(text)) return true;
      break;
    case 0x28: // (
      if (CLASSIFIED_BY_LINE.test(text)) return true;
      break;
    case 0x74: // t: a level (TOP SECRET), TAGS (TA…, TG…) or the partial-extract note (TH…)
    case 0x75: // u
    case 0x63: // c: a level (CONFIDENTIAL) or CLASSIFIED BY (CL…)
    case 0x73: // s: a level (SECRET) or SUBJECT (SU…)
    case 0x6c: // l
      if (isClassificationStart(text)) return true;
      if (letter === 0x74 && (second === 0x61 || second === 0x67) && TAGS_LINE.test(text)) return true;
      if (letter === 0x74 && second === 0x68 && PARTIAL_EXTRACT.test(text)) return true;
      if (letter === 0x73 && second === 0x75 && SUBJECT_LINE.test(text)) return true;
      if (letter === 0x63 && second === 0x6c && CLASSIFIED_BY_LINE.test(text)) return true;
      break;
    default:
      if (first >= 0x30 && first <= 0x39 && NUMBERED_PARAGRAPH.test(text)) return true;
  }
  return mayStartCaptionLine(text) && readCaptions(text) !== null;
}

/** A classification line, or one carrying the E.O. part too (see combined-front-line.ts). */
function isClassificationStart(text: string): boolean {
  if (!mayStartClassification(text)) return false;
  return isClassificationLine(text) || (isUpperCaseLevel(text) && EO_INSIDE.test(text));
}
