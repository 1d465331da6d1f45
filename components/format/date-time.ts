// Date-time display: the cable's DTG in UTC and in the reader's own time zone.
import { formatUtc } from '../../utils/citation.ts';
import { t } from '../../utils/i18n.ts';

export { formatUtc };

/** The date format of the English table: day month year, 24-hour clock. */
const FALLBACK_LOCALE = 'en-GB';

/** The locale dates are written in: the translation's own `locale_tag`, so a translation is still only a file. */
function uiLocale(): string {
  const tag = t('locale_tag');
  let locale = checkedLocales.get(tag);
  if (locale === undefined) {
    // A mistyped tag in a translation (`en_GB` throws, `xx` is unknown) must not break the header card.
    try {
      locale = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : FALLBACK_LOCALE;
    } catch {
      locale = FALLBACK_LOCALE;
    }
    checkedLocales.set(tag, locale);
  }
  return locale;
}

/** `locale_tag` → the locale to use, checked once (asking Intl is slow on a cold page). */
const checkedLocales = new Map<string, string>();

// Building a formatter loads locale data (milliseconds on a cold page): one per locale and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function localFormatter(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      ...(timeZone !== undefined && { timeZone }),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The DTG in the reader's (or the given) time zone, e.g. `31 Mar 2009, 17:53 GMT+6`; null for unreadable input. */
export function formatLocal(iso: string, options: { timeZone?: string; locale?: string } = {}): string | null {
  const date = new Date(iso.replace(/Z$/, ':00Z'));
  if (Number.isNaN(date.getTime())) return null;
  return localFormatter(options.locale ?? uiLocale(), options.timeZone).format(date);
}

/** Whole years from `now` until the ISO date `yyyy-mm-dd` (negative when past); null when unreadable. */
export function yearsUntil(isoDate: string, now: Date): number | null {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  const ms = date.getTime() - now.getTime();
  return Math.trunc(ms / (365.2425 * 24 * 3600 * 1000));
}
