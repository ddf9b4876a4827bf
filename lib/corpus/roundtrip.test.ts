/**
 * A backup always restores: whatever saveArticle accepted, the export writes and the import takes
 * back, unchanged. Property-style: 150 articles whose page metadata is drawn at random from the
 * odd values real pages carry (dates like «99999» or «Jan 1 20000», empty and huge titles,
 * control characters, lone surrogates, markup), analysed by the real analyzer.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { mulberry32 } from '../../bench/generate';
import { analyze } from '../analyze/analyze';
import { builtinGazetteer } from '../knowledge/builtin';
import { saveArticle, storableDate } from './corpus';
import { openCorpus } from './schema';
import { exportFile } from './export-stream';
import { exportCorpus, importCorpus } from './transfer';
import { isStorableUrl, linkableUrl } from './urls';
import { allStatementRows } from './sets';
import { allCounts } from './counters';

const ODD_DATES = ['99999', 'Jan 1 20000', '+099999-01', '2019-02-30', '2019-13-01', '0000-01-01', '2019-03-01T10:00:00Z', '2019-03-01', '2150-07-04', '', ' ', 'null', '١٤٤٠-٠١-٠١', null, undefined];
const ODD_STRINGS = ['', ' ', 'عنوان <b>عريض</b> & «اقتباس»', '\u0000\u0007\u001b[31m', 'x'.repeat(5000), '\ud800 lone', '🙂 emoji', 'javascript:alert(1)', '\u202e right-to-left override', null, undefined];
const SENTENCES = [
  'قال الرئيس الفرنسي إيمانويل ماكرون إن باريس لن تنسحب من المفاوضات.',
  'وأكد وزير الخارجية الروسي سيرغي لافروف أن موسكو تدعم الحل السياسي في سوريا.',
  'وذكرت وكالة الأنباء أن الاجتماع سيعقد في جنيف الأسبوع المقبل.',
  'ونقلت الصحيفة عن مسؤول أمريكي قوله إن العقوبات ستستمر.',
];

describe('an export of whatever was saved imports back whole', () => {
  it('holds for 150 articles with odd metadata', async () => {
    const rnd = mulberry32(20261130);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const g = builtinGazetteer();
    const source = openCorpus(`roundtrip-source-${Date.now()}`);
    const target = openCorpus(`roundtrip-target-${Date.now()}`);
    try {
      let saved = 0;
      for (let i = 0; i < 150; i++) {
        const body = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(SENTENCES)).join(' ') + ` (${i})`;
        const title = pick(ODD_STRINGS);
        const text = `${title ?? 'خبر'}\n\n${body}`;
        const url = rnd() < 0.1 ? `https://example.com/${'ص'.repeat(300)}/${i}` : `https://example.com/news/${i}`;
        const publishedAt = pick(ODD_DATES);
        const result = await saveArticle(source, {
          url,
          canonicalUrl: rnd() < 0.3 ? null : url,
          title: title ?? '',
          site: pick(ODD_STRINGS),
          byline: pick(ODD_STRINGS),
          publishedAt: publishedAt as string | null | undefined,
          analysis: analyze(text, g, { publishedAt: storableDate(publishedAt) }),
        });
        if (result.status === 'saved') saved++;
      }
      const exported = await exportCorpus(source);
      // The options page's export, made in parts (small ones here), is that file byte for byte.
      const streamed = await exportFile(source, { now: new Date(JSON.parse(exported.split('\n', 1)[0]!).exportedAt), partChars: 3_000 });
      expect(new Uint8Array(await streamed!.arrayBuffer())).toEqual(new TextEncoder().encode(exported));
      const report = await importCorpus(target, exported);
      expect(report.problems).toEqual([]);
      expect(report.articlesAdded).toBe(saved);
      const strip = <T extends { id: number; savedAt?: string }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
      const before = strip(await source.articles.orderBy('canonicalUrl').toArray());
      const after = strip(await target.articles.orderBy('canonicalUrl').toArray());
      expect(after).toEqual(before);
      expect((await allStatementRows(target)).length).toBe((await allStatementRows(source)).length);
      // Every stored date is a real calendar day or none.
      for (const a of before) expect(a.publishedAt === null || storableDate(a.publishedAt) === a.publishedAt).toBe(true);
      // And the export of the import is the export of the original.
      expect(await exportCorpus(target, new Date(0))).toBe(await exportCorpus(source, new Date(0)));
    } finally {
      source.close();
      target.close();
      await Dexie.delete(source.name);
      await Dexie.delete(target.name);
    }
  }, 120_000);
});

describe('storableDate', () => {
  it('keeps a real calendar day and nothing else', () => {
    expect(storableDate('2019-03-01')).toBe('2019-03-01');
    expect(storableDate('2019-03-01T10:00:00Z')).toBe('2019-03-01');
    for (const bad of ['99999', 'Jan 1 20000', '+099999-01', '2019-02-30', '2019-13-01', '0999-01-01', '20190-01-01', '', null, 42, undefined]) {
      expect(storableDate(bad), String(bad)).toBeNull();
    }
  });
});

describe('a backup made from what an earlier build stored', () => {
  it('exports a date an earlier build stored badly as none, so the file imports', async () => {
    const g = builtinGazetteer();
    const source = openCorpus(`roundtrip-old-${Date.now()}`);
    const target = openCorpus(`roundtrip-old-target-${Date.now()}`);
    try {
      const { id } = await saveArticle(source, { url: 'https://example.com/a', title: 'خبر', analysis: analyze(`خبر\n\n${SENTENCES[0]}`, g) });
      // What a build before the date check stored for a page whose date meta read «99999».
      await source.articles.update(id, { publishedAt: '+099999-01' });
      const report = await importCorpus(target, await exportCorpus(source));
      expect(report.problems).toEqual([]);
      expect(report.articlesAdded).toBe(1);
      expect((await target.articles.toArray())[0]!.publishedAt).toBeNull();
    } finally {
      source.close();
      target.close();
      await Dexie.delete(source.name);
      await Dexie.delete(target.name);
    }
  });

  it('refuses a file whose mentions use a key that is no entity id («*» is the corpus’s own total)', async () => {
    const target = openCorpus(`roundtrip-star-${Date.now()}`);
    try {
      const header = JSON.stringify({ format: 'marsad-corpus', version: 2, exportedAt: '2026-11-30T00:00:00.000Z' });
      const article = JSON.stringify({ type: 'article', url: 'https://example.com/b', title: 'خبر', text: 'نص الخبر', mentions: { '*': 3, 'place:fr': 1 } });
      const report = await importCorpus(target, `${header}\n${article}\n`);
      expect(report.problems).toEqual([{ line: 2, message: expect.stringContaining('no entity id') }]);
      expect(await target.articles.count()).toBe(0);
      expect(await allCounts(target)).toEqual([]);
    } finally {
      target.close();
      await Dexie.delete(target.name);
    }
  });
});

describe('addresses', () => {
  it('an import refuses article addresses that are not http(s) or a file’s path, and writes nothing', async () => {
    const header = JSON.stringify({ format: 'marsad-corpus', version: 2, exportedAt: '2026-11-30T00:00:00.000Z' });
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd', 'vbscript:x']) {
      const target = openCorpus(`roundtrip-url-${Date.now()}`);
      try {
        const line = JSON.stringify({ type: 'article', url, title: 'خبر', text: 'نص الخبر' });
        const report = await importCorpus(target, `${header}\n${line}\n`);
        expect(report.problems, url).toEqual([{ line: 2, message: expect.stringContaining('http(s)') }]);
        expect(await target.articles.count()).toBe(0);
      } finally {
        target.close();
        await Dexie.delete(target.name);
      }
    }
  });

  it('keeps http(s) and file paths (the command line’s), and links only http(s)', () => {
    for (const ok of ['https://example.com/a', 'http://example.com/a', 'crawl/2020/a.html', '/home/me/a.html', 'C:\\pages\\a.html']) expect(isStorableUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:x', 'file:///a', '', 'https://a.b/\u0000']) expect(isStorableUrl(bad), bad).toBe(false);
    expect(linkableUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(linkableUrl('crawl/a.html')).toBeUndefined();
    expect(linkableUrl('javascript:alert(1)')).toBeUndefined();
    expect(linkableUrl(null)).toBeUndefined();
  });
});
