// A REF list glued to the end of the SUBJECT on a page that lost its line breaks (09CAIRO1054):
// `SUBJECT: … AS BABY TRAFFICKERS REFS: (A) 08 CAIRO 2483 (B) 08 CAIRO 2562 …`.
import { isStructuralLength } from '../line-kinds';
import type { ParseState } from '../parse-state';
import { readReferences } from './references';

// Only the upper-case keyword with its colon, after whitespace: `refs:` in a sentence is left alone.
const GLUED_REF_LABEL = /\s(?:REFS?|REFTELS?):/;

export interface GluedReferences {
  /** Line index. */
  line: number;
  /** Offset of the label in that line's text. */
  at: number;
  /** Offset of the list after the label. */
  valueAt: number;
}

/** The first REF label glued inside the lines [from, to), at or after offset `after` of line `from`; or null. */
export function findGluedReferences(state: ParseState, from: number, to: number, after: number): GluedReferences | null {
  for (let index = from; index < to; index++) {
    const text = state.lines[index]?.text ?? '';
    // Every label holds `REF` (the pattern is case-sensitive): one native search settles most lines.
    if (!isStructuralLength(text) || text.indexOf('REF') === -1) continue;
    const match = GLUED_REF_LABEL.exec(text);
    const at = match === null ? -1 : match.index + 1;
    if (match !== null && (index > from || at >= after)) return { line: index, at, valueAt: match.index + match[0].length };
  }
  return null;
}

/** Emits the references node from the label to input offset `stop` (a glued statement, or the end of line `to - 1`). */
export function pushGluedReferences(state: ParseState, glued: GluedReferences, to: number, stop: number): void {
  const line = state.lines[glued.line];
  if (line === undefined) return;
  const pieces = [{ text: line.text.slice(glued.valueAt), offset: line.textStart + glued.valueAt }];
  for (let index = glued.line + 1; index < to; index++) {
    const next = state.lines[index];
    if (next !== undefined) pieces.push({ text: next.text, offset: next.textStart });
  }
  const kept = pieces
    .filter((piece) => piece.offset < stop)
    .map((piece) => ({ text: piece.text.slice(0, stop - piece.offset), offset: piece.offset }));
  const span = { start: line.textStart + glued.at, end: stop };
  state.nodes.push({ kind: 'references', span, references: readReferences(kept, state.year) });
}
