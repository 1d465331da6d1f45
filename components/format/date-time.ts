// Date-time display: the cable's DTG in UTC and in the reader's own time zone.
import { formatUtc } from '../../utils/citation.ts';

export { formatUtc };

/** The DTG in the reader's (or the given) time zone, e.g. `31 Mar 2009, 17:53 GMT+6`; null for unreadable input. */
export function formatLocal(iso: string, options: { timeZone?: string; locale?: string } = {}): string | null {
  const date = new Date(iso.replace(/Z$/, ':00Z'));
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(options.locale ?? 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
    ...(options.timeZone !== undefined && { timeZone: options.timeZone }),
  }).format(date);
}

/** Whole years from `now` until the ISO date `yyyy-mm-dd` (negative when past); null when unreadable. */
export function yearsUntil(isoDate: string, now: Date): number | null {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  const ms = date.getTime() - now.getTime();
  return Math.trunc(ms / (365.2425 * 24 * 3600 * 1000));
}
