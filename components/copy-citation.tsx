// "Copy citation" as plain text or Markdown (ID, subject, date, origin, link).
import { useState } from 'preact/hooks';
import { citationMarkdown, citationText, type CitationFields } from '../utils/citation.ts';
import { useOverlay } from './overlay-context.ts';

export function CopyCitation({ fields }: { fields: CitationFields }) {
  const { copy, announce } = useOverlay();
  const [copied, setCopied] = useState<'text' | 'markdown' | null>(null);
  const run = async (format: 'text' | 'markdown') => {
    try {
      await copy(format === 'text' ? citationText(fields) : citationMarkdown(fields));
      setCopied(format);
      announce(format === 'text' ? 'Citation copied' : 'Citation copied as Markdown');
      setTimeout(() => setCopied(null), 2000);
    } catch {
      announce('Could not copy the citation');
    }
  };
  return (
    <span class="cl-citation" role="group" aria-label="Copy citation">
      <button type="button" class="cl-button" data-action="copy-citation" onClick={() => run('text')}>
        {copied === 'text' ? 'Copied ✓' : 'Copy citation'}
      </button>
      <button type="button" class="cl-button" data-action="copy-citation-markdown" onClick={() => run('markdown')}>
        {copied === 'markdown' ? 'Copied ✓' : 'Markdown'}
      </button>
    </span>
  );
}
