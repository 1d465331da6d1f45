// A portion marking such as (SBU) or (C//NF), in its classification colour and always with its
// text (colour is never the only signal); the full name is given as an abbreviation title.
import type { PortionMarking } from '../utils/cable/model.ts';
import { t } from '../utils/i18n.ts';
import { toneLabel, toneOfPortionLevel } from './format/marking-tone.ts';

export function MarkingChip({ marking }: { marking: PortionMarking }) {
  const tone = toneOfPortionLevel(marking.level);
  const title = marking.level.includes('//NF') ? t('overlay_marking_noforn', toneLabel(tone)) : toneLabel(tone);
  return (
    <abbr class="cl-mark" data-tone={tone} data-level={marking.level} title={title}>
      {marking.raw}
    </abbr>
  );
}
