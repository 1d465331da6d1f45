// An exact cheap pre-check of isFrontMatterStart for the paragraph rule, which asks it about every
// line of a paragraph still parsed before the body (a cable's first numbered paragraph): most of
// those lines are ordinary wrapped text (`the …`, `that …`), rejected here by a few character tests.
import { MAX_STRUCTURAL_LINE } from '../line-kinds';
import { mayStartCaptionLine } from './captions';

const SPACE = 0x20;

/** Whether `text` (ignoring ASCII case) has `word` (lower case) at `at`. */
function hasLettersAt(text: string, at: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) if ((text.charCodeAt(at + index) | 0x20) !== word.charCodeAt(index)) return false;
  return true;
}

/**
 * False only when isFrontMatterStart(text) is false: the first two characters rule out each of its
 * labels (E.O., REF, TAGS, SUBJECT, CLASSIFIED BY, a level, the partial-extract note, a numbered
 * paragraph), and mayStartCaptionLine the caption lines. A long (non-structural) line always starts.
 */
export function mayStartFrontMatter(text: string): boolean {
  const length = text.length;
  if (length > MAX_STRUCTURAL_LINE) return true;
  const first = text.charCodeAt(0);
  // A missing second character folds to a space (NaN | 0x20), the answer that keeps a level possible.
  const second = text.charCodeAt(1) | 0x20;
  let maybe: boolean;
  switch (first | 0x20) {
    case 0x65: // E.O., EO, E O, E.0.
      maybe = second === 0x6f || second === 0x2e || second === SPACE || second === 0x30;
      break;
    case 0x72: // REF
      maybe = second === 0x65;
      break;
    case 0x28: // CLASSIFIED BY after a portion marking (a backspace folds here too: left to the full test)
      maybe = true;
      break;
    case 0x74: // TAGS (TA, TG), `This record is a partial extract`, TOP SECRET (letters may be spaced)
      maybe =
        second === 0x61 || second === 0x67 || second === 0x6f || second === SPACE || (second === 0x68 && hasLettersAt(text, 2, 'is r'));
      break;
    case 0x63: // CLASSIFIED BY, CONFIDENTIAL
      maybe = second === 0x6c || second === 0x6f || second === SPACE;
      break;
    case 0x73: // SUBJECT, SECRET
      maybe = second === 0x75 || second === 0x65 || second === SPACE;
      break;
    case 0x75: // UNCLASSIFIED
      maybe = second === 0x6e || second === SPACE;
      break;
    case 0x6c: // LIMITED OFFICIAL USE
      maybe = second === 0x69 || second === SPACE;
      break;
    default: // a numbered paragraph
      maybe = first >= 0x30 && first <= 0x39;
  }
  return maybe || mayStartCaptionLine(text);
}
