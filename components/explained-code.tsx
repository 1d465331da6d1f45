// A code (TAG, caption, routing indicator, classification) whose explanation appears on hover
// AND on keyboard focus, with its source and confidence. Click pins it open for touch readers.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Confidence, Lookup } from '../utils/glossary/index.ts';
import { t, type MessageKey } from '../utils/i18n.ts';
import { useUniqueId } from './use-unique-id.ts';

export interface ExplainedCodeProps {
  /** What the chip shows (usually the code as written). */
  children: ComponentChildren;
  /** The glossary answer; null while the glossary loads or when explanations are turned off. */
  lookup: Lookup | null;
  class?: string;
  /** Extra attributes for the chip itself, e.g. `{ 'data-tag': 'PGOV' }`. */
  attributes?: Record<string, string>;
  /** Accessible name prefix, e.g. `TAG` → "TAG PGOV". */
  kindLabel?: string;
}

const CONFIDENCE_LABELS: Record<Confidence, MessageKey> = {
  high: 'overlay_confidence_high',
  medium: 'overlay_confidence_medium',
  low: 'overlay_confidence_low',
};

export function ExplainedCode({ children, lookup, class: className = '', attributes = {}, kindLabel }: ExplainedCodeProps) {
  const tipId = useUniqueId();
  const [pinned, setPinned] = useState(false);
  if (lookup === null) {
    return (
      <span class={className === '' ? 'cl-chip' : `cl-chip ${className}`} {...attributes}>
        {children}
      </span>
    );
  }
  const explained = lookup.meaning !== null;
  const confidence = explained && 'confidence' in lookup ? lookup.confidence : null;
  return (
    <span class="cl-explained" data-pinned={pinned ? 'true' : undefined}>
      <button
        type="button"
        class={className === '' ? 'cl-chip' : `cl-chip ${className}`}
        aria-describedby={tipId}
        aria-label={kindLabel ? t('overlay_code_label', [kindLabel, lookup.code]) : undefined}
        data-confidence={confidence ?? 'none'}
        onClick={() => setPinned((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && pinned) setPinned(false);
        }}
        {...attributes}
      >
        {children}
        {confidence === 'low' && (
          <span class="cl-chip-uncertain" aria-hidden="true">
            ?
          </span>
        )}
      </button>
      <span role="tooltip" id={tipId} class="cl-tip" data-confidence={confidence ?? 'none'}>
        {explained && 'source' in lookup ? (
          <>
            <span class="cl-tip-meaning">{lookup.meaning}</span>
            <span class="cl-tip-meta">
              <span class="cl-tip-confidence">{t(CONFIDENCE_LABELS[lookup.confidence])}</span>
              <span class="cl-tip-source">{t('overlay_source', lookup.source)}</span>
            </span>
          </>
        ) : (
          <span class="cl-tip-missing">{t('overlay_no_explanation_for', lookup.code)}</span>
        )}
      </span>
    </span>
  );
}
