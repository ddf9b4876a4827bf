/** Dates and sizes for display, in the interface language. */
import type { OptionsLocale } from '../../lib/i18n/options';

const tag = (locale: OptionsLocale) => (locale === 'ar' ? 'ar' : 'en-GB');

/** Each formatter made once per language (making one costs more than formatting: a page of 50 articles has 100 dates). */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: OptionsLocale, style: 'day' | 'saved'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(tag(locale), style === 'day' ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium' })));
  return format;
}

/** A YYYY-MM-DD date (or an ISO timestamp's day) as "3 Jan 2019" / "٣ يناير ٢٠١٩". */
export function formatDay(value: string | null, locale: OptionsLocale): string | null {
  if (!value) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!day) return null;
  const d = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (Number.isNaN(d.getTime())) return null;
  return dateFormat(locale, 'day').format(d);
}

/** An ISO timestamp in local time, date only. */
export function formatSaved(iso: string, locale: OptionsLocale): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return dateFormat(locale, 'saved').format(d);
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** 1536 → "1.5 kB" / "١٫٥ ك.بايت". */
export function formatBytes(bytes: number, locale: OptionsLocale): string {
  let v = Math.max(0, bytes);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return new Intl.NumberFormat(tag(locale), { style: 'unit', unit: UNITS[u], unitDisplay: 'short', maximumFractionDigits: u === 0 ? 0 : 1 }).format(v);
}

/** Today's date in local time, YYYY-MM-DD (for file names). */
export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
