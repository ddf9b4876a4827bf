/**
 * A page's title without the site's name: «عنوان الخبر - الجزيرة نت», «سكاي نيوز عربية | عنوان»,
 * «عنوان – العربية» → «عنوان …». Only a first or last segment, set off by | - – — : « », is cut,
 * and only when that segment is one of the site's names (its og:site_name, its JSON-LD publisher,
 * its entry in the built-in site list, its host): a title that merely holds a dash or a colon
 * («بيروت - دمشق: عودة خط الحافلات») is left whole.
 */
import { normalize } from '../arabic/normalize';
import { wordsOnly } from './words';

/**
 * Words a site's name may carry or drop («الجزيرة نت» / «الجزيرة», «سكاي نيوز عربية» / «سكاي
 * نيوز», «aljazeera.net» / «aljazeera»), as `normalize` writes them.
 */
const GENERIC = new Set([
  'نت', 'نيوز', 'عربي', 'عربيه', 'بالعربيه', 'اونلاين', 'الالكترونيه', 'الالكتروني', 'الاخباري', 'الاخباريه', 'موقع', 'صحيفه',
  'جريده', 'قناه', 'شبكه', 'بوابه', 'وكاله', 'www', 'net', 'com', 'org', 'news', 'online', 'arabic', 'tv', 'co', 'uk', 'ae', 'sa', 'eg',
]);

/** A name's words, folded, without punctuation (dots of a host name included). */
function words(s: string): string[] {
  return wordsOnly(normalize(s))
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The key a site's name is compared by: its words without the generic ones (all of them when nothing else is left). */
export function siteKey(s: string): string {
  const all = words(s);
  const core = all.filter((w) => !GENERIC.has(w));
  return (core.length > 0 ? core : all).join(' ');
}

/** The keys of a site's names (empty ones left out). */
export function siteKeys(names: readonly (string | null | undefined)[]): Set<string> {
  const keys = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    const k = siteKey(n);
    if (k) keys.add(k);
  }
  return keys;
}

/**
 * Separators between a title and a site's name: | with or without spaces; : with a space on at
 * least one side; a dash with a space on at least one side (so «كوفيد-19» is not cut); a guillemet
 * with a space on both (a breadcrumb's, not a quotation's: «هجوم على مكتب «الجزيرة»» stays whole).
 */
const SEPARATOR = /\s*[|｜]\s*|\s*:\s+|\s+:\s*|\s+[-–—]\s*|\s*[-–—]\s+|\s+[«»]\s+/g;

/** The title without a leading or trailing segment that is one of the site's names (both ends, as often as they are). */
export function withoutSiteName(title: string, names: readonly (string | null | undefined)[]): string {
  const keys = siteKeys(names);
  let t = title.trim();
  if (keys.size === 0) return t;
  for (;;) {
    const seps = [...t.matchAll(SEPARATOR)].filter((m) => m.index > 0 && m.index + m[0].length < t.length);
    const first = seps[0];
    const last = seps[seps.length - 1];
    if (first && keys.has(siteKey(t.slice(0, first.index)))) t = t.slice(first.index + first[0].length).trim();
    else if (last && keys.has(siteKey(t.slice(last.index + last[0].length)))) t = t.slice(0, last.index).trim();
    else return t;
  }
}

/**
 * When the title still has a part the site's names did not account for («عنوان | قسم | موقع لا
 * نعرفه»), the page's headline says where the title is: a headline of three words or more that is
 * the title's first or last part, set off by a separator, is the title.
 */
export function headlineOfTitle(title: string, headline: string | null | undefined): string {
  const h = headline?.replace(/\s+/g, ' ').trim();
  if (!h || h === title || h.split(' ').length < 3) return title;
  for (const m of title.matchAll(SEPARATOR)) {
    const before = title.slice(0, m.index).trim();
    const after = title.slice(m.index + m[0].length).trim();
    if (before === h || after === h) return h;
  }
  return title;
}

/** Host names as site names: «www.aljazeera.net» → «aljazeera.net». */
export function hostName(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
}
