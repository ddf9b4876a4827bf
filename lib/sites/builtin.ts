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
  /** The country whose press the outlet is (ISO 3166-1 alpha-2), where its readers' «المملكة» is theirs. */
  country?: string;
}

const site = (id: string, name: string, nameAr: string, patterns?: string[] | null, country?: string): NewsSite => ({
  id,
  name,
  nameAr,
  patterns: patterns ?? [`*://${id}/*`, `*://*.${id}/*`],
  ...(country ? { country } : {}),
});

export const BUILTIN_SITES: readonly NewsSite[] = [
  site('aljazeera.net', 'Al Jazeera', 'الجزيرة نت', null, 'QA'),
  site('alarabiya.net', 'Al Arabiya', 'العربية نت', null, 'SA'),
  site('bbc.com', 'BBC Arabic', 'بي بي سي عربي', ['*://www.bbc.com/arabic*', '*://www.bbc.co.uk/arabic*']),
  site('skynewsarabia.com', 'Sky News Arabia', 'سكاي نيوز عربية'),
  site('france24.com', 'France 24 Arabic', 'فرانس 24', ['*://www.france24.com/ar/*']),
  site('dw.com', 'DW Arabic', 'دويتشه فيله عربية', ['*://www.dw.com/ar/*']),
  site('arabic.rt.com', 'RT Arabic', 'آر تي عربي'),
  site('aawsat.com', 'Asharq Al-Awsat', 'الشرق الأوسط', null, 'SA'),
  site('independentarabia.com', 'Independent Arabia', 'إندبندنت عربية'),
  site('enabbaladi.net', 'Enab Baladi', 'عنب بلدي'),
  site('syria.tv', 'Syria TV', 'تلفزيون سوريا'),
  site('orient-news.net', 'Orient News', 'أورينت نت'),
  site('baladi-news.com', 'Baladi News', 'بلدي نيوز'),
  site('democraticac.de', 'Arab Democratic Center', 'المركز الديمقراطي العربي'),
  site('alquds.co.uk', 'Al-Quds Al-Arabi', 'القدس العربي'),
  site('annahar.com', 'Annahar', 'النهار', null, 'LB'),
  site('alhurra.com', 'Alhurra', 'الحرة'),
  site('sana.sy', 'SANA', 'سانا', null, 'SY'),
  site('alaraby.co.uk', 'Al-Araby Al-Jadeed', 'العربي الجديد'),
  site('arabic.cnn.com', 'CNN Arabic', 'سي إن إن بالعربية'),
  site('arabi21.com', 'Arabi21', 'عربي21'),
  site('asharq.com', 'Asharq News', 'الشرق للأخبار', null, 'SA'),
  site('almayadeen.net', 'Al Mayadeen', 'الميادين'),
  site('ahram.org.eg', 'Al-Ahram', 'الأهرام', null, 'EG'),
  site('youm7.com', 'Youm7', 'اليوم السابع', null, 'EG'),
  site('almasryalyoum.com', 'Al-Masry Al-Youm', 'المصري اليوم', null, 'EG'),
  site('shorouknews.com', 'Al-Shorouk', 'الشروق', null, 'EG'),
  site('alkhaleej.ae', 'Al Khaleej', 'الخليج', null, 'AE'),
  site('albayan.ae', 'Al Bayan', 'البيان', null, 'AE'),
  site('okaz.com.sa', 'Okaz', 'عكاظ', null, 'SA'),
  site('alriyadh.com', 'Al Riyadh', 'الرياض', null, 'SA'),
  site('alghad.com', 'Al Ghad', 'الغد', null, 'JO'),
  site('raialyoum.com', 'Rai Al Youm', 'رأي اليوم'),
  site('al-akhbar.com', 'Al Akhbar', 'الأخبار', null, 'LB'),
  site('aa.com.tr', 'Anadolu Agency Arabic', 'الأناضول', ['*://www.aa.com.tr/ar/*']),
  site('arabic.euronews.com', 'Euronews Arabic', 'يورونيوز عربي'),
  site('hespress.com', 'Hespress', 'هسبريس', null, 'MA'),
  site('elaph.com', 'Elaph', 'إيلاف'),
  site('shafaq.com', 'Shafaq News', 'شفق نيوز', null, 'IQ'),
  site('alsumaria.tv', 'Alsumaria', 'السومرية', null, 'IQ'),
  site('zamanalwsl.net', 'Zaman al-Wasl', 'زمان الوصل'),
  site('aljumhuriya.net', 'Al-Jumhuriya', 'الجمهورية'),
  site('alwasat.ly', 'Al Wasat', 'بوابة الوسط', null, 'LY'),
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
  return globMatches(path, u.pathname + u.search);
}

/**
 * Does `s` match `glob`, where `*` stands for any run of characters and everything else for
 * itself? Matched piece by piece, without building a regular expression: every page on a news
 * site asks this of its address (the content script, then the analyser), and compiling one
 * pattern per call was most of what that cost.
 */
export function globMatches(glob: string, s: string): boolean {
  const pieces = glob.split('*');
  const first = pieces[0]!;
  if (pieces.length === 1) return s === first;
  const last = pieces[pieces.length - 1]!;
  if (s.length < first.length + last.length || !s.startsWith(first) || !s.endsWith(last)) return false;
  // The middle pieces, each as early as it can be (leftmost is always right for plain stars).
  let at = first.length;
  const end = s.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const found = s.indexOf(pieces[i]!, at);
    if (found < 0 || found + pieces[i]!.length > end) return false;
    at = found + pieces[i]!.length;
  }
  return true;
}

/** The built-in site a URL belongs to, if any. */
export function builtinSiteOf(url: string): NewsSite | undefined {
  return BUILTIN_SITES.find((s) => s.patterns.some((p) => matchesPattern(url, p)));
}
