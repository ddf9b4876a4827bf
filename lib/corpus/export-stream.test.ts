/**
 * The export in parts (lib/corpus/export-stream.ts): the file it makes is exportCorpus's text byte
 * for byte, whatever the size of its parts; it says how many articles it has exported of how many;
 * cancelled, it makes no file and stops reading. The corpus crosses the export's pages, has an
 * article deleted and one updated (its statement rows then come after later articles' rows), joint
 * statements, discovered actors, knowledge edits and settings.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { analyze } from '../analyze/analyze';
import { builtinGazetteer } from '../knowledge/builtin';
import type { Gazetteer } from '../knowledge/matcher';
import { DEFAULT_SETTINGS } from '../settings';
import { deleteArticle, saveArticle, statementsOfRows } from './corpus';
import { EXPORT_PART_CHARS, exportFile, exportParts, type ExportProgress } from './export-stream';
import { openCorpus, type MarsadDB } from './schema';
import { CANBERRA, DENIAL, JAKARTA } from './test-fixtures';
import { EXPORT_PAGE, exportCorpus, type ExportedArticle } from './transfer';
import { statementRowsOf } from './sets';

const SENTENCES = [
  'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تسعى إلى تهدئة دائمة في إدلب.',
  'وأعلن الرئيس التركي رجب طيب أردوغان أن أنقرة وبرلين ستوقعان اتفاقا جديدا.',
  'وقال مسؤول أمريكي كبير إن واشنطن تتابع المحادثات عن كثب.',
  'هطلت أمطار غزيرة على بيروت وأغلقت عدة طرق في العاصمة اللبنانية.',
];
const ARTICLES = EXPORT_PAGE + 30;
const NOW = new Date('2026-12-01T10:00:00Z');
const SETTINGS = { ...DEFAULT_SETTINGS, highlight: 'first' as const };

let g: Gazetteer;
let db: MarsadDB;

beforeAll(async () => {
  g = builtinGazetteer();
  db = openCorpus(`export-stream-${crypto.randomUUID()}`);
  for (const f of [JAKARTA, DENIAL, CANBERRA]) {
    const analysis = f.analysis();
    await saveArticle(db, { url: f.url, title: analysis.text.split('\n', 1)[0]!, publishedAt: f.publishedAt, analysis });
  }
  for (let i = 0; i < ARTICLES; i++) {
    const text = `خبر رقم ${i}\n\n${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]} وهذا هو التقرير ${i + 1}.`;
    await saveArticle(db, { url: `https://news.example/${i}`, title: `خبر رقم ${i}`, site: 'news.example', publishedAt: '2024-05-01', analysis: analyze(text, g) });
  }
  // A gap in the ids, and an article whose statement rows are newer than every later article's.
  await deleteArticle(db, 10);
  const text = `خبر رقم 5\n\n${SENTENCES[1]} ${SENTENCES[0]} وهذه نسخة جديدة.`;
  await saveArticle(db, { url: 'https://news.example/5', title: 'خبر رقم 5', site: 'news.example', publishedAt: '2024-05-02', analysis: analyze(text, g) });
  await db.entities.put({ id: 'person:sergei-lavrov', origin: 'edit', aliases: ['لافروف الروسي'], updatedAt: '2024-02-01T08:00:00.000Z' });
}, 120_000);

afterEach(() => vi.restoreAllMocks());

const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

describe('the export in parts', () => {
  it('makes exportCorpus’s file byte for byte, whatever the size of its parts', async () => {
    const whole = await exportCorpus(db, NOW, SETTINGS);
    const expected = new TextEncoder().encode(whole);
    for (const partChars of [1, 5_000, 100_000, EXPORT_PART_CHARS]) {
      const file = await exportFile(db, { now: NOW, settings: SETTINGS, partChars });
      expect(file!.type).toBe('application/x-ndjson');
      expect(await bytes(file!), String(partChars)).toEqual(expected);
      const parts: string[] = [];
      for await (const p of exportParts(db, { now: NOW, settings: SETTINGS, partChars })) parts.push(p.text);
      expect(parts.join(''), String(partChars)).toBe(whole);
      // The header alone first; then whole lines in every part, every part but the last at least partChars long.
      expect(parts[0]).toBe(whole.slice(0, whole.indexOf('\n') + 1));
      for (const p of parts.slice(1, -1)) {
        expect(p.endsWith('\n')).toBe(true);
        expect(p.length).toBeGreaterThanOrEqual(partChars);
      }
    }
  });

  it('gives each article its statements as a read by that article would (the rows are read a page at a time)', async () => {
    const lines = (await exportCorpus(db)).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { type: string });
    const articles = lines.filter((l): l is ExportedArticle => l.type === 'article');
    const stored = await db.articles.orderBy('id').toArray();
    expect(articles.map((a) => a.url)).toEqual(stored.map((a) => a.url));
    for (const [i, a] of stored.entries()) {
      expect(articles[i]!.statements, a.url).toEqual(statementsOfRows(await statementRowsOf(db, a.id)));
    }
    // The joint statement of the Jakarta article is one statement, and the updated article has its new statements.
    expect(articles[0]!.statements.filter((s) => s.speakers).length).toBe(1);
    expect(articles.find((a) => a.url === 'https://news.example/5')!.text).toContain('نسخة جديدة');
  });

  it('says how many articles it has exported of how many, after every part', async () => {
    const total = await db.articles.count();
    const heard: ExportProgress[] = [];
    await exportFile(db, { partChars: 20_000, onProgress: (p) => heard.push(p) });
    expect(heard.length).toBeGreaterThan(3);
    expect(heard.every((p) => p.total === total)).toBe(true);
    for (const [i, p] of heard.entries()) if (i > 0) expect(p.articles).toBeGreaterThanOrEqual(heard[i - 1]!.articles);
    // The total at once (the header part), then the articles part by part.
    expect(heard[0]).toEqual({ articles: 0, total });
    expect(heard[1]!.articles).toBeGreaterThan(0);
    expect(heard[1]!.articles).toBeLessThan(total);
    expect(heard.at(-1)).toEqual({ articles: total, total });
  });

  it('makes no file when cancelled, and stops reading the corpus', async () => {
    const abort = new AbortController();
    const pages = vi.spyOn(db.articles, 'where');
    const heard: ExportProgress[] = [];
    const file = await exportFile(db, {
      partChars: 1,
      signal: abort.signal,
      onProgress: (p) => {
        heard.push(p);
        if (p.articles >= 3) abort.abort();
      },
    });
    expect(file).toBeUndefined();
    expect(heard.at(-1)!.articles).toBe(3);
    // One page of articles was read, not the rest of the corpus.
    expect(pages).toHaveBeenCalledTimes(1);
  });

  it('exports an empty corpus as its header line', async () => {
    const empty = openCorpus(`export-stream-empty-${crypto.randomUUID()}`);
    try {
      const heard: ExportProgress[] = [];
      const file = await exportFile(empty, { now: NOW, onProgress: (p) => heard.push(p) });
      expect(await file!.text()).toBe(await exportCorpus(empty, NOW));
      expect(heard).toEqual([{ articles: 0, total: 0 }, { articles: 0, total: 0 }]);
    } finally {
      empty.close();
      await Dexie.delete(empty.name);
    }
  });
});
