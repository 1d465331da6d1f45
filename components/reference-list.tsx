// REF lines: a reference becomes a link only when it names a real cable AND the mirror's URL
// pattern lets us build its address; everything else stays plain text.
import type { ReferencesNode } from '../utils/cable/model.ts';
import { referenceHref } from './format/reference-href.ts';
import { useOverlay } from './overlay-context.ts';

export function ReferenceList({ node }: { node: ReferencesNode }) {
  const { page, pageUrl } = useOverlay();
  return (
    <ol class="cl-refs">
      {node.references.map((reference) => {
        const href = reference.id !== null ? referenceHref(reference.id, { adapter: page.adapter, pageUrl }) : null;
        return (
          <li key={reference.span.start} class="cl-ref" data-ref-id={reference.id ?? undefined}>
            {reference.letter !== null && <span class="cl-ref-letter">{reference.letter}.</span>}{' '}
            {href !== null ? (
              <a class="cl-ref-link" href={href} data-reference={reference.id ?? undefined}>
                {reference.text}
              </a>
            ) : (
              <span class="cl-ref-text">{reference.text}</span>
            )}
            {href === null && reference.id !== null && <span class="cl-ref-id"> ({reference.id})</span>}
          </li>
        );
      })}
    </ol>
  );
}
