// The TAGS line as chips: each explained on hover and focus (meaning, source, confidence).
import type { TagsNode } from '../utils/cable/model.ts';
import { t } from '../utils/i18n.ts';
import { ExplainedCode } from './explained-code.tsx';
import { useOverlay } from './overlay-context.ts';

export function TagList({ node }: { node: TagsNode }) {
  const { glossary, settings, year } = useOverlay();
  const explain = settings.explainTags ? glossary : null;
  return (
    <ul class="cl-tags" aria-label={t('overlay_field_tags')}>
      {node.tags.map((tag) => (
        <li key={tag.span.start}>
          <ExplainedCode
            class="cl-tag"
            lookup={explain?.explainTag(tag.code, { year }) ?? null}
            kindLabel={t('overlay_kind_tag')}
            attributes={{ 'data-tag': tag.code, 'data-tag-kind': tag.kind }}
          >
            {tag.code}
          </ExplainedCode>
        </li>
      ))}
    </ul>
  );
}
