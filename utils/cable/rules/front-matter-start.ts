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
import { readClassificationLine } from './classification-line';
import { readCaptions } from './captions';

const NO_SPAN = { start: 0, end: 0 };

export function isFrontMatterStart(text: string): boolean {
  if (!isStructuralLength(text)) return true;
  return (
    readClassificationLine(text, NO_SPAN) !== null ||
    EO_LINE.test(text) ||
    TAGS_LINE.test(text) ||
    SUBJECT_LINE.test(text) ||
    /^REF/i.test(text) && REF_LINE.test(text) ||
    CLASSIFIED_BY_LINE.test(text) ||
    PARTIAL_EXTRACT.test(text) ||
    NUMBERED_PARAGRAPH.test(text) ||
    readCaptions(text) !== null
  );
}
