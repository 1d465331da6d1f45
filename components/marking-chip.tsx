// A portion marking such as (SBU) or (C//NF), in its classification colour and always with its
// text (colour is never the only signal); the full name is given as an abbreviation title.
import type { PortionMarking } from '../utils/cable/model.ts';
import { TONE_LABELS, toneOfPortionLevel } from './format/marking-tone.ts';

export function MarkingChip({ marking }: { marking: PortionMarking }) {
  const tone = toneOfPortionLevel(marking.level);
  const caveat = marking.level.includes('//NF') ? ', not releasable to foreign nationals' : '';
  return (
    <abbr class="cl-mark" data-tone={tone} data-level={marking.level} title={`${TONE_LABELS[tone]}${caveat}`}>
      {marking.raw}
    </abbr>
  );
}
