// The one-line digest of a routing header: "IMMEDIATE · Embassy Astana → SecState · 18 info
// addressees · 2009-03-31 11:53 UTC". Built from the decoded model only.
import type { Precedence, RoutingHeaderNode } from '../utils/cable/model.ts';
import { t } from '../utils/i18n.ts';
import { formatUtc } from './format/date-time.ts';
import { displayOfficeName } from './format/office-name.ts';

export const PROSIGN_PRECEDENCE: Record<string, Precedence> = { Z: 'FLASH', O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' };

/** The action precedence: the first TO addressee's, else the DTG's first prosign letter. */
export function actionPrecedence(routing: RoutingHeaderNode): Precedence | null {
  const fromAddressee = routing.to.find((addressee) => addressee.precedence !== null)?.precedence ?? null;
  if (fromAddressee !== null) return fromAddressee;
  const letter = routing.dtg?.precedenceLetters[0];
  return letter !== undefined ? (PROSIGN_PRECEDENCE[letter] ?? null) : null;
}

export function routingSummaryParts(routing: RoutingHeaderNode, originName: string | null): string[] {
  const parts: string[] = [];
  const precedence = actionPrecedence(routing);
  if (precedence !== null) parts.push(precedence);
  const origin = originName ?? (routing.from !== null ? displayOfficeName(routing.from) : null);
  const first = routing.to[0];
  if (first !== undefined) {
    const more = routing.to.length > 1 ? ` +${routing.to.length - 1}` : '';
    parts.push(t('overlay_summary_route', [origin ?? t('overlay_summary_unknown_origin'), `${displayOfficeName(first.office)}${more}`]));
  } else if (origin !== null) {
    parts.push(origin);
  }
  const info = routing.info.length;
  // One key per plural form: a translation cannot add an "s" the way the English did.
  if (info > 0) parts.push(info === 1 ? t('overlay_summary_info_one', '1') : t('overlay_summary_info_many', String(info)));
  if (routing.dtg !== null) parts.push(formatUtc(routing.dtg.iso));
  return parts;
}

export function routingSummary(routing: RoutingHeaderNode, originName: string | null): string {
  return routingSummaryParts(routing, originName).join(' · ');
}
