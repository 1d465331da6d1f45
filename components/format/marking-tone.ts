// Classification markings → the standard US marking colours (as a "tone" CSS keys on) and a label.
// Colours: UNCLASSIFIED green, CONFIDENTIAL blue, SECRET red, TOP SECRET orange (ISOO marking
// guide / 32 CFR 2001 cover sheets); SBU, FOUO and LOU get their own distinct tones.

export type MarkingTone = 'unclassified' | 'sbu' | 'fouo' | 'lou' | 'confidential' | 'secret' | 'top-secret' | 'unknown';

export const TONE_LABELS: Record<MarkingTone, string> = {
  unclassified: 'Unclassified',
  sbu: 'Sensitive but unclassified',
  fouo: 'For official use only',
  lou: 'Limited official use',
  confidential: 'Confidential',
  secret: 'Secret',
  'top-secret': 'Top secret',
  unknown: 'Unrecognised marking',
};

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
