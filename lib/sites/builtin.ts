/**
 * The Arabic news sites Marsad runs on out of the box. Each pattern is a WebExtension match
 * pattern; a site whose Arabic edition lives under a path of a multilingual domain (BBC, France 24,
 * DW) is matched on that path only.
 */

export interface NewsSite {
  /** Stable id: the site's main domain. */
  id: string;
  name: string;
  nameAr: string;
  patterns: string[];
}

const site = (id: string, name: string, nameAr: string, patterns?: string[]): NewsSite => ({
  id,
  name,
  nameAr,
  patterns: patterns ?? [`*://${id}/*`, `*://*.${id}/*`],
});

export const BUILTIN_SITES: readonly NewsSite[] = [
  site('aljazeera.net', 'Al Jazeera', 'الجزيرة نت'),
  site('alarabiya.net', 'Al Arabiya', 'العربية نت'),
  site('bbc.com', 'BBC Arabic', 'بي بي سي عربي', ['*://www.bbc.com/arabic*', '*://www.bbc.co.uk/arabic*']),
  site('skynewsarabia.com', 'Sky News Arabia', 'سكاي نيوز عربية'),
  site('france24.com', 'France 24 Arabic', 'فرانس 24', ['*://www.france24.com/ar/*']),
  site('dw.com', 'DW Arabic', 'دويتشه فيله عربية', ['*://www.dw.com/ar/*']),
  site('arabic.rt.com', 'RT Arabic', 'آر تي عربي'),
  site('aawsat.com', 'Asharq Al-Awsat', 'الشرق الأوسط'),
  site('independentarabia.com', 'Independent Arabia', 'إندبندنت عربية'),
  site('enabbaladi.net', 'Enab Baladi', 'عنب بلدي'),
  site('syria.tv', 'Syria TV', 'تلفزيون سوريا'),
  site('orient-news.net', 'Orient News', 'أورينت نت'),
  site('baladi-news.com', 'Baladi News', 'بلدي نيوز'),
  site('democraticac.de', 'Arab Democratic Center', 'المركز الديمقراطي العربي'),
  site('alquds.co.uk', 'Al-Quds Al-Arabi', 'القدس العربي'),
  site('annahar.com', 'Annahar', 'النهار'),
  site('alhurra.com', 'Alhurra', 'الحرة'),
  site('sana.sy', 'SANA', 'سانا'),
  site('alaraby.co.uk', 'Al-Araby Al-Jadeed', 'العربي الجديد'),
  site('arabic.cnn.com', 'CNN Arabic', 'سي إن إن بالعربية'),
  site('arabi21.com', 'Arabi21', 'عربي21'),
  site('asharq.com', 'Asharq News', 'الشرق للأخبار'),
  site('almayadeen.net', 'Al Mayadeen', 'الميادين'),
  site('ahram.org.eg', 'Al-Ahram', 'الأهرام'),
  site('youm7.com', 'Youm7', 'اليوم السابع'),
  site('almasryalyoum.com', 'Al-Masry Al-Youm', 'المصري اليوم'),
  site('shorouknews.com', 'Al-Shorouk', 'الشروق'),
  site('alkhaleej.ae', 'Al Khaleej', 'الخليج'),
  site('albayan.ae', 'Al Bayan', 'البيان'),
  site('okaz.com.sa', 'Okaz', 'عكاظ'),
  site('alriyadh.com', 'Al Riyadh', 'الرياض'),
  site('alghad.com', 'Al Ghad', 'الغد'),
  site('raialyoum.com', 'Rai Al Youm', 'رأي اليوم'),
  site('al-akhbar.com', 'Al Akhbar', 'الأخبار'),
  site('aa.com.tr', 'Anadolu Agency Arabic', 'الأناضول', ['*://www.aa.com.tr/ar/*']),
  site('arabic.euronews.com', 'Euronews Arabic', 'يورونيوز عربي'),
  site('hespress.com', 'Hespress', 'هسبريس'),
  site('elaph.com', 'Elaph', 'إيلاف'),
  site('shafaq.com', 'Shafaq News', 'شفق نيوز'),
  site('alsumaria.tv', 'Alsumaria', 'السومرية'),
  site('zamanalwsl.net', 'Zaman al-Wasl', 'زمان الوصل'),
  site('aljumhuriya.net', 'Al-Jumhuriya', 'الجمهورية'),
  site('alwasat.ly', 'Al Wasat', 'بوابة الوسط'),
];

/** Every match pattern of the built-in sites (the content script's `matches`). */
export const BUILTIN_PATTERNS: readonly string[] = BUILTIN_SITES.flatMap((s) => s.patterns);

/** Match patterns for a site the user enables: the host and its subdomains. */
export function patternsForHost(host: string): string[] {
  const bare = host.replace(/^www\./, '');
  return [`*://${bare}/*`, `*://*.${bare}/*`];
}

/** Tests a URL against a WebExtension match pattern (scheme *, http, https; host with optional *. prefix; path glob). */
export function matchesPattern(url: string, pattern: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? u.protocol !== 'http:' && u.protocol !== 'https:' : u.protocol !== scheme + ':') return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith('.' + base)) return false;
    } else if (u.hostname !== host) return false;
  }
  const re = new RegExp('^' + path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(u.pathname + u.search);
}

/** The built-in site a URL belongs to, if any. */
export function builtinSiteOf(url: string): NewsSite | undefined {
  return BUILTIN_SITES.find((s) => s.patterns.some((p) => matchesPattern(url, p)));
}
