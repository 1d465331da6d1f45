// Classification markings → the standard US marking colours (as a "tone" CSS keys on) and a label.
// Colours: UNCLASSIFIED green, CONFIDENTIAL blue, SECRET red, TOP SECRET orange (ISOO marking
// guide / 32 CFR 2001 cover sheets); SBU, FOUO and LOU get their own distinct tones.
import { t, type MessageKey } from '../../utils/i18n.ts';

export type MarkingTone = 'unclassified' | 'sbu' | 'fouo' | 'lou' | 'confidential' | 'secret' | 'top-secret' | 'unknown';

export const TONE_LABELS: Record<MarkingTone, MessageKey> = {
  unclassified: 'overlay_tone_unclassified',
  sbu: 'overlay_tone_sbu',
  fouo: 'overlay_tone_fouo',
  lou: 'overlay_tone_lou',
  confidential: 'overlay_tone_confidential',
  secret: 'overlay_tone_secret',
  'top-secret': 'overlay_tone_top_secret',
  unknown: 'overlay_tone_unknown',
};

/** The tone's name in the reader's language ("Sensitive but unclassified"). */
export function toneLabel(tone: MarkingTone): string {
  return t(TONE_LABELS[tone]);
}

/** Legend order: from least to most restricted. */
export const LEGEND_TONES: readonly MarkingTone[] = ['unclassified', 'sbu', 'fouo', 'lou', 'confidential', 'secret', 'top-secret'];

/** Portion marking level (`SBU`, `C//NF`, `U//FOUO`, `TS`) → tone. */
export function toneOfPortionLevel(level: string): MarkingTone {
  const [head = '', ...rest] = level.toUpperCase().split('//');
  if (head === 'U' && rest.includes('FOUO')) return 'fouo';
  switch (head) {
    case 'U':
    case 'UNCLAS':
    case 'UNCLASSIFIED':
      return 'unclassified';
    case 'SBU':
      return 'sbu';
    case 'FOUO':
      return 'fouo';
    case 'LOU':
      return 'lou';
    case 'C':
    case 'CONFIDENTIAL':
      return 'confidential';
    case 'S':
    case 'SECRET':
      return 'secret';
    case 'TS':
    case 'TOP SECRET':
      return 'top-secret';
    default:
      return 'unknown';
  }
}

/** Cable classification (`SECRET//NOFORN`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`, a bare level) → tone. */
export function toneOfClassification(classification: string): MarkingTone {
  const [head = '', ...rest] = classification.toUpperCase().split('//');
  if (head === 'UNCLASSIFIED' && rest.includes('FOR OFFICIAL USE ONLY')) return 'fouo';
  if (head === 'LIMITED OFFICIAL USE') return 'lou';
  return toneOfPortionLevel(head);
}
