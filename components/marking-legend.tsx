// The colour legend for classification markings; levels used in this cable are named as such
// in text, so the legend does not rely on colour alone.
import { t } from '../utils/i18n.ts';
import { LEGEND_TONES, toneLabel, type MarkingTone } from './format/marking-tone.ts';

const LEGEND_CODES: Record<MarkingTone, string> = {
  unclassified: 'U',
  sbu: 'SBU',
  fouo: 'FOUO',
  lou: 'LOU',
  confidential: 'C',
  secret: 'S',
  'top-secret': 'TS',
  unknown: '?',
};

export function MarkingLegend({ used }: { used: ReadonlySet<MarkingTone> }) {
  return (
    <section class="cl-legend" data-part="legend" aria-label={t('overlay_legend_label')}>
      <span class="cl-legend-title">{t('overlay_legend_title')}</span>
      <ul>
        {LEGEND_TONES.map((tone) => (
          <li key={tone} data-used={used.has(tone) ? 'true' : 'false'}>
            <span class="cl-mark" data-tone={tone}>
              {LEGEND_CODES[tone]}
            </span>{' '}
            {toneLabel(tone)}
            {used.has(tone) && <span class="cl-legend-used"> {t('overlay_legend_used')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
