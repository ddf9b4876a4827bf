/**
 * The corpus schema's upgrades: a database written in any shape this repository ever stored
 * (fixtures/shapes.ts: each commit's exact Dexie declarations and records) opens with openCorpus
 * and keeps every article, statement, link, counter and user entity, with the newer fields filled,
 * and the current queries answer on it. Also a corpus that lived through every build, whose
 * same-numbered schemas Dexie patched on the way (the "Schema was extended" case).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { countArticles, relatedArticles, relatedToArticle, saveArticle } from './corpus';
import {
  addInShape,
  BISHOP,
  FIXTURE_ARTICLES,
  FRANCE,
  GENEVA,
  HISTORIC_SHAPES,
  JOINT_ARTICLE,
  KNOWLEDGE_EDITS,
  LAVROV,
  MACRON,
  PARIS,
  RUSSIA,
  rawContents,
  SCAFFOLD_USER_ENTITY,
  writeShape,
  type HistoricShape,
} from './fixtures/shapes';
import { entityCards, history, overview } from './queries';
import {
  CORPUS_VERSION,
  openCorpus,
  statementOrder,
  TOTAL,
  type ArticleLinksRecord,
  type ArticleStatementsRecord,
  type MarsadDB,
  type StatementRecord,
} from './schema';
import { JAKARTA } from './test-fixtures';
import { SPEAKER_KINDS, VERB_CLASSES } from '../analyze/types';
import { allLinkRows, allStatementRows, linksOfSet, rowsOfSet, type ArticleLink } from './sets';
import { allCounts, readCount } from './counters';

const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function newName(): string {
  const name = 'test-shape-' + crypto.randomUUID();
  names.push(name);
  return name;
}

function open(name: string): MarsadDB {
  const db = openCorpus(name);
  opened.push(db);
  return db;
}

const [SCAFFOLD, ORDERED, DENORMALISED, LINK_INDEX, COUNTED, VERSION_2, VERSION_4] = HISTORIC_SHAPES as [
  HistoricShape,
  HistoricShape,
  HistoricShape,
  HistoricShape,
  HistoricShape,
  HistoricShape,
  HistoricShape,
];

const articlesOf = (shape: HistoricShape) => (shape.knowsJointAndDiscovered ? [...FIXTURE_ARTICLES, JOINT_ARTICLE] : FIXTURE_ARTICLES);
const entitiesOf = (shape: HistoricShape) => (shape === SCAFFOLD ? [SCAFFOLD_USER_ENTITY] : KNOWLEDGE_EDITS);

type Row = Record<string, unknown>;
const byId = (rows: readonly Row[]) => new Map(rows.map((r) => [r['id'], r]));

/**
 * Everything the database holds is there and complete: each stored row (as the old build wrote
 * it) is kept with all its fields, the newer fields are filled from the stored data, and the
 * counters are what counting the rows gives.
 */
async function expectNothingLost(db: MarsadDB, before: Record<string, Row[]>) {
  const articles = await db.articles.toArray();
  expect(articles).toEqual(before['articles']);
  expect(await db.entities.toArray()).toEqual(before['entities']);
  expect(await db.discovered.toArray()).toEqual(before['discovered'] ?? []);

  const article = byId(articles as unknown as Row[]);
  // Version 5 keeps an article's statement rows in one row, in the order they were written: the
  // old rows of each article, by id, are its rows now, one for one.
  const stored = storedRows(before);
  const statements = await allStatementRows(db);
  expect(statements).toHaveLength(stored.statements.length);
  const nowStatements = byArticle(statements as unknown as Row[]);
  const oldStatements = byArticle(stored.statements);
  for (const [articleId, olds] of oldStatements) {
    expect(nowStatements.get(articleId), `statements of article ${String(articleId)}`).toHaveLength(olds.length);
    olds.forEach((old, i) => expectRowKept(nowStatements.get(articleId)![i]!, old, article));
  }

  const links = await allLinkRows(db);
  expect(links).toHaveLength(stored.links.length);
  for (const { id: _id, ...old } of stored.links) {
    const now = links.find((l) => l.articleId === old['articleId'] && l.entityId === old['entityId'])!;
    expect(now).toMatchObject(old);
    expect([...now.together].sort()).toEqual(Object.keys(article.get(now.articleId)!['mentionCounts'] as object).sort());
  }
  await expectCounted(db, before, articles, statements, links);
}

/** The statement and link rows a database held: its rows (versions 1 to 4), or its articles' rows read out (version 5). */
function storedRows(tables: Record<string, Row[]>): { statements: Row[]; links: Row[] } {
  if (tables['statements'] && tables['links']) return { statements: tables['statements'], links: tables['links'] };
  const said = (tables['articleStatements'] ?? []) as unknown as ArticleStatementsRecord[];
  const linked = (tables['articleLinks'] ?? []) as unknown as ArticleLinksRecord[];
  return { statements: said.flatMap(rowsOfSet) as unknown as Row[], links: linked.flatMap(linksOfSet) as unknown as Row[] };
}

/** The keys of the counters a database held: its rows (versions 1 to 4), or its buckets' (version 5). */
function storedCountKeys(tables: Record<string, Row[]>): string[] {
  if (tables['counts']) return tables['counts'].map((c) => c['key'] as string);
  return (tables['counters'] ?? []).flatMap((b) => Object.keys(b['counts'] as object));
}

/** Rows by article, each article's in the order of their ids. */
function byArticle(rows: readonly Row[]): Map<unknown, Row[]> {
  const out = new Map<unknown, Row[]>();
  for (const r of [...rows].sort((a, b) => (a['id'] as number) - (b['id'] as number))) out.set(r['articleId'], [...(out.get(r['articleId']) ?? []), r]);
  return out;
}

/** A statement row as the old build stored it, now: every field it had, and every field the current code reads. */
function expectRowKept(now: Row, oldRow: Row, article: Map<unknown, Row>) {
  // Every field the old build stored, as it stored it (its id aside: a row's id is now its
  // article's and its place in it) ...
  const { id: _id, ...old } = oldRow;
  expect(now).toMatchObject(old);
  // ... and every field the current code reads.
  const a = article.get(now['articleId'])!;
  expect(now).toMatchObject({ url: a['url'], title: a['title'], site: a['site'] });
  expect(now['order']).toBe(statementOrder(now['publishedAt'] as string, now['articleId'] as number, now['start'] as number));
  expect(SPEAKER_KINDS).toContain(now['speakerKind']);
  expect(VERB_CLASSES).toContain(now['verbClass']);
  for (const k of ['speakerStart', 'speakerEnd', 'verbStart', 'verbEnd']) expect(now).toHaveProperty(k);
  if (old['speakerKind'] === undefined) {
    // Saved before version 2: the kind from whether it has an id, the offsets unknown.
    expect(now['speakerKind']).toBe(old['speakerId'] ? 'entity' : 'unnamed');
    expect([now['speakerStart'], now['speakerEnd'], now['verbStart'], now['verbEnd']]).toEqual([null, null, null, null]);
  }
}

/** The counters, as counting the rows gives them; a counter row the old build kept is still there. */
async function expectCounted(db: MarsadDB, before: Record<string, Row[]>, articles: readonly unknown[], statements: readonly StatementRecord[], links: readonly ArticleLink[]) {
  // The counters, as counting the rows gives them; a counter row the old build kept is still there.
  const counted = new Map<string, { key: string; articles: number; statements: number }>();
  const bump = (key: string, a: number, s: number) => {
    const c = counted.get(key) ?? { key, articles: 0, statements: 0 };
    c.articles += a;
    c.statements += s;
    counted.set(key, c);
  };
  bump(TOTAL, articles.length, statements.length);
  for (const l of links) bump(l.entityId, 1, 0);
  for (const s of statements) if (s.speakerId) bump(s.speakerId, 0, 1);
  const counts = new Map((await allCounts(db)).map((c) => [c.key, c]));
  for (const [key, c] of counted) expect(counts.get(key), key).toEqual(c);
  for (const key of storedCountKeys(before)) expect(counts.has(key)).toBe(true);
  for (const [key, c] of counts) if (!counted.has(key)) expect(c, key).toEqual({ key, articles: 0, statements: 0 });
}

const titles = { a1: 'لافروف في جنيف', a2: 'لافروف يحذر', a3: 'ماكرون ولافروف' };

/** The interface's queries on the fixture corpus (the same three articles in every shape). */
async function expectQueriesAnswer(db: MarsadDB, articleCount: number) {
  const idOf = async (url: string) => (await db.articles.where('url').equals(url).first())!.id;
  const [a1, a2, a3] = [await idOf(FIXTURE_ARTICLES[0]!.url), await idOf(FIXTURE_ARTICLES[1]!.url), await idOf(FIXTURE_ARTICLES[2]!.url)];
  expect(await countArticles(db)).toBe(articleCount);

  // The history: newest first (the undated article by the day it was saved), each article's statements in text order.
  const h = await history(db, { entityId: LAVROV, offset: 0, limit: 10, query: '' });
  expect(h.total).toBe(4);
  expect(h.hasMore).toBe(false);
  expect(h.entries.map((e) => [e.text, e.article.title, e.verbClass, e.article.id])).toEqual([
    ['من التصعيد', titles.a2, 'warns', a2],
    ['المحادثات ستستأنف', titles.a3, 'states', a3],
    ['المحادثات ستستأنف', titles.a1, 'states', a1],
    ['تكون موسكو قد انسحبت', titles.a1, 'denies', a1],
  ]);
  // Filtered by the statement's words (not the article's title) and by verb class.
  expect((await history(db, { entityId: LAVROV, offset: 0, limit: 10, query: 'موسكو' })).entries.map((e) => e.text)).toEqual(['تكون موسكو قد انسحبت']);
  expect((await history(db, { entityId: LAVROV, offset: 0, limit: 10, query: 'جنيف' })).entries).toEqual([]);
  expect(await history(db, { entityId: LAVROV, offset: 0, limit: 10, query: '', verbClasses: ['denies', 'warns'] })).toMatchObject({
    total: 2,
    entries: [{ text: 'من التصعيد' }, { text: 'تكون موسكو قد انسحبت' }],
  });

  // The overview: related articles newest first, and who appears with the entity.
  const o = await overview(db, { entityId: LAVROV, limit: 5 });
  expect(o.articleCount).toBe(3);
  expect(o.articles.map((a) => a.title)).toEqual([titles.a2, titles.a3, titles.a1]);
  expect(o.coMentioned).toEqual([
    { id: MACRON, articles: 1 },
    { id: PARIS, articles: 1 },
    { id: GENEVA, articles: 1 },
  ]);

  // The hover cards, the page being read left out.
  const [lavrov, macron] = await entityCards(db, { entityIds: [LAVROV, MACRON], excludeUrl: FIXTURE_ARTICLES[0]!.url, articles: 5, statements: 2 });
  // (Counted like the articles: the page being read is left out of the statements too.)
  expect(lavrov).toMatchObject({ articleCount: 2, statementCount: 2 });
  expect(lavrov!.articles.map((a) => a.id)).toEqual([a2, a3]);
  expect(lavrov!.statements.map((s) => s.text)).toEqual(['من التصعيد', 'المحادثات ستستأنف']);
  expect(macron).toMatchObject({ articleCount: 1, statementCount: 1, statements: [{ text: 'فرنسا تريد الحوار', speakerKind: 'entity' }] });

  // Related articles: by entity, and to an article by the entities they share.
  expect((await relatedArticles(db, GENEVA)).map((a) => a.id)).toEqual([a1]);
  expect((await relatedToArticle(db, a1)).map((a) => a.id).sort()).toEqual([a2, a3].sort());
  expect((await relatedToArticle(db, a3)).map((a) => [a.id, a.shared])).toEqual(expect.arrayContaining([[a1, [LAVROV]], [a2, [LAVROV]]]));
}

/** What only version 2 stores: a joint statement in each member's history, a discovered actor. */
async function expectJointAndDiscovered(db: MarsadDB) {
  for (const member of [FRANCE, RUSSIA]) {
    const [joint] = (await history(db, { entityId: member, offset: 0, limit: 5, query: '' })).entries;
    expect(joint).toMatchObject({ text: 'الهدنة صامدة', speakers: [{ id: FRANCE }, { id: RUSSIA }] });
  }
  expect((await history(db, { entityId: BISHOP, offset: 0, limit: 5, query: '' })).entries).toMatchObject([{ text: 'بلادها تراقب', speakerKind: 'discovered' }]);
  expect(await db.discovered.get(BISHOP)).toMatchObject({ role: 'وزيرة الخارجية الأسترالية', firstSeen: '2021-03-01', lastSeen: '2021-03-01' });
}

describe.each(HISTORIC_SHAPES.map((s) => [`${s.from}…${s.to} (version ${s.version}): ${s.change}`, s] as const))('a corpus stored by %s', (_, shape) => {
  it('opens at the current version with every article, statement, link, counter and user entity kept and complete', async () => {
    const name = newName();
    await writeShape(name, shape, articlesOf(shape), entitiesOf(shape));
    const before = await rawContents(name);
    expect(before.version).toBe(shape.version);
    expect(before.tables['articles']).toHaveLength(articlesOf(shape).length);
    const db = open(name);
    await db.open();
    expect(db.verno).toBe(CORPUS_VERSION);
    await expectNothingLost(db, before.tables);
  });

  it('answers the overview, the history, the cards and the related articles', async () => {
    const name = newName();
    await writeShape(name, shape, articlesOf(shape), entitiesOf(shape));
    const db = open(name);
    await expectQueriesAnswer(db, articlesOf(shape).length);
    if (shape.knowsJointAndDiscovered) await expectJointAndDiscovered(db);
  });

  it('takes new articles after the upgrade, its counters going on from the right numbers', async () => {
    const name = newName();
    await writeShape(name, shape, articlesOf(shape), entitiesOf(shape));
    const db = open(name);
    const before = await countArticles(db);
    await saveArticle(db, { url: 'https://news.example/jakarta', title: 'بيشوب تزور جاكرتا', publishedAt: '2019-03-01', analysis: JAKARTA.analysis() });
    expect(await countArticles(db)).toBe(before + 1);
    expect(await readCount(db, TOTAL)).toEqual({ key: TOTAL, articles: await db.articles.count(), statements: (await allStatementRows(db)).length });
  });
});

describe('versions 4 and 5', () => {
  it('leave an older corpus with the stores and indexes of a new one: its writes cost what a new corpus’s do', async () => {
    const name = newName();
    await writeShape(name, VERSION_2, articlesOf(VERSION_2), KNOWLEDGE_EDITS);
    const db = open(name);
    await db.open();
    const backend = db.backendDB();
    // Version 5: the row per entity and per statement are gone, an article's are one row each.
    expect([...backend.objectStoreNames].sort()).toEqual(['articleLinks', 'articleStatements', 'articles', 'counters', 'discovered', 'entities']);
    const indexes = (store: string) => [...backend.transaction(store).objectStore(store).indexNames].sort();
    expect(indexes('articleStatements')).toEqual(['bySpeaker', 'bySpeakerClass']);
    expect(indexes('articleLinks')).toEqual(['byEntity']);
    expect(indexes('articles')).toEqual(['canonicalUrl', 'contentHash', 'savedAt', 'url']);
    const multi = (store: string, index: string) => backend.transaction(store).objectStore(store).index(index).multiEntry;
    expect([multi('articleStatements', 'bySpeaker'), multi('articleStatements', 'bySpeakerClass'), multi('articleLinks', 'byEntity')]).toEqual([true, true, true]);
  });

  it('reads a corpus larger than one part of its upgrade, keeping each article’s rows in the order they were written', async () => {
    // 1,201 articles: two full parts of 500 and one of 201.
    const name = newName();
    const many = Array.from({ length: 1201 }, (_, i) => ({ ...FIXTURE_ARTICLES[i % 3]!, url: `${FIXTURE_ARTICLES[i % 3]!.url}?n=${i}` }));
    await writeShape(name, VERSION_4, many, KNOWLEDGE_EDITS);
    const before = await rawContents(name);
    const db = open(name);
    await db.open();
    expect(await db.articleLinks.count()).toBe(many.length);
    await expectNothingLost(db, before.tables);
  });
});

describe('a corpus that lived through the builds, its same-numbered schemas patched by Dexie on the way', () => {
  it('opens with everything, its counters and co-mentions repaired', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = newName();
    const [a1, a2, a3] = FIXTURE_ARTICLES as [(typeof FIXTURE_ARTICLES)[number], (typeof FIXTURE_ARTICLES)[number], (typeof FIXTURE_ARTICLES)[number]];
    await writeShape(name, ORDERED, [a1, a2], KNOWLEDGE_EDITS); // saved with 25a01c3's build
    await addInShape(name, DENORMALISED, [a3]); // then c667f05's (same schema, newer records)
    await addInShape(name, LINK_INDEX, []); // bda65f9's build opens it: a new index, the same version
    await addInShape(name, COUNTED, []); // d766ba6's: the counts table, the same version
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Schema was extended without increasing the number'));
    // What that build showed: a counts table created empty, so "0 articles"; links without `together`.
    const patched = await rawContents(name);
    expect(patched.tables['counts']).toEqual([]);
    expect(patched.tables['links']!.filter((l) => l['together'] === undefined)).toHaveLength(3);
    await addInShape(name, VERSION_2, [JOINT_ARTICLE]); // 9e75a7f's build: version 2, counters from what it saw
    const before = await rawContents(name);
    expect(before.tables['counts']!.find((c) => c['key'] === TOTAL)).toMatchObject({ articles: 1 });

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(CORPUS_VERSION);
    await expectNothingLost(db, before.tables);
    await expectQueriesAnswer(db, 4);
    await expectJointAndDiscovered(db);
  });
});

describe('the current code stores the newest historic shape (a new shape needs a new version and fixture)', () => {
  const schemaOf = (db: Dexie) =>
    Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]));

  it('declares the same stores', () => {
    const newest = new Dexie('never-opened');
    HISTORIC_SHAPES.at(-1)!.declare(newest);
    expect(schemaOf(openCorpus('never-opened-either'))).toEqual(schemaOf(newest));
  });

  it('writes records with the same fields', async () => {
    const keysOf = async (name: string) => {
      const { tables } = await rawContents(name);
      return Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, [...new Set(rows.map((r) => Object.keys(r).sort().join(',')))].sort()]));
    };
    const fixture = newName();
    await writeShape(fixture, HISTORIC_SHAPES.at(-1)!, [JOINT_ARTICLE], KNOWLEDGE_EDITS.slice(0, 1));
    const current = newName();
    const db = open(current);
    await saveArticle(db, { url: 'https://news.example/jakarta', title: 'بيشوب تزور جاكرتا', publishedAt: '2019-03-01', analysis: JAKARTA.analysis() });
    await db.entities.put(KNOWLEDGE_EDITS[0] as never);
    db.close();
    expect(await keysOf(current)).toEqual(await keysOf(fixture));
  });
});
