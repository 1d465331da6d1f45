// "Copy citation" as plain text or Markdown (ID, subject, date, origin, link).
import { useState } from 'preact/hooks';
import { citationMarkdown, citationText, type CitationFields } from '../utils/citation.ts';
import { t } from '../utils/i18n.ts';
import { useOverlay } from './overlay-context.ts';

export function CopyCitation({ fields }: { fields: CitationFields }) {
  const { copy, announce } = useOverlay();
  const [copied, setCopied] = useState<'text' | 'markdown' | null>(null);
  const run = async (format: 'text' | 'markdown') => {
    try {
      await copy(format === 'text' ? citationText(fields) : citationMarkdown(fields));
      setCopied(format);
      announce(format === 'text' ? t('overlay_citation_copied') : t('overlay_citation_copied_markdown'));
      setTimeout(() => setCopied(null), 2000);
    } catch {
      announce(t('overlay_citation_failed'));
    }
  };
  return (
    <span class="cl-citation" role="group" aria-label={t('overlay_copy_citation')}>
      <button type="button" class="cl-button" data-action="copy-citation" onClick={() => run('text')}>
        {copied === 'text' ? t('overlay_copied') : t('overlay_copy_citation')}
      </button>
      <button type="button" class="cl-button" data-action="copy-citation-markdown" onClick={() => run('markdown')}>
        {copied === 'markdown' ? t('overlay_copied') : t('overlay_citation_markdown')}
      </button>
    </span>
  );
}
