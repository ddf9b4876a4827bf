/**
 * A page's publication date, as YYYY-MM-DD: from a value written for machines (a meta tag,
 * JSON-LD, <time datetime>) or from the words a reader sees («الأربعاء، 07 أكتوبر 2020 - 12:09 م»,
 * «٣ تشرين الثاني/نوفمبر ٢٠١٩», «۱۵/۰۳/۲۰۲۱», «2020-10-07»). Both month series are read (يناير …
 * and كانون الثاني …, with the Maghreb's and the Iraqi forms), in any spelling the normaliser folds
 * together (أ/ا, ة/ه), with Arabic-Indic and Persian digits. Every date is checked: a real calendar
 * day, not before 1990 and not more than a day ahead of now. Anything else is no date (null).
 */
import { normalize } from '../arabic/normalize';
import { MONTH_ALT, MONTH_NUMBERS } from './phrases.generated';
import { WORD_END, WORD_START } from './words';

/** The earliest year taken for a news article's date. */
export const EARLIEST_YEAR = 1990;
const DAY_MS = 86_400_000;

/** Month names (as `normalize` writes them; listed in phrase-lists.ts) → month number. */
const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_NUMBERS);

/** Any month name, longest first (so «مايو» is not read as «ماي»), spaces inside a name as any run of spaces. */
const MONTH = MONTH_ALT;
/** Not inside a longer word or number. */
const B = WORD_START;
const E = WORD_END;

/** «7 أكتوبر 2020», «٣ تشرين الثاني/نوفمبر ٢٠١٩», «12 آذار (مارس) 2020», «7 من أكتوبر، 2020». */
const DAY_MONTH_YEAR = new RegExp(
  `${B}(\\d{1,2})\\s*(?:من\\s+)?(${MONTH})(?:\\s*[/\\-–(]\\s*(${MONTH})\\s*\\)?)?${E}\\s*[,،]?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})${E}`,
  'g',
);
/** «أكتوبر 7، 2020». */
const MONTH_DAY_YEAR = new RegExp(`${B}(${MONTH})\\s+(\\d{1,2})\\s*[,،]\\s*(\\d{4})${E}`, 'g');
/** «2020-10-07», «2021/02/18». */
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/g;
/** «7/10/2020», «07-10-2020»: day first, as Arabic news writes it (month first only when the day cannot be a month). */
const DAY_MONTH_YEAR_DIGITS = /(?<!\d)(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/g;

/** YYYY-MM-DD for a real calendar day from 1990 to a day from `now`; null for anything else. */
export function calendarDate(year: number, month: number, day: number, now: number = Date.now()): string | null {
  if (![year, month, day].every(Number.isInteger) || year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (t > now + DAY_MS) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface Found {
  index: number;
  end: number;
  date: string | null;
}

/** Every date written in the (normalised) text, in the order they stand, valid or not. */
function datesIn(text: string, now: number): Found[] {
  const out: Found[] = [];
  const month = (name: string | undefined) => (name === undefined ? undefined : MONTHS.get(name.replace(/\s+/g, ' ')));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const first = month(m[2]);
    const second = month(m[3]);
    // «تشرين الأول/أكتوبر»: both names must say the same month.
    const ok = first !== undefined && (second === undefined || second === first);
    out.push({ index: m.index, end: m.index + m[0].length, date: ok ? calendarDate(+m[4]!, first, +m[1]!, now) : null });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const n = month(m[1]);
    out.push({ index: m.index, end: m.index + m[0].length, date: n === undefined ? null : calendarDate(+m[3]!, n, +m[2]!, now) });
  }
  for (const m of text.matchAll(YEAR_MONTH_DAY)) {
    out.push({ index: m.index, end: m.index + m[0].length, date: calendarDate(+m[1]!, +m[3]!, +m[4]!, now) });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR_DIGITS)) {
    const [a, b, y] = [+m[1]!, +m[3]!, +m[4]!];
    out.push({ index: m.index, end: m.index + m[0].length, date: calendarDate(y, b, a, now) ?? (a <= 12 && b > 12 ? calendarDate(y, a, b, now) : null) });
  }
  return out.sort((x, y) => x.index - y.index);
}

/** The first valid date written in a text (a line under a headline, a meta tag's words), or null. */
export function dateInText(text: string, now: number = Date.now()): string | null {
  return datesIn(normalize(text), now).find((f) => f.date !== null)?.date ?? null;
}

/** The text without the dates written in it (for telling a line that is only a date and a name). */
export function withoutDates(text: string, now: number = Date.now()): { rest: string; dates: number } {
  const norm = normalize(text);
  let rest = '';
  let at = 0;
  let dates = 0;
  for (const f of datesIn(norm, now)) {
    if (f.date === null || f.index < at) continue;
    rest += norm.slice(at, f.index) + ' ';
    at = f.end;
    dates++;
  }
  return { rest: rest + norm.slice(at), dates };
}

/**
 * A machine-written date (ISO 8601, RFC 2822, or words: some sites put «07 أكتوبر 2020» in a meta
 * tag) → YYYY-MM-DD. An ISO value is taken as written (the publisher's own day, whatever its time
 * zone); a value that is not a real date (2021-02-30, 0000-00-00, «أمس», a lone number) is null.
 */
export function isoDate(value: string | null | undefined, now: number = Date.now()): string | null {
  const v = value?.trim();
  if (!v) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(v);
  if (iso) return calendarDate(+iso[1]!, +iso[2]!, +iso[3]!, now);
  const written = dateInText(v, now);
  if (written) return written;
  // 'Thu, 03 Jan 2019 10:00:00 GMT' and the like: a Latin month name and a four-digit year.
  if (/[A-Za-z]{3}/.test(v) && /(?<!\d)\d{4}(?!\d)/.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), now);
    }
  }
  return null;
}
