// The cable's overall classification as a coloured badge (the banner marking).
import type { Glossary } from '../utils/glossary/index.ts';
import { ExplainedCode } from './explained-code.tsx';
import { toneOfClassification } from './format/marking-tone.ts';

export function ClassificationBadge({ classification, glossary }: { classification: string | null; glossary: Glossary | null }) {
  if (classification === null) {
    return (
      <span class="cl-badge" data-tone="unknown" data-classification="">
        Classification not stated
      </span>
    );
  }
  return (
    <ExplainedCode
      class="cl-badge"
      lookup={glossary?.explainClassification(classification) ?? null}
      kindLabel="Classification"
      attributes={{ 'data-classification': classification, 'data-tone': toneOfClassification(classification) }}
    >
      {classification}
    </ExplainedCode>
  );
}
