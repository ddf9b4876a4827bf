/**
 * Export and import of the corpus as JSON Lines (lib/corpus/transfer.ts): a round trip keeps every
 * article, statement, link and knowledge edit; articles already stored are skipped and left alone;
 * a file with bad lines is reported line by line and nothing is written; a large corpus streams.
 * Every article is analysed by the real analyzer with the built-in knowledge base; the texts are
 * the tests' own.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { analyze } from '../analyze/analyze';
import { builtinGazetteer } from '../knowledge/builtin';
import type { Gazetteer } from '../knowledge/matcher';
import type { KnowledgeEdit } from '../knowledge/user';
import { countArticlesFor, relatedArticles, relatedToArticle, saveArticle, statementHistory, type ArticleInput } from './corpus';
import { openCorpus, statementOrder, type MarsadDB } from './schema';
import { AUSTRALIA, BISHOP, CANBERRA, DENIAL, FRANCE, JAKARTA } from './test-fixtures';
import { exportCorpus, exportLines, FORMAT, FORMAT_VERSION, importCorpus, parseImport, textParts, type ExportedArticle } from './transfer';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../settings';
import { allLinkRows, allStatementRows, statementRowsOf } from './sets';
import { readCount } from './counters';

const LAVROV = 'person:sergei-lavrov';
const MACRON = 'person:emmanuel-macron';
const ERDOGAN = 'person:recep-tayyip-erdogan';
const ANKARA = 'place:ankara';
const BEIRUT = 'place:beirut';

const page = (title: string, body: string) => `${title}\n\n${body}`;

const TEXT = {
  lavrovIdlib: page(
    'لافروف يبحث الوضع في إدلب',
    'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تسعى إلى تهدئة دائمة في إدلب. وأضاف أن المحادثات مع أنقرة كانت بناءة.',
  ),
  /** A direct quote by Macron and an unnamed American official. */
  macronEurope: page(
    'ماكرون يتحدث عن أوروبا',
    'وقال الرئيس الفرنسي إيمانويل ماكرون: "سنواصل العمل من أجل أوروبا أقوى". وقال مسؤول أمريكي كبير إن واشنطن تتابع المحادثات عن كثب.',
  ),
  /** No statements at all. */
  beirutRain: page('أمطار في بيروت', 'هطلت أمطار غزيرة على بيروت وطرابلس أمس، وأغلقت عدة طرق في العاصمة اللبنانية.'),
  erdoganBerlin: page(
    'أردوغان يزور برلين',
    'أعلن الرئيس التركي رجب طيب أردوغان أن أنقرة وبرلين ستوقعان اتفاقا اقتصاديا جديدا. وأكد أردوغان أن العلاقات بين البلدين قوية.',
  ),
};

let g: Gazetteer;
beforeAll(() => {
  g = builtinGazetteer();
});

const opened: MarsadDB[] = [];
function freshDb(): MarsadDB {
  const db = openCorpus('test-' + crypto.randomUUID());
  opened.push(db);
  return db;
}
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

function input(text: string, url: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  return { url, title: text.split('\n', 1)[0]!, site: 'example.com', analysis: analyze(text, g), ...extra };
}

const EDITS: KnowledgeEdit[] = [
  { id: MACRON, origin: 'edit', aliases: ['ماكغون'], excluded: ['إمانويل ماكرون'], updatedAt: '2024-02-01T08:00:00.000Z' },
  { id: 'place:tripoli', origin: 'edit', hidden: true, updatedAt: '2024-02-02T08:00:00.000Z' },
  {
    id: 'person:user-lq1x2y3-abc12',
    origin: 'user',
    type: 'person',
    name: 'سامي الحلبي',
    nameEn: 'Sami al-Halabi',
    aliases: ['الحلبي'],
    updatedAt: '2024-02-03T08:00:00.000Z',
  },
];

/** A corpus of four articles (dated, undated, with and without canonical URL, byline, statements) and three knowledge edits. */
async function sampleCorpus(): Promise<MarsadDB> {
  const db = freshDb();
  await saveArticle(
    db,
    input(TEXT.lavrovIdlib, 'https://a.example/lavrov?utm=x', {
      canonicalUrl: 'https://a.example/lavrov',
      site: 'a.example',
      byline: 'مراسل الوكالة',
      publishedAt: '2021-04-02',
      lang: 'arb',
    }),
    new Date('2024-01-10T09:00:00Z'),
  );
  await saveArticle(db, input(TEXT.macronEurope, 'https://b.example/macron', { site: 'b.example', publishedAt: '2022-06-15' }), new Date('2024-01-11T09:00:00Z'));
  await saveArticle(db, input(TEXT.beirutRain, 'https://c.example/rain', { site: null, publishedAt: null }), new Date('2023-12-01T18:30:00Z'));
  await saveArticle(db, input(TEXT.erdoganBerlin, 'https://a.example/erdogan', { site: 'a.example', publishedAt: '2020-09-09' }), new Date('2024-01-12T09:00:00Z'));
  await db.entities.bulkAdd(EDITS);
  return db;
}

async function snapshot(db: MarsadDB) {
  return {
    articles: await db.articles.toArray(),
    statements: await allStatementRows(db),
    links: await allLinkRows(db),
    entities: await db.entities.toArray(),
  };
}

async function counts(db: MarsadDB) {
  return { articles: await db.articles.count(), statements: (await allStatementRows(db)).length, links: (await allLinkRows(db)).length, entities: await db.entities.count() };
}

/** Every entity id mentioned or speaking in the corpus. */
async function entityIdsOf(db: MarsadDB): Promise<string[]> {
  const ids = new Set<string>();
  for (const a of await db.articles.toArray()) a.entityIds.forEach((id) => ids.add(id));
  for (const s of await allStatementRows(db)) if (s.speakerId) ids.add(s.speakerId);
  return [...ids].sort();
}

/** The queries' answers with database ids replaced by the article's URL, so two databases compare. */
async function answers(db: MarsadDB, entityIds: string[]) {
  const urlOf = new Map((await db.articles.toArray()).map((a) => [a.id, a.url]));
  const out: Record<string, unknown> = {};
  for (const id of entityIds) {
    out[id] = {
      related: (await relatedArticles(db, id)).map(({ id: articleId, ...rest }) => ({ ...rest, article: urlOf.get(articleId) })),
      history: (await statementHistory(db, id)).map(({ id: _statementId, article, ...rest }) => ({ ...rest, article: { ...article, id: urlOf.get(article.id) } })),
    };
  }
  for (const [id, url] of urlOf) {
    out[url] = (await relatedToArticle(db, id)).map(({ id: other, ...rest }) => ({ ...rest, article: urlOf.get(other) }));
  }
  return out;
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('exportCorpus', () => {
  it('writes a header line, one line per article with its statements, and one per knowledge edit', async () => {
    const db = await sampleCorpus();
    const text = await exportCorpus(db, new Date('2024-03-01T12:00:00Z'));
    expect(text.endsWith('\n')).toBe(true);
    const ls = lines(text).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ls[0]).toEqual({ format: FORMAT, version: FORMAT_VERSION, exportedAt: '2024-03-01T12:00:00.000Z' });
    const articles = ls.filter((l) => l['type'] === 'article') as unknown as ExportedArticle[];
    expect(articles.map((a) => a.url)).toEqual(['https://a.example/lavrov?utm=x', 'https://b.example/macron', 'https://c.example/rain', 'https://a.example/erdogan']);
    const byId = (a: KnowledgeEdit, b: KnowledgeEdit) => a.id.localeCompare(b.id);
    expect((ls.filter((l) => l['type'] === 'entity').map((l) => l['entity']) as KnowledgeEdit[]).sort(byId)).toEqual([...EDITS].sort(byId));
    expect(ls).toHaveLength(1 + 4 + 3);
    const macron = articles[1]!;
    // An unnamed source is exported as null, not as the database's ''.
    expect(macron.statements.map((s) => s.speakerId)).toEqual([MACRON, null]);
    expect(macron.statements[0]!.direct).toBe(true);
    for (const a of articles) for (const s of a.statements) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('importCorpus: a round trip', () => {
  it('keeps every article field, every statement, the links and the knowledge edits', async () => {
    const source = await sampleCorpus();
    const before = await snapshot(source);
    const exported = await exportCorpus(source);

    const target = freshDb();
    const report = await importCorpus(target, exported);
    expect(report).toEqual({ problems: [], articlesAdded: 4, articlesSkipped: 0, entitiesAdded: 3, entitiesUpdated: 0, entitiesUnchanged: 0, settings: 'none', discoveredAdded: 0 });
    const after = await snapshot(target);

    // Articles: every field (ids aside) as stored at the source, contentHash included.
    expect(after.articles).toHaveLength(before.articles.length);
    const newIdOf = new Map<number, number>();
    for (const a of before.articles) {
      const b = after.articles.find((x) => x.canonicalUrl === a.canonicalUrl)!;
      expect(b, a.canonicalUrl).toBeDefined();
      newIdOf.set(a.id, b.id);
      const { id: _a, ...aFields } = a;
      const { id: _b, ...bFields } = b;
      expect(bFields).toEqual(aFields);
    }
    const undated = after.articles.find((a) => a.url === 'https://c.example/rain')!;
    expect(undated.publishedAt).toBeNull();
    expect(undated.site).toBeNull();
    expect(undated.savedAt).toBe('2023-12-01T18:30:00.000Z');
    expect(after.articles.find((a) => a.url === 'https://a.example/lavrov?utm=x')!).toMatchObject({
      canonicalUrl: 'https://a.example/lavrov',
      byline: 'مراسل الوكالة',
      publishedAt: '2021-04-02',
    });

    // Statements: speaker, verb, text, offsets, direct, prefix/suffix, date; the order key follows the new ids.
    expect(after.statements).toHaveLength(before.statements.length);
    expect(before.statements.length).toBe(6);
    for (const s of before.statements) {
      const articleId = newIdOf.get(s.articleId)!;
      const t = after.statements.find((x) => x.articleId === articleId && x.start === s.start)!;
      expect(t, s.text).toBeDefined();
      const { id: _s, articleId: _sa, order: _so, ...sFields } = s;
      const { id: _t, articleId: _ta, order, ...tFields } = t;
      expect(tFields).toEqual(sFields);
      expect(order).toBe(statementOrder(t.publishedAt, articleId, t.start));
    }
    const unnamed = after.statements.find((s) => s.speaker === 'مسؤول أمريكي كبير')!;
    expect(unnamed.speakerId).toBe('');
    // The undated article's statements would be dated by the day it was saved (it has none here).
    expect(after.statements.filter((s) => s.articleId === undated.id)).toEqual([]);

    // Links: the same rows, and the queries give the same answers.
    const link = (l: (typeof before.links)[number], idOf: (n: number) => number | undefined) => `${l.entityId}|${idOf(l.articleId)}|${l.publishedAt}|${l.mentions}`;
    expect(after.links.map((l) => link(l, (n) => n)).sort()).toEqual(before.links.map((l) => link(l, (n) => newIdOf.get(n))).sort());
    expect(after.links.find((l) => l.articleId === undated.id && l.entityId === BEIRUT)!.publishedAt).toBe('2023-12-01');
    const ids = await entityIdsOf(source);
    expect(ids).toEqual(expect.arrayContaining([LAVROV, MACRON, ERDOGAN, ANKARA, BEIRUT]));
    expect(await answers(target, [...ids, 'person:nobody-at-all'])).toEqual(await answers(source, [...ids, 'person:nobody-at-all']));
    expect((await statementHistory(target, ERDOGAN)).map((h) => h.text)).toEqual(['أنقرة وبرلين ستوقعان اتفاقا اقتصاديا جديدا', 'العلاقات بين البلدين قوية']);
    expect((await relatedArticles(target, ANKARA)).map((a) => a.url)).toEqual(['https://a.example/lavrov?utm=x', 'https://a.example/erdogan']);

    // Knowledge edits, as they were.
    expect(after.entities).toEqual(before.entities);

    // And exporting the imported corpus gives the same file.
    const at = new Date('2024-03-01T12:00:00Z');
    expect(await exportCorpus(target, at)).toBe(await exportCorpus(source, at));
  });

  it('round-trips an empty corpus (a header only)', async () => {
    const text = await exportCorpus(freshDb());
    expect(lines(text)).toHaveLength(1);
    const target = freshDb();
    expect(await importCorpus(target, text)).toEqual({ problems: [], articlesAdded: 0, articlesSkipped: 0, entitiesAdded: 0, entitiesUpdated: 0, entitiesUnchanged: 0, settings: 'none', discoveredAdded: 0 });
    expect(await counts(target)).toEqual({ articles: 0, statements: 0, links: 0, entities: 0 });
  });
});

describe('importCorpus: articles already stored', () => {
  it('skips them (same canonical URL or same text), counts them, and touches nothing stored', async () => {
    const exported = await exportCorpus(await sampleCorpus());

    const target = freshDb();
    // The same canonical URL, with an earlier version of the text and other metadata.
    await saveArticle(
      target,
      input(TEXT.lavrovIdlib.replace('تهدئة دائمة', 'تهدئة'), 'https://mirror.example/l', {
        canonicalUrl: 'https://a.example/lavrov',
        title: 'عنوان قديم',
        publishedAt: '2021-04-01',
      }),
      new Date('2022-01-01T00:00:00Z'),
    );
    // The same text under another address.
    await saveArticle(target, input(TEXT.erdoganBerlin, 'https://elsewhere.example/e', { site: 'elsewhere.example', publishedAt: '2020-09-10' }));
    // The user's own edit of Macron, which the file's edit must not replace: they are merged as a
    // knowledge file's are (both sets of added names and exclusions kept; hiding the newer's).
    const mine: KnowledgeEdit = { id: MACRON, origin: 'edit', aliases: ['ماكرون الرئيس'], updatedAt: '2024-05-05T00:00:00.000Z' };
    await target.entities.add(mine);
    const before = await snapshot(target);

    const report = await importCorpus(target, exported);
    expect(report).toEqual({ problems: [], articlesAdded: 2, articlesSkipped: 2, entitiesAdded: 2, entitiesUpdated: 1, entitiesUnchanged: 0, settings: 'none', discoveredAdded: 0 });

    const after = await snapshot(target);
    // What was stored is exactly as it was.
    for (const a of before.articles) expect(after.articles.find((x) => x.id === a.id)).toEqual(a);
    for (const s of before.statements) expect(after.statements.find((x) => x.id === s.id)).toEqual(s);
    for (const l of before.links) expect(after.links.find((x) => x.articleId === l.articleId && x.entityId === l.entityId)).toEqual(l);
    expect(await target.entities.get(MACRON)).toEqual({ ...mine, aliases: ['ماكرون الرئيس', 'ماكغون'], excluded: ['إمانويل ماكرون'] });
    // No second copy of the skipped articles, their statements or links.
    expect(after.articles.map((a) => a.canonicalUrl).sort()).toEqual(
      ['https://a.example/lavrov', 'https://elsewhere.example/e', 'https://b.example/macron', 'https://c.example/rain'].sort(),
    );
    const oldIds = new Set(before.articles.map((a) => a.id));
    const addedStatements = after.statements.filter((s) => !oldIds.has(s.articleId));
    expect(addedStatements.map((s) => s.speaker).sort()).toEqual(['إيمانويل ماكرون', 'مسؤول أمريكي كبير'].sort());
    expect(after.statements.filter((s) => oldIds.has(s.articleId))).toEqual(before.statements);
    expect(after.links.filter((l) => oldIds.has(l.articleId))).toEqual(before.links);
    expect((await statementHistory(target, ERDOGAN)).map((h) => h.article.url)).toEqual(['https://elsewhere.example/e', 'https://elsewhere.example/e']);

    // Importing the same file again adds nothing.
    const again = await importCorpus(target, exported);
    expect(again).toEqual({ problems: [], articlesAdded: 0, articlesSkipped: 4, entitiesAdded: 0, entitiesUpdated: 0, entitiesUnchanged: 3, settings: 'none', discoveredAdded: 0 });
    expect(await snapshot(target)).toEqual(after);
  });

  it('imports an article that appears twice in one file once', async () => {
    const source = freshDb();
    await saveArticle(source, input(TEXT.beirutRain, 'https://c.example/rain'));
    const ls = lines(await exportCorpus(source));
    const copy = { ...(JSON.parse(ls[1]!) as ExportedArticle), url: 'https://copy.example/rain', canonicalUrl: 'https://copy.example/rain' };
    const target = freshDb();
    const report = await importCorpus(target, [...ls, JSON.stringify(copy)].join('\n'));
    expect(report).toMatchObject({ problems: [], articlesAdded: 1, articlesSkipped: 1 });
    expect(await target.articles.count()).toBe(1);
  });

  it('keeps the first of two articles of one file under the same address, its counts and statements only', async () => {
    const source = freshDb();
    await saveArticle(source, input(TEXT.erdoganBerlin, 'https://a.example/e'));
    await saveArticle(source, input(TEXT.lavrovIdlib, 'https://a.example/l'));
    const ls = lines(await exportCorpus(source));
    // The second article's line given the first one's address: the same article, to be skipped.
    const again = { ...(JSON.parse(ls[2]!) as ExportedArticle), url: 'https://a.example/e', canonicalUrl: 'https://a.example/e' };
    const target = freshDb();
    const report = await importCorpus(target, [ls[0], ls[1], JSON.stringify(again)].join('\n'));
    expect(report).toMatchObject({ problems: [], articlesAdded: 1, articlesSkipped: 1 });
    expect((await target.articles.toArray()).map((a) => a.text)).toEqual([TEXT.erdoganBerlin]);
    expect((await allStatementRows(target)).length).toBe((await statementRowsOf(source, 1)).length);
    expect(await countArticlesFor(target, LAVROV)).toBe(0);
    expect(await countArticlesFor(target, ERDOGAN)).toBe(1);
    expect((await readCount(target, '*'))!.articles).toBe(1);
  });
});

describe('importCorpus: bad files', () => {
  let valid: string[];
  let article: ExportedArticle;
  beforeAll(async () => {
    const db = await sampleCorpus();
    valid = lines(await exportCorpus(db));
    article = JSON.parse(valid[1]!) as ExportedArticle;
    db.close();
    await Dexie.delete(db.name);
  });

  const withStatement = (patch: Record<string, unknown>) =>
    JSON.stringify({ ...article, url: 'https://bad.example/x', canonicalUrl: 'https://bad.example/x', statements: [{ ...article.statements[0]!, ...patch }] });
  const without = (key: string) => {
    const o: Record<string, unknown> = { ...article, url: 'https://bad.example/y', canonicalUrl: 'https://bad.example/y' };
    delete o[key];
    return JSON.stringify(o);
  };

  const BAD: Record<string, () => string> = {
    'invalid JSON': () => '{"type": "article", "url": ',
    'an unknown line type': () => JSON.stringify({ type: 'comment', text: 'مرحبا' }),
    'an article without text': () => without('text'),
    'an article with empty text': () => JSON.stringify({ ...article, text: '', statements: [], url: 'https://bad.example/z' }),
    'a statement ending after the text': () => withStatement({ end: article.text.length + 1 }),
    'a statement ending before it starts': () => withStatement({ start: 20, end: 10 }),
    'a statement with a negative offset': () => withStatement({ start: -1 }),
    'a header from a newer format version': () => JSON.stringify({ format: FORMAT, version: FORMAT_VERSION + 1, exportedAt: '2030-01-01T00:00:00.000Z' }),
    'a header of an unknown format': () => JSON.stringify({ format: 'some-other-tool', version: 1 }),
    'a JSON value that is not an object': () => '[1, 2, 3]',
    'an entity edit with a malformed id': () => JSON.stringify({ type: 'entity', entity: { id: 'Macron!', origin: 'edit', updatedAt: '2024-01-01T00:00:00Z' } }),
  };

  for (const [what, bad] of Object.entries(BAD)) {
    it(`reports ${what} with its line number and writes nothing`, async () => {
      const db = freshDb();
      await saveArticle(db, input(TEXT.beirutRain, 'https://stored.example/rain'));
      const before = await snapshot(db);
      // The bad line is line 3: after the header and one good article.
      const text = [valid[0], valid[1], bad(), ...valid.slice(2)].join('\n') + '\n';
      const report = await importCorpus(db, text);
      expect(report.problems.map((p) => p.line)).toEqual([3]);
      expect(report.problems[0]!.message).toEqual(expect.any(String));
      expect(report).toMatchObject({ articlesAdded: 0, articlesSkipped: 0, entitiesAdded: 0, entitiesUpdated: 0, entitiesUnchanged: 0 });
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('reports every bad line, counting blank lines, and writes nothing', async () => {
    const db = freshDb();
    const before = await counts(db);
    const text = [
      valid[0], // 1
      BAD['invalid JSON']!(), // 2
      valid[1], // 3
      '', // 4
      BAD['an unknown line type']!(), // 5
      valid[2], // 6
      BAD['an article without text']!(), // 7
      BAD['a statement ending after the text']!(), // 8
      valid[3], // 9
      BAD['a header from a newer format version']!(), // 10
      BAD['a header of an unknown format']!(), // 11
      ...valid.slice(4), // 12...
    ].join('\n');
    const report = await importCorpus(db, text);
    expect(report.problems.map((p) => p.line)).toEqual([2, 5, 7, 8, 10, 11]);
    const about = (n: number) => report.problems.find((p) => p.line === n)!.message;
    expect(about(2)).toMatch(/JSON/);
    expect(about(5)).toMatch(/comment/);
    expect(about(7)).toMatch(/text/);
    expect(about(8)).toMatch(/offsets/);
    expect(about(10)).toMatch(/newer/);
    expect(about(11)).toMatch(/some-other-tool/);
    expect(report).toMatchObject({ articlesAdded: 0, articlesSkipped: 0, entitiesAdded: 0, entitiesUpdated: 0, entitiesUnchanged: 0 });
    expect(await counts(db)).toEqual(before);
    // parseImport agrees, and keeps the good lines apart.
    const parsed = parseImport(text);
    expect(parsed.problems).toEqual(report.problems);
    expect(parsed.lines).toHaveLength(valid.length - 1);
  });

  it('reports an empty file (or one with blank lines only) and writes nothing', async () => {
    const db = freshDb();
    for (const text of ['', '\n', '  \n\n\t\n', '\uFEFF', '\uFEFF\r\n\r\n']) {
      const report = await importCorpus(db, text);
      expect(report.problems, JSON.stringify(text)).toHaveLength(1);
      expect(report.problems[0]!.message).toMatch(/empty/);
      expect(report.articlesAdded).toBe(0);
    }
    expect(await counts(db)).toEqual({ articles: 0, statements: 0, links: 0, entities: 0 });
  });
});

describe('importCorpus: what a file may look like', () => {
  it('accepts blank lines, a UTF-8 byte order mark and Windows line ends', async () => {
    const source = await sampleCorpus();
    const ls = lines(await exportCorpus(source));
    const text = '\uFEFF' + ['', ls[0], '', '   ', ls[1], ls[2], '', ...ls.slice(3), '', ''].join('\r\n');
    const target = freshDb();
    const report = await importCorpus(target, text);
    expect(report).toEqual({ problems: [], articlesAdded: 4, articlesSkipped: 0, entitiesAdded: 3, entitiesUpdated: 0, entitiesUnchanged: 0, settings: 'none', discoveredAdded: 0 });
    expect(await counts(target)).toEqual(await counts(source));
    const ids = await entityIdsOf(source);
    expect(await answers(target, ids)).toEqual(await answers(source, ids));
  });
});

describe('exportLines: a large corpus', () => {
  it('streams 500 articles in pages, and the export imports whole', async () => {
    const db = freshDb();
    const templates = [TEXT.lavrovIdlib, TEXT.macronEurope, TEXT.beirutRain, TEXT.erdoganBerlin];
    const N = 500;
    for (let i = 0; i < N; i++) {
      const t = templates[i % templates.length]!;
      // A different closing sentence makes every text a different article.
      const text = `${t} وهذا هو التقرير رقم ${i + 1} من السلسلة.`;
      const day = String((i % 28) + 1).padStart(2, '0');
      await saveArticle(db, input(text, `https://big.example/${i}`, { publishedAt: `2023-${String((i % 12) + 1).padStart(2, '0')}-${day}` }));
    }
    await db.entities.bulkAdd(EDITS);
    expect(await db.articles.count()).toBe(N);
    const statementCount = (await allStatementRows(db)).length;

    const where = vi.spyOn(db.articles, 'where');
    const toArray = vi.spyOn(db.articles, 'toArray');
    const gen = exportLines(db);
    // Lazy: the header comes before any article is read, and the first article after one page.
    expect(JSON.parse((await gen.next()).value as string)).toMatchObject({ format: FORMAT });
    expect(where).not.toHaveBeenCalled();
    const first = JSON.parse((await gen.next()).value as string) as ExportedArticle;
    expect(first.url).toBe('https://big.example/0');
    expect(where).toHaveBeenCalledTimes(1);
    const rest: string[] = [];
    for await (const l of gen) rest.push(l);
    // Several pages, never the whole table at once.
    expect(where.mock.calls.length).toBeGreaterThan(2);
    expect(where.mock.calls.every(([index]) => String(index) === 'id')).toBe(true);
    expect(toArray).not.toHaveBeenCalled();
    where.mockRestore();
    toArray.mockRestore();

    const all = [JSON.stringify(first), ...rest].map((l) => JSON.parse(l) as { type: string; url?: string });
    const articles = all.filter((l) => l.type === 'article');
    expect(articles).toHaveLength(N);
    // Every article once, in the order they were saved.
    expect(articles.map((a) => a.url)).toEqual(Array.from({ length: N }, (_, i) => `https://big.example/${i}`));
    expect(all.filter((l) => l.type === 'entity')).toHaveLength(EDITS.length);

    const target = freshDb();
    const report = await importCorpus(target, await exportCorpus(db));
    expect(report).toEqual({ problems: [], articlesAdded: N, articlesSkipped: 0, entitiesAdded: EDITS.length, entitiesUpdated: 0, entitiesUnchanged: 0, settings: 'none', discoveredAdded: 0 });
    expect(await counts(target)).toEqual(await counts(db));
    expect((await allStatementRows(target)).length).toBe(statementCount);
    expect(await statementHistory(target, ERDOGAN, { limit: 3 })).toHaveLength(3);
  }, 120_000);
});

/** Articles analysed by hand against the statement contract (test-fixtures.ts): joint subjects, titles, discovered actors. */
describe('format version 2: the statement contract and discovered actors', () => {
  async function contractCorpus(): Promise<MarsadDB> {
    const db = freshDb();
    for (const f of [JAKARTA, DENIAL, CANBERRA]) {
      const analysis = f.analysis();
      await saveArticle(db, { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis }, new Date('2024-04-04T00:00:00Z'));
    }
    return db;
  }

  it('exports every field of a statement, a joint statement once, and the discovered actors', async () => {
    const db = await contractCorpus();
    const ls = lines(await exportCorpus(db)).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ls[0]).toMatchObject({ format: FORMAT, version: 3 });
    const jakarta = ls.find((l) => l['url'] === JAKARTA.url) as unknown as ExportedArticle;
    const analysis = JAKARTA.analysis();
    // One exported statement per analysed statement (the joint one is not one per member), with every stored field.
    expect(jakarta.statements).toHaveLength(analysis.statements.length);
    for (const [i, s] of analysis.statements.entries()) {
      const { sentenceStart: _s, sentenceEnd: _e, ...stored } = s;
      expect(jakarta.statements[i]).toEqual({ ...stored, prefix: expect.any(String), suffix: expect.any(String) });
    }
    expect(jakarta.statements[2]!.speakers!.map((m) => m.id)).toEqual([FRANCE, 'place:gb']);
    const discovered = ls.filter((l) => l['type'] === 'discovered');
    expect(discovered).toEqual([{ type: 'discovered', actor: await db.discovered.get(BISHOP) }]);
  });

  it('round-trips: the same statements with all their fields, the same discovered actors, the same histories', async () => {
    const source = await contractCorpus();
    const target = freshDb();
    const report = await importCorpus(target, await exportCorpus(source));
    expect(report).toEqual({ problems: [], articlesAdded: 3, articlesSkipped: 0, entitiesAdded: 0, entitiesUpdated: 0, entitiesUnchanged: 0, settings: 'none', discoveredAdded: 1 });
    const rows = async (db: MarsadDB) => {
      const urlOf = new Map((await db.articles.toArray()).map((a) => [a.id, a.url]));
      return (await allStatementRows(db)).map(({ id: _id, articleId, order: _order, ...fields }) => ({ ...fields, article: urlOf.get(articleId) }));
    };
    const before = await rows(source);
    expect(before.filter((r) => r.speakers)).toHaveLength(4); // two joint statements, two members each
    expect(await rows(target)).toEqual(before);
    expect(await target.discovered.toArray()).toEqual(await source.discovered.toArray());
    for (const id of [BISHOP, FRANCE, AUSTRALIA]) expect(await answers(target, [id])).toEqual(await answers(source, [id]));
    expect((await statementHistory(target, BISHOP, { verbClasses: ['denies'] })).map((h) => h.text)).toEqual(['تكون بلادها قد غيرت موقفها']);
    const at = new Date('2024-05-05T00:00:00Z');
    expect(await exportCorpus(target, at)).toBe(await exportCorpus(source, at));
  });

  it('merges a discovered actor the corpus already has, and leaves out one no article names', async () => {
    const source = await contractCorpus();
    const exported = lines(await exportCorpus(source));
    const target = freshDb();
    const denial = DENIAL.analysis();
    await saveArticle(target, { url: DENIAL.url, title: 'بيشوب تنفي', publishedAt: DENIAL.publishedAt, analysis: denial });
    expect((await target.discovered.get(BISHOP))!.forms).toEqual(['جولي بيشوب', 'بيشوب', 'جولى بيشوب']);
    const nobody = { type: 'discovered', actor: { id: 'org:found-q1', type: 'organization', name: 'هيئة ما', forms: ['هيئة ما'], role: null, firstSeen: '2019-01-01', lastSeen: '2019-01-01' } };
    const report = await importCorpus(target, [...exported, JSON.stringify(nobody)].join('\n'));
    expect(report).toMatchObject({ problems: [], articlesAdded: 2, articlesSkipped: 1, discoveredAdded: 0 });
    expect(await target.discovered.toArray()).toEqual(await source.discovered.toArray());
    expect(await target.discovered.get('org:found-q1')).toBeUndefined();
  });

  it('imports a version-1 file: its statements get a speaker kind, their verb class and unknown offsets', async () => {
    const text = 'لافروف يحذر\n\nحذر لافروف من التصعيد. ونفى أن تكون موسكو قد انسحبت. وقال مسؤول غربي إن الوفود وصلت.';
    const statement = (speakerId: string | null, speaker: string, verb: string, said: string) => ({
      speakerId,
      speaker,
      verb,
      text: said,
      direct: false,
      start: text.indexOf(said),
      end: text.indexOf(said) + said.length,
      prefix: '',
      suffix: '',
    });
    const file = [
      JSON.stringify({ format: FORMAT, version: 1, exportedAt: '2024-01-01T00:00:00.000Z' }),
      JSON.stringify({
        type: 'article',
        url: 'https://v1.example/a',
        canonicalUrl: 'https://v1.example/a',
        title: 'لافروف يحذر',
        site: null,
        byline: null,
        publishedAt: '2019-11-20',
        savedAt: '2024-01-01T00:00:00.000Z',
        lang: 'arb',
        text,
        mentions: { [LAVROV]: 1 },
        statements: [
          statement(LAVROV, 'سيرغي لافروف', 'حذر', 'من التصعيد'),
          statement(LAVROV, 'سيرغي لافروف', 'ونفى', 'تكون موسكو قد انسحبت'),
          statement(null, 'مسؤول غربي', 'قال', 'الوفود وصلت'),
        ],
      }),
    ].join('\n');
    const db = freshDb();
    expect(await importCorpus(db, file)).toMatchObject({ problems: [], articlesAdded: 1 });
    const rows = (await allStatementRows(db)).map((s) => [s.speakerId, s.speakerKind, s.verbClass, s.speakerStart, s.speakerEnd, s.verbStart, s.verbEnd, s.speakers]);
    expect(rows).toEqual([
      [LAVROV, 'entity', 'warns', null, null, null, null, undefined],
      [LAVROV, 'entity', 'denies', null, null, null, null, undefined],
      ['', 'unnamed', 'states', null, null, null, null, undefined],
    ]);
    expect((await statementHistory(db, LAVROV, { verbClasses: ['warns'] })).map((h) => h.text)).toEqual(['من التصعيد']);
  });

  describe('bad version-2 fields', () => {
    let header: string;
    let article: ExportedArticle;
    let actor: Record<string, unknown>;
    beforeAll(async () => {
      const db = await contractCorpus();
      const ls = lines(await exportCorpus(db));
      header = ls[0]!;
      article = JSON.parse(ls.find((l) => l.includes(JAKARTA.url))!) as ExportedArticle;
      actor = ls.map((l) => JSON.parse(l) as { type?: string; actor: Record<string, unknown> }).find((l) => l.type === 'discovered')!.actor;
      expect(actor['id']).toBe(BISHOP);
      db.close();
      await Dexie.delete(db.name);
    });

    /** The article (under another address) with its joint statement (the third) patched. */
    const withJoint = (patch: Record<string, unknown>) =>
      JSON.stringify({ ...article, url: 'https://bad.example/v2', canonicalUrl: 'https://bad.example/v2', statements: [article.statements[2]!].map((s) => ({ ...s, ...patch })) });
    const withActor = (patch: Record<string, unknown>) => JSON.stringify({ type: 'discovered', actor: { ...actor, ...patch } });

    const BAD_V2: Record<string, [() => string, RegExp]> = {
      'an unknown verb class': [() => withJoint({ verbClass: 'sings' }), /verbClass/],
      'an unknown speaker kind': [() => withJoint({ speakerKind: 'ghost' }), /speakerKind/],
      'a verb offset outside the text': [() => withJoint({ verbEnd: article.text.length + 5 }), /verbStart.*verbEnd/],
      'a speaker phrase ending before it starts': [() => withJoint({ speakerStart: 30, speakerEnd: 20 }), /speakerEnd/],
      'a member of unknown kind': [() => withJoint({ speakers: [{ id: FRANCE, name: 'فرنسا', kind: 'nation', start: 0, end: 0 }] }), /speaker 1/],
      'members whose first is not the speaker': [() => withJoint({ speakers: [...article.statements[2]!.speakers!].reverse() }), /first/],
      'a discovered actor with a built-in id': [() => withActor({ id: 'person:julie-bishop' }), /discovered id/],
      'a discovered actor without its forms': [() => withActor({ forms: 'جولي بيشوب' }), /forms/],
    };

    for (const [what, [bad, message]] of Object.entries(BAD_V2)) {
      it(`reports ${what} with its line number and writes nothing`, async () => {
        const db = freshDb();
        const report = await importCorpus(db, [header, JSON.stringify(article), bad()].join('\n'));
        expect(report.problems.map((p) => p.line)).toEqual([3]);
        expect(report.problems[0]!.message).toMatch(message);
        expect(report).toMatchObject({ articlesAdded: 0, discoveredAdded: 0 });
        expect(await counts(db)).toEqual({ articles: 0, statements: 0, links: 0, entities: 0 });
        expect(await db.discovered.count()).toBe(0);
      });
    }
  });
});

describe('textParts: a file cut for messages', () => {
  it('cuts at line ends, loses nothing, and keeps each part within the size a line allows', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `{"line":${i},"text":"${'ب'.repeat(i % 7)}"}`);
    const text = lines.join('\n') + '\n';
    const parts = textParts(text, 64);
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(64);
      expect(p.endsWith('\n')).toBe(true);
    }
  });

  it('cuts a line longer than a part where it must, and gives nothing for an empty file', () => {
    const long = 'ا'.repeat(150);
    expect(textParts(long, 64).map((p) => p.length)).toEqual([64, 64, 22]);
    expect(textParts('', 64)).toEqual([]);
  });
});

describe('the settings in the export', () => {
  const MINE: Settings = {
    colors: { person: '#ff8800', organization: '#123456', place: 'gold' },
    types: { person: true, organization: false, place: true },
    highlight: 'first',
    disabledSites: ['bbc.com'],
    userSites: ['news.example.com'],
    autoSave: true,
    language: 'ar',
    paintOwnEntities: true,
  };

  it('are written after the header, with their version, and come back whole on import (a round trip)', async () => {
    const source = await sampleCorpus();
    const text = await exportCorpus(source, new Date('2024-03-01T12:00:00Z'), MINE);
    const ls = lines(text).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ls[1]).toEqual({ type: 'settings', settings: { version: SETTINGS_VERSION, ...MINE } });
    // Without settings (the command line's export), no such line.
    expect(lines(await exportCorpus(source)).some((l) => l.includes('"type":"settings"'))).toBe(false);

    const target = freshDb();
    const applied: Settings[] = [];
    const report = await importCorpus(target, text, async (s) => {
      applied.push(s);
    });
    expect(report).toMatchObject({ problems: [], articlesAdded: 4, entitiesAdded: 3, settings: 'applied' });
    expect(applied).toEqual([MINE]);
  });

  it('of an older version (before paintOwnEntities) are read with the newer fields at their defaults', async () => {
    const { paintOwnEntities: _, ...v1 } = MINE;
    const text = [JSON.stringify({ format: FORMAT, version: 3 }), JSON.stringify({ type: 'settings', settings: { version: 1, ...v1 } })].join('\n');
    const applied: Settings[] = [];
    expect((await importCorpus(freshDb(), text, async (s) => void applied.push(s))).settings).toBe('applied');
    expect(applied).toEqual([{ ...MINE, paintOwnEntities: DEFAULT_SETTINGS.paintOwnEntities }]);
  });

  it('with a field that is not valid are reported by their line, and nothing is imported, the settings neither', async () => {
    const source = await sampleCorpus();
    const ls = lines(await exportCorpus(source, undefined, MINE));
    for (const [bad, field] of [
      [{ ...MINE, colors: { ...MINE.colors, person: 'red;background:url(x)' } }, '"colors.person"'],
      [{ ...MINE, userSites: ['https://evil.example/'] }, '"userSites"'],
      [{ ...MINE, paintOwnEntities: 'yes' }, '"paintOwnEntities"'],
      ['dark', '"settings"'],
    ] as const) {
      const text = [ls[0], JSON.stringify({ type: 'settings', settings: bad }), ...ls.slice(2)].join('\n');
      const target = freshDb();
      let called = false;
      const report = await importCorpus(target, text, async () => {
        called = true;
      });
      expect(report.problems, field).toEqual([{ line: 2, message: expect.stringContaining(field) }]);
      expect(report).toMatchObject({ articlesAdded: 0, entitiesAdded: 0, settings: 'none' });
      expect(called).toBe(false);
      expect(await counts(target)).toEqual({ articles: 0, statements: 0, links: 0, entities: 0 });
    }
    // Two settings lines: which would win?
    const twice = [ls[0], ls[1], ls[1], ...ls.slice(2)].join('\n');
    expect((await importCorpus(freshDb(), twice)).problems).toEqual([{ line: 3, message: 'a second settings line' }]);
  });

  it('that cannot be saved are reported; the corpus stays imported', async () => {
    const text = await exportCorpus(await sampleCorpus(), undefined, MINE);
    const target = freshDb();
    const report = await importCorpus(target, text, async () => {
      throw new Error('QuotaExceededError');
    });
    expect(report).toMatchObject({ problems: [], articlesAdded: 4, settings: 'failed' });
    expect((await counts(target)).articles).toBe(4);
  });
});
