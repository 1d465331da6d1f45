// The ¶ control of a paragraph: copies its permalink and confirms visibly and to screen readers.
import { useEffect, useState } from 'preact/hooks';
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
  const name = anchor.letter === null ? `paragraph ${anchor.number}` : `paragraph ${anchor.number}${anchor.letter}`;
  const onClick = async () => {
    const url = permalinkUrl({ pageUrl, anchor, style: settings.permalinkStyle, siteAnchorId: siteAnchorFor(anchor, siteTargets) });
    try {
      await copy(url);
      setState('copied');
      announce(`Link to ${name} copied`);
    } catch {
      setState('failed');
      announce(`Could not copy the link to ${name}`);
    }
  };
  return (
    <span class="cl-permalink" data-state={state}>
      <button type="button" class="cl-pilcrow" data-action="copy-permalink" aria-label={`Copy link to ${name}`} title={`Copy link to ${name}`} onClick={onClick}>
        ¶
      </button>
      {state !== 'idle' && (
        <span class="cl-permalink-status" aria-hidden="true">
          {state === 'copied' ? 'Copied' : 'Copy failed'}
        </span>
      )}
    </span>
  );
}
