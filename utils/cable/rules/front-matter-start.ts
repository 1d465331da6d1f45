// Which lines start the part of a cable after the routing header (they end a wrapped address list).
import { readLevelPrefix } from '../classification';
import { eoInsideAt, eoOrderAt, refValueAt, subjectValueAt, tagsValueAt } from '../front-labels';
import { isStructuralLength, NUMBERED_PARAGRAPH, PARTIAL_EXTRACT } from '../line-kinds';
import { mayStartCaptionLine, readCaptions } from './captions';
import { isClassificationLine, mayStartClassification } from './classification-line';
import { isClassifiedByLine } from './classified-by-label';

/**
 * A line that starts a front-matter part: E.O., REF, CLASSIFIED BY, a classification line (or one
 * carrying the E.O. part), TAGS, the partial-extract note, SUBJECT, a numbered paragraph, a caption
 * line; and any line too long to be structural.
 */
export function isFrontMatterStart(text: string): boolean {
  if (!isStructuralLength(text)) return true;
  // One dispatch on the first two characters (hot: called on every wrapped line and paragraph
  // boundary): each label is read by hand only after the characters it must start with; `| 0x20`
  // folds ASCII letters.
  const first = text.charCodeAt(0);
  const letter = first | 0x20;
  const second = text.charCodeAt(1) | 0x20;
  switch (letter) {
    case 0x65: // e: `E.O.`, `EO`, `E O`, `E.0.`
      if ((second === 0x6f || second === 0x2e || second === 0x20 || second === 0x30) && eoOrderAt(text) !== -1) return true;
      break;
    case 0x72: // r: REF… (PROGRAM REF does not end an address list)
      if (second === 0x65 && (text.charCodeAt(2) | 0x20) === 0x66 && refValueAt(text) !== -1) return true;
      break;
    case 0x28: // (
      if (isClassifiedByLine(text)) return true;
      break;
    case 0x74: // t: a level (TOP SECRET), TAGS (TA…, TG…) or the partial-extract note (TH…)
      if (second === 0x61 || second === 0x67) {
        if (tagsValueAt(text) !== -1) return true;
      } else if (second === 0x68) {
        if (PARTIAL_EXTRACT.test(text)) return true;
      } else if (isClassificationStart(text)) return true;
      break;
    case 0x63: // c: a level (CONFIDENTIAL) or CLASSIFIED BY (CL…)
      if (second === 0x6c) {
        if (isClassifiedByLine(text)) return true;
      } else if (isClassificationStart(text)) return true;
      break;
    case 0x73: // s: a level (SECRET) or SUBJECT (SU…)
      if (second === 0x75) {
        if (subjectValueAt(text) !== -1) return true;
      } else if (isClassificationStart(text)) return true;
      break;
    case 0x75: // u
    case 0x6c: // l
      if (isClassificationStart(text)) return true;
      break;
    default:
      if (first >= 0x30 && first <= 0x39 && NUMBERED_PARAGRAPH.test(text)) return true;
  }
  return mayStartCaptionLine(text) && readCaptions(text) !== null;
}

/** A classification line, or one carrying the E.O. part too (see combined-front-line.ts). */
function isClassificationStart(text: string): boolean {
  if (!mayStartClassification(text)) return false;
  const prefix = readLevelPrefix(text);
  if (prefix === null) return false;
  if (isClassificationLine(text)) return true;
  // An upper-case (or spaced) level: `CONFIDENTIAL …`, `C O N F I D E N T I A L …`, not `Confidential …`.
  return (prefix.spaced || !hasLowerCaseLetter(text, prefix.length)) && eoInsideAt(text) !== -1;
}

/** An ASCII lower-case letter in text[0, end). */
function hasLowerCaseLetter(text: string, end: number): boolean {
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}
