// Shown in place of the overlay while the reader looks at the original page: one quiet bar with
// the way back.
import { t } from '../utils/i18n.ts';

export function ShowCableLensBar({ cableId, onShow }: { cableId: string | null; onShow(): void }) {
  return (
    <div class="cl-overlay cl-original-bar" lang={t('locale_tag')} role="region" aria-label={t('extension_name')}>
      <span class="cl-original-bar-text">
        {cableId !== null && cableId !== '' ? t('overlay_original_shown', cableId) : t('overlay_original_shown_no_id')}
      </span>
      <button type="button" class="cl-button" data-action="show-cable-lens" onClick={onShow}>
        {t('overlay_show_cable_lens')}
      </button>
    </div>
  );
}
