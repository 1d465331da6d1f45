// A paragraph: number, portion marking and ¶ permalink in the gutter, reading text beside it,
// lettered sub-paragraphs (with their own anchors) and dashed items below.
import type { ParagraphNode, SubParagraph } from '../utils/cable/model.ts';
import { InlineSegments } from './inline-segments.tsx';
import { MarkingChip } from './marking-chip.tsx';
import { useOverlay } from './overlay-context.ts';
import { PermalinkButton } from './permalink-button.tsx';

function SubParagraphItem({ sub }: { sub: SubParagraph }) {
  const { anchors } = useOverlay();
  const anchor = anchors.byNode.get(sub);
  // Lettered items get an anchor; `--` items a dash; a null label is a further block of text.
  const variant = anchor !== undefined ? 'lettered' : sub.label === null ? 'text' : 'dash';
  return (
    <li
      class={`cl-sub cl-sub--${variant}`}
      id={anchor?.id}
      data-marking={sub.marking?.level}
      data-paragraph-anchor={anchor ? '' : undefined}
      tabIndex={anchor ? -1 : undefined}
    >
      {variant === 'lettered' && <span class="cl-sub-label">{sub.label}.</span>}
      {variant === 'dash' && (
        <span class="cl-sub-label" aria-hidden="true">
          –
        </span>
      )}
      {anchor && <PermalinkButton anchor={anchor} />}
      {sub.marking && <MarkingChip marking={sub.marking} />}{' '}
      <InlineSegments segments={sub.segments} skipMarkingAt={sub.marking?.span ?? null} />
    </li>
  );
}

export function CableParagraph({ node }: { node: ParagraphNode }) {
  const { anchors } = useOverlay();
  const anchor = anchors.byNode.get(node);
  return (
    <div
      class={node.number === null ? 'cl-para cl-para--plain' : 'cl-para'}
      id={anchor?.id}
      data-marking={node.marking?.level}
      data-paragraph-anchor={anchor ? '' : undefined}
      tabIndex={anchor ? -1 : undefined}
    >
      {node.number !== null && (
        <div class="cl-para-gutter">
          <span class="cl-para-number">{node.number}.</span>
          {anchor && <PermalinkButton anchor={anchor} />}
        </div>
      )}
      <div class="cl-para-body">
        <p class="cl-para-text">
          {node.marking && <MarkingChip marking={node.marking} />}
          {node.marking && ' '}
          <InlineSegments segments={node.segments} skipMarkingAt={node.marking?.span ?? null} />
        </p>
        {node.subParagraphs.length > 0 && (
          <ul class="cl-subs">
            {node.subParagraphs.map((sub) => (
              <SubParagraphItem key={sub.span.start} sub={sub} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
