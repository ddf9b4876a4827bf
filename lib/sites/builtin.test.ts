/**
 * The built-in news sites and match patterns (lib/sites/builtin.ts): the list itself, the
 * WebExtension match-pattern test, the site a URL belongs to, and the patterns for a user's host.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_PATTERNS, BUILTIN_SITES, builtinSiteOf, globMatches, matchesPattern, patternsForHost } from './builtin';

/** The forms a WebExtension match pattern may take (scheme, host, path), as Chrome documents them. */
const PATTERN = /^(\*|https?):\/\/(\*|\*\.[a-z0-9.-]+|[a-z0-9.-]+)\/[^\s]*$/;

describe('BUILTIN_SITES', () => {
  it('lists at least 30 sites with unique ids, names in both languages, and patterns', () => {
    expect(BUILTIN_SITES.length).toBeGreaterThanOrEqual(30);
    const ids = BUILTIN_SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of BUILTIN_SITES) {
      expect(s.id, s.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(s.name.trim(), s.id).not.toBe('');
      expect(s.nameAr, s.id).toMatch(/[\u0600-\u06ff]/);
      expect(s.patterns.length, s.id).toBeGreaterThan(0);
    }
  });

  it('gives only well-formed match patterns, and each matches its own site', () => {
    expect(BUILTIN_PATTERNS).toEqual(BUILTIN_SITES.flatMap((s) => s.patterns));
    for (const s of BUILTIN_SITES) {
      for (const p of s.patterns) {
        expect(p, s.id).toMatch(PATTERN);
        // Every pattern is about the site's own domain (BBC's UK twin aside), never every host.
        const host = p.replace(/^[^:]+:\/\//, '').split('/')[0]!.replace(/^\*\./, '');
        const own = host === s.id || host.endsWith('.' + s.id) || (s.id === 'bbc.com' && host === 'www.bbc.co.uk');
        expect(own, `${s.id}: ${p}`).toBe(true);
      }
    }
    // No two sites claim the same pattern.
    expect(new Set(BUILTIN_PATTERNS).size).toBe(BUILTIN_PATTERNS.length);
  });

  it('matches multilingual domains on their Arabic path only', () => {
    const bbc = BUILTIN_SITES.find((s) => s.id === 'bbc.com')!;
    expect(bbc.patterns.every((p) => /\/arabic\*$/.test(p))).toBe(true);
    for (const id of ['france24.com', 'dw.com', 'aa.com.tr']) {
      const site = BUILTIN_SITES.find((s) => s.id === id)!;
      expect(site.patterns.every((p) => p.includes('/ar/')), id).toBe(true);
    }
  });
});

describe('matchesPattern', () => {
  it('scheme *: http and https, nothing else', () => {
    const p = '*://*.aljazeera.net/*';
    expect(matchesPattern('https://www.aljazeera.net/news/2024/1/1/x', p)).toBe(true);
    expect(matchesPattern('http://www.aljazeera.net/news', p)).toBe(true);
    expect(matchesPattern('ftp://www.aljazeera.net/news', p)).toBe(false);
    expect(matchesPattern('file:///www.aljazeera.net/news', p)).toBe(false);
    expect(matchesPattern('ws://www.aljazeera.net/news', p)).toBe(false);
  });

  it('an http or https scheme matches that scheme only', () => {
    expect(matchesPattern('https://example.com/a', 'https://example.com/*')).toBe(true);
    expect(matchesPattern('http://example.com/a', 'https://example.com/*')).toBe(false);
    expect(matchesPattern('http://example.com/a', 'http://example.com/*')).toBe(true);
    expect(matchesPattern('https://example.com/a', 'http://example.com/*')).toBe(false);
  });

  it('*.host matches the host itself and its subdomains, never a lookalike', () => {
    const p = '*://*.aljazeera.net/*';
    expect(matchesPattern('https://aljazeera.net/', p)).toBe(true);
    expect(matchesPattern('https://www.aljazeera.net/', p)).toBe(true);
    expect(matchesPattern('https://a.b.aljazeera.net/x', p)).toBe(true);
    expect(matchesPattern('https://evilaljazeera.net/news', p)).toBe(false);
    expect(matchesPattern('https://www.evilaljazeera.net/news', p)).toBe(false);
    expect(matchesPattern('https://aljazeera.net.evil.example/news', p)).toBe(false);
    expect(matchesPattern('https://aljazeera.com/news', p)).toBe(false);
    // The host is the URL's host, not something in its path, query or user info.
    expect(matchesPattern('https://evil.example/aljazeera.net/news', p)).toBe(false);
    expect(matchesPattern('https://evil.example/?u=www.aljazeera.net', p)).toBe(false);
    expect(matchesPattern('https://www.aljazeera.net@evil.example/news', p)).toBe(false);
  });

  it('a plain host matches that host only', () => {
    const p = '*://arabic.rt.com/*';
    expect(matchesPattern('https://arabic.rt.com/world/1', p)).toBe(true);
    expect(matchesPattern('https://rt.com/world/1', p)).toBe(false);
    expect(matchesPattern('https://www.arabic.rt.com/world/1', p)).toBe(false);
    expect(matchesPattern('https://notarabic.rt.com/world/1', p)).toBe(false);
  });

  it('host case and port do not matter', () => {
    expect(matchesPattern('https://WWW.AlJazeera.NET/news', '*://*.aljazeera.net/*')).toBe(true);
    expect(matchesPattern('https://www.aljazeera.net:8443/news', '*://*.aljazeera.net/*')).toBe(true);
  });

  it('host * matches any host', () => {
    expect(matchesPattern('https://anything.example/x', '*://*/*')).toBe(true);
    expect(matchesPattern('http://localhost/x', '*://*/*')).toBe(true);
  });

  it('path globs: /arabic* and /ar/*', () => {
    const bbc = '*://www.bbc.com/arabic*';
    expect(matchesPattern('https://www.bbc.com/arabic', bbc)).toBe(true);
    expect(matchesPattern('https://www.bbc.com/arabic/articles/c1234', bbc)).toBe(true);
    expect(matchesPattern('https://www.bbc.com/arabic-56789', bbc)).toBe(true);
    expect(matchesPattern('https://www.bbc.com/news/world-123', bbc)).toBe(false);
    expect(matchesPattern('https://www.bbc.com/', bbc)).toBe(false);
    expect(matchesPattern('https://www.bbc.com/persian/arabic', bbc)).toBe(false);
    expect(matchesPattern('https://bbc.com/arabic/x', bbc)).toBe(false);

    const f24 = '*://www.france24.com/ar/*';
    expect(matchesPattern('https://www.france24.com/ar/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/20240101', f24)).toBe(true);
    expect(matchesPattern('https://www.france24.com/ar/', f24)).toBe(true);
    expect(matchesPattern('https://www.france24.com/ar', f24)).toBe(false);
    expect(matchesPattern('https://www.france24.com/en/middle-east/20240101', f24)).toBe(false);
    expect(matchesPattern('https://www.france24.com/fr/ar/x', f24)).toBe(false);
    expect(matchesPattern('https://www.france24.com/arabic/x', f24)).toBe(false);
  });

  it('/* matches every path, with a query', () => {
    expect(matchesPattern('https://example.com/', '*://example.com/*')).toBe(true);
    expect(matchesPattern('https://example.com', '*://example.com/*')).toBe(true);
    expect(matchesPattern('https://example.com/a/b.html?x=1#top', '*://example.com/*')).toBe(true);
  });

  it('regular-expression characters in a pattern are literal', () => {
    expect(matchesPattern('https://www.dw.com/ar/x', '*://www.dw.com/ar/*')).toBe(true);
    // The dots of the host are not "any character".
    expect(matchesPattern('https://wwwxdw.com/ar/x', '*://www.dw.com/ar/*')).toBe(false);
    expect(matchesPattern('https://example.com/a.b', '*://example.com/a.b')).toBe(true);
    expect(matchesPattern('https://example.com/axb', '*://example.com/a.b')).toBe(false);
    expect(matchesPattern('https://example.com/a?b', '*://example.com/a?b')).toBe(true);
    expect(matchesPattern('https://example.com/ab', '*://example.com/a?b')).toBe(false);
  });

  it('is false for a malformed pattern or URL', () => {
    for (const p of ['', '<all_urls>', 'example.com/*', '*://example.com', 'chrome://*/*', '*://exa*mple.com/*']) {
      expect(matchesPattern('https://example.com/x', p), p).toBe(false);
    }
    for (const u of ['', 'not a url', '/relative/path', 'about:blank', 'javascript:alert(1)']) {
      expect(matchesPattern(u, '*://*/*'), u).toBe(false);
    }
  });
});

describe('builtinSiteOf', () => {
  it('finds the site of an article URL, on the bare domain and on subdomains', () => {
    expect(builtinSiteOf('https://www.aljazeera.net/news/2024/5/1/story')?.id).toBe('aljazeera.net');
    expect(builtinSiteOf('https://aljazeera.net/news')?.id).toBe('aljazeera.net');
    expect(builtinSiteOf('https://www.alarabiya.net/arab-and-world/2024/05/01/x')?.id).toBe('alarabiya.net');
    expect(builtinSiteOf('https://www.enabbaladi.net/123456/')?.id).toBe('enabbaladi.net');
    expect(builtinSiteOf('https://arabic.rt.com/middle_east/1/')?.id).toBe('arabic.rt.com');
    expect(builtinSiteOf('https://www.alquds.co.uk/story/')?.id).toBe('alquds.co.uk');
    expect(builtinSiteOf('https://www.aa.com.tr/ar/%D8%A7%D9%84%D8%AF%D9%88%D9%84/x')?.id).toBe('aa.com.tr');
  });

  it('finds a multilingual site on its Arabic path only', () => {
    expect(builtinSiteOf('https://www.bbc.com/arabic/articles/c1')?.id).toBe('bbc.com');
    expect(builtinSiteOf('https://www.bbc.co.uk/arabic/middleeast-1')?.id).toBe('bbc.com');
    expect(builtinSiteOf('https://www.bbc.com/news/world-1')).toBeUndefined();
    expect(builtinSiteOf('https://www.france24.com/ar/x')?.id).toBe('france24.com');
    expect(builtinSiteOf('https://www.france24.com/fr/x')).toBeUndefined();
    expect(builtinSiteOf('https://www.dw.com/ar/x/a-1')?.id).toBe('dw.com');
    expect(builtinSiteOf('https://www.dw.com/en/x/a-1')).toBeUndefined();
    expect(builtinSiteOf('https://www.aa.com.tr/en/x')).toBeUndefined();
  });

  it('finds nothing for other sites, lookalikes, and non-web URLs', () => {
    expect(builtinSiteOf('https://example.com/news')).toBeUndefined();
    expect(builtinSiteOf('https://evilaljazeera.net/news')).toBeUndefined();
    expect(builtinSiteOf('https://aljazeera.net.evil.example/news')).toBeUndefined();
    expect(builtinSiteOf('https://www.rt.com/news/1')).toBeUndefined();
    expect(builtinSiteOf('https://english.aljazeera.com/news')).toBeUndefined();
    expect(builtinSiteOf('file:///home/u/aljazeera.net/news.html')).toBeUndefined();
    expect(builtinSiteOf('chrome://extensions/')).toBeUndefined();
    expect(builtinSiteOf('not a url')).toBeUndefined();
  });

  it('finds every built-in site from its own domain', () => {
    for (const s of BUILTIN_SITES) {
      const url = s.patterns[0]!.replace(/^\*/, 'https').replace('://*.', '://www.').replace(/\*$/, 'x');
      expect(builtinSiteOf(url)?.id, url).toBe(s.id);
    }
  });
});

describe('patternsForHost', () => {
  it('gives the host and its subdomains, over http and https', () => {
    expect(patternsForHost('news.example.com')).toEqual(['*://news.example.com/*', '*://*.news.example.com/*']);
  });

  it('drops a leading www. so the bare domain is covered too', () => {
    expect(patternsForHost('www.example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
  });

  it('gives patterns that match the host, its subdomains and not lookalikes', () => {
    const ps = patternsForHost('www.example.org');
    for (const p of ps) expect(p).toMatch(PATTERN);
    const any = (url: string) => ps.some((p) => matchesPattern(url, p));
    expect(any('https://www.example.org/news/1')).toBe(true);
    expect(any('http://example.org/')).toBe(true);
    expect(any('https://m.example.org/a')).toBe(true);
    expect(any('https://badexample.org/a')).toBe(false);
    expect(any('https://example.org.evil.example/a')).toBe(false);
    expect(any('ftp://example.org/a')).toBe(false);
  });
});

describe('globMatches (a match pattern\'s path)', () => {
  /** The regular expression matchesPattern built before, as the reference. */
  const byRegExp = (glob: string, s: string) =>
    new RegExp('^' + glob.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$').test(s);

  it('matches as the pattern\'s regular expression did, on every glob and path tried', () => {
    const globs = ['/*', '/arabic*', '/ar/*', '/*/news/*', '/a*b*c', '*', '**', '/x', '', '/*.html', '/a*a', '/ab*ba', '/*?q=*', '/a.b*', '/(x)*'];
    const paths = ['/', '/arabic', '/arabic/', '/arabicx/y', '/ar/', '/ar', '/x/news/y', '/news/', '/abc', '/aXbYc', '/acb', '/x', '', '/p.html', '/phtml', '/a', '/aa', '/aba', '/abba', '/ababa', '/z?q=1', '/a.b', '/aXb', '/(x)y', '/xx'];
    for (const g of globs) for (const p of paths) expect(globMatches(g, p), `${g} on ${p}`).toBe(byRegExp(g, p));
  });
});
