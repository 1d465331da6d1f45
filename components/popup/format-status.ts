import { t } from '../../utils/i18n';
import type { CableSummary, PageStatus } from '../../utils/messages';

/** "Cable 09ASTANA559 · 4 paragraphs · UNCLASSIFIED//FOR OFFICIAL USE ONLY" */
export function formatCableSummary(cable: CableSummary): string {
  const count = String(cable.paragraphs);
  const parts = [t('status_cable', cable.id), cable.paragraphs === 1 ? t('status_paragraph', count) : t('status_paragraphs', count)];
  if (cable.classification) parts.push(cable.classification);
  return parts.join(' · ');
}

/** One sentence for the page as a whole, above the per-cable lines. */
export function describePageState(status: PageStatus | null): string {
  if (status === null) return t('status_none');
  switch (status.state) {
    case 'overlay':
      return status.cables.length === 1 ? t('status_showing_one') : t('status_showing_many', String(status.cables.length));
    case 'original':
      return t('status_original');
    case 'off':
      return t('status_off');
    case 'no-cable':
      return t('status_none');
  }
}
