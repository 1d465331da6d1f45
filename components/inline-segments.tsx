// The reading flow of a paragraph: text as Preact text children (never HTML), markings as chips,
// page-break noise and injected captions left out, split words already joined by the parser.
import { Fragment } from 'preact';
import type { InlineSegment, Span } from '../utils/cable/model.ts';
import { MarkingChip } from './marking-chip.tsx';

export interface InlineSegmentsProps {
  segments: readonly InlineSegment[];
  /** A marking rendered by the caller (the paragraph's own, before the text) is not repeated. */
  skipMarkingAt?: Span | null;
}

function renderSegment(segment: InlineSegment, skipMarkingAt: Span | null) {
  switch (segment.kind) {
    case 'text':
    case 'softBreak':
      return segment.text;
    case 'marking':
      if (skipMarkingAt !== null && segment.span.start === skipMarkingAt.start) return null;
      return <MarkingChip marking={segment.marking} />;
    case 'marker':
      return <span class="cl-marker">{segment.text}</span>;
    case 'pageBreak':
    case 'caption':
      return null;
  }
}

export function InlineSegments({ segments, skipMarkingAt = null }: InlineSegmentsProps) {
  return (
    <>
      {segments.map((segment, index) => {
        const rendered = renderSegment(segment, skipMarkingAt);
        if (rendered === null) return null;
        // The parser leaves the spaces between segments out of them (`COMMENT:␠␠The`): a gap
        // between two spans is whitespace in the source, so it becomes one space here.
        const previous = segments[index - 1];
        const gap = previous !== undefined && segment.span.start > previous.span.end && previous.kind !== 'softBreak' ? ' ' : '';
        return (
          <Fragment key={segment.span.start}>
            {gap}
            {rendered}
          </Fragment>
        );
      })}
    </>
  );
}
