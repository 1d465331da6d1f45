// Classification reasons `1.4 (b), (d)` with each letter's meaning from the executive order.
import { t } from '../utils/i18n.ts';
import { useOverlay } from './overlay-context.ts';

export function ReasonList({ authority, reasons }: { authority: string | null; reasons: readonly string[] }) {
  const { glossary, year } = useOverlay();
  const section = authority === '1.4' || authority === '1.5' ? authority : undefined;
  if (reasons.length === 0) return null;
  return (
    <ul class="cl-reasons">
      {reasons.map((letter) => {
        const lookup = glossary?.explainReason(letter, section, { year }) ?? null;
        return (
          <li key={letter} class="cl-reason" data-reason={letter}>
            <span class="cl-reason-letter">
              {section ?? ''}({letter})
            </span>{' '}
            {lookup === null ? null : lookup.meaning !== null ? (
              <span class="cl-reason-meaning">{lookup.meaning}</span>
            ) : (
              <span class="cl-reason-meaning cl-muted">{t('overlay_no_explanation')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
