// The ¶ control of a paragraph: copies its permalink and confirms visibly and to screen readers.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n.ts';
import { permalinkUrl, siteAnchorFor, type ParagraphAnchor } from '../utils/permalinks.ts';
import { useOverlay } from './overlay-context.ts';

const CONFIRMATION_MS = 2000;

export function PermalinkButton({ anchor }: { anchor: ParagraphAnchor }) {
  const { settings, pageUrl, siteTargets, copy, announce } = useOverlay();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const name = t('overlay_paragraph', `${anchor.number}${anchor.letter ?? ''}`);
  const onClick = async () => {
    const url = permalinkUrl({ pageUrl, anchor, style: settings.permalinkStyle, siteAnchorId: siteAnchorFor(anchor, siteTargets) });
    try {
      await copy(url);
      setState('copied');
      announce(t('overlay_link_copied', name));
    } catch {
      setState('failed');
      announce(t('overlay_link_failed', name));
    }
  };
  return (
    <span class="cl-permalink" data-state={state}>
      <button
        type="button"
        class="cl-pilcrow"
        data-action="copy-permalink"
        aria-label={t('overlay_copy_link', name)}
        title={t('overlay_copy_link', name)}
        onClick={onClick}
      >
        ¶
      </button>
      {state !== 'idle' && (
        <span class="cl-permalink-status" aria-hidden="true">
          {state === 'copied' ? t('overlay_permalink_copied') : t('overlay_permalink_failed')}
        </span>
      )}
    </span>
  );
}
