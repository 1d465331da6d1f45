// The cable's overall classification as a coloured badge (the banner marking).
import type { Glossary } from '../utils/glossary/index.ts';
import { t } from '../utils/i18n.ts';
import { ExplainedCode } from './explained-code.tsx';
import { toneOfClassification } from './format/marking-tone.ts';

export function ClassificationBadge({ classification, glossary }: { classification: string | null; glossary: Glossary | null }) {
  if (classification === null) {
    return (
      <span class="cl-badge" data-tone="unknown" data-classification="">
        {t('overlay_classification_not_stated')}
      </span>
    );
  }
  return (
    <ExplainedCode
      class="cl-badge"
      lookup={glossary?.explainClassification(classification) ?? null}
      kindLabel={t('overlay_kind_classification')}
      attributes={{ 'data-classification': classification, 'data-tone': toneOfClassification(classification) }}
    >
      {classification}
    </ExplainedCode>
  );
}
