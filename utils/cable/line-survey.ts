// The facts the driver needs before parsing: the trailing-space style, where the END markers are and
// the first appended-record candidate. The lexer takes this survey as it builds the lines
// (lexWithSurvey); surveyLines is the same survey as a pass of its own over lines already lexed.
import type { EndMarkerIndex } from './end-marker-index';
import type { CableLine } from './lex';
import { startsAppendedRecord } from './rules/body-lines';

export interface LineSurvey {
  /** Cables wrap at word boundaries leaving a trailing space; whether this text does. */
  trailingSpaceStyle: boolean;
  endMarkers: EndMarkerIndex;
  /** First line (from line 1) that starts an appended record, or lines.length. */
  firstAppendedRecord: number;
}

export function surveyLines(input: string, lines: readonly CableLine[]): LineSurvey {
  const endMarkers: EndMarkerIndex = { summary: [], comment: [], note: [], quotedText: [] };
  let withSpace = 0;
  let without = 0;
  let firstAppendedRecord = lines.length;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as CableLine;
    if (line.blockEnd !== null) endMarkers[line.blockEnd].push(index);
    if (line.kind !== 'text') continue;
    if (line.text.length >= 40) {
      if (line.trailingSpace) withSpace++;
      else without++;
    }
    // Records start with a digit: read from the input (a line's text is one more object to load).
    const first = input.charCodeAt(line.textStart);
    if (first >= 0x30 && first <= 0x39 && firstAppendedRecord === lines.length && index > 0 && startsAppendedRecord(lines, index))
      firstAppendedRecord = index;
  }
  return { trailingSpaceStyle: withSpace > without, endMarkers, firstAppendedRecord };
}
