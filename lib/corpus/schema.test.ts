/**
 * The corpus schema's upgrades: a database written by an older Marsad opens with openCorpus and
 * keeps every row, with the new fields filled.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { countArticlesFor, countStatementsBy, relatedArticles, statementHistory } from './corpus';
import { openCorpus, type MarsadDB } from './schema';
import { history } from './queries';

/** Version 1's stores, exactly as Marsad 0.1 declared them (never change this copy). */
const V1_STORES = {
  articles: '++id, &canonicalUrl, url, contentHash, site, publishedAt, savedAt, *entityIds',
  statements: '++id, articleId, speakerId, [speakerId+publishedAt], [speakerId+order], publishedAt',
  links: '++id, articleId, entityId, [entityId+publishedAt], [entityId+articleId]',
  counts: 'key',
  entities: 'id, type, origin',
};

const LAVROV = 'person:sergei-lavrov';
const TEXT_1 = 'لافروف في جنيف\n\nوقال لافروف إن المحادثات ستستأنف. ونفى أن تكون موسكو قد انسحبت. وقال مسؤول غربي إن الوفود وصلت.';
const TEXT_2 = 'لافروف يحذر\n\nحذر لافروف من التصعيد.';

/** Rows as version 1 wrote them: no speaker kind, no verb class, no offsets of speaker or verb. */
const V1 = {
  articles: [
    {
      id: 1,
      url: 'https://a.example/geneva',
      canonicalUrl: 'https://a.example/geneva',
      title: 'لافروف في جنيف',
      site: 'a.example',
      byline: null,
      publishedAt: '2019-11-20',
      savedAt: '2024-01-01T10:00:00.000Z',
      lang: 'arb',
      text: TEXT_1,
      contentHash: 'a'.repeat(64),
      entityIds: [LAVROV, 'place:geneva'],
      mentionCounts: { [LAVROV]: 1, 'place:geneva': 1 },
    },
    {
      id: 2,
      url: 'https://b.example/warns',
      canonicalUrl: 'https://b.example/warns',
      title: 'لافروف يحذر',
      site: null,
      byline: 'مراسل',
      publishedAt: null,
      savedAt: '2024-02-02T10:00:00.000Z',
      lang: 'arb',
      text: TEXT_2,
      contentHash: 'b'.repeat(64),
      entityIds: [LAVROV],
      mentionCounts: { [LAVROV]: 1 },
    },
  ],
  statements: [
    { id: 1, articleId: 1, speakerId: LAVROV, speaker: 'سيرغي لافروف', verb: 'قال', text: 'المحادثات ستستأنف', direct: false, start: 28, end: 46 },
    { id: 2, articleId: 1, speakerId: LAVROV, speaker: 'سيرغي لافروف', verb: 'نفى', text: 'تكون موسكو قد انسحبت', direct: false, start: 55, end: 75 },
    { id: 3, articleId: 1, speakerId: '', speaker: 'مسؤول غربي', verb: 'قال', text: 'الوفود وصلت', direct: false, start: 95, end: 106 },
    { id: 4, articleId: 2, speakerId: LAVROV, speaker: 'سيرغي لافروف', verb: 'حذر', text: 'من التصعيد', direct: false, start: 23, end: 33 },
  ].map((s) => {
    const a = s.articleId === 1 ? { url: 'https://a.example/geneva', title: 'لافروف في جنيف', site: 'a.example', publishedAt: '2019-11-20' } : { url: 'https://b.example/warns', title: 'لافروف يحذر', site: null, publishedAt: '2024-02-02' };
    return { ...s, ...a, prefix: '', suffix: '', order: `${a.publishedAt}|${String(s.articleId).padStart(10, '0')}|${String(1e9 - s.start).padStart(10, '0')}` };
  }),
  links: [
    { id: 1, entityId: LAVROV, articleId: 1, publishedAt: '2019-11-20', mentions: 1, together: [LAVROV, 'place:geneva'] },
    { id: 2, entityId: 'place:geneva', articleId: 1, publishedAt: '2019-11-20', mentions: 1, together: [LAVROV, 'place:geneva'] },
    { id: 3, entityId: LAVROV, articleId: 2, publishedAt: '2024-02-02', mentions: 1, together: [LAVROV] },
  ],
  counts: [
    { key: '*', articles: 2, statements: 4 },
    { key: LAVROV, articles: 2, statements: 3 },
    { key: 'place:geneva', articles: 1, statements: 0 },
  ],
  entities: [{ id: LAVROV, origin: 'edit', aliases: ['لافروڤ'], updatedAt: '2024-01-05T00:00:00.000Z' }],
};

const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as Marsad wrote it with version 1 of the schema, closed. */
async function version1Database(): Promise<string> {
  const name = 'test-v1-' + crypto.randomUUID();
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(V1)) await v1.table(table).bulkAdd(rows);
  });
  expect(v1.verno).toBe(1);
  v1.close();
  return name;
}

function open(name: string): MarsadDB {
  const db = openCorpus(name);
  opened.push(db);
  return db;
}

describe('upgrading a version-1 corpus to version 2', () => {
  it('keeps every row of every table', async () => {
    const db = open(await version1Database());
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.articles.toArray()).toEqual(V1.articles);
    expect(await db.links.toArray()).toEqual(V1.links);
    expect(await db.counts.toArray()).toEqual(V1.counts);
    expect(await db.entities.toArray()).toEqual(V1.entities);
    // Every statement, each with its old fields as they were.
    const statements = await db.statements.toArray();
    expect(statements).toHaveLength(V1.statements.length);
    for (const old of V1.statements) expect(statements.find((s) => s.id === old.id)).toMatchObject(old);
    // The discovered actors' table is there, empty.
    expect(await db.discovered.count()).toBe(0);
  });

  it('gives old statements a speaker kind, their verb class and unknown (null) offsets', async () => {
    const db = open(await version1Database());
    const byId = new Map((await db.statements.toArray()).map((s) => [s.id, s]));
    const fields = (id: number) => {
      const s = byId.get(id)!;
      return { speakerKind: s.speakerKind, verbClass: s.verbClass, speakerStart: s.speakerStart, speakerEnd: s.speakerEnd, verbStart: s.verbStart, verbEnd: s.verbEnd };
    };
    const unknown = { speakerStart: null, speakerEnd: null, verbStart: null, verbEnd: null };
    expect(fields(1)).toEqual({ speakerKind: 'entity', verbClass: 'states', ...unknown });
    expect(fields(2)).toEqual({ speakerKind: 'entity', verbClass: 'denies', ...unknown });
    expect(fields(3)).toEqual({ speakerKind: 'unnamed', verbClass: 'states', ...unknown });
    expect(fields(4)).toEqual({ speakerKind: 'entity', verbClass: 'warns', ...unknown });
    expect(byId.get(1)!.speakers).toBeUndefined();
  });

  it('answers the queries on the old rows, the verb-class filter included', async () => {
    const db = open(await version1Database());
    expect((await statementHistory(db, LAVROV)).map((h) => [h.id, h.verbClass, h.speakerKind])).toEqual([
      [4, 'warns', 'entity'],
      [1, 'states', 'entity'],
      [2, 'denies', 'entity'],
    ]);
    expect((await statementHistory(db, LAVROV, { verbClasses: ['denies', 'warns'] })).map((h) => h.id)).toEqual([4, 2]);
    expect(await history(db, { entityId: LAVROV, offset: 0, limit: 10, query: '', verbClasses: ['denies'] })).toMatchObject({
      total: 1,
      hasMore: false,
      entries: [{ id: 2, text: 'تكون موسكو قد انسحبت' }],
    });
    expect((await relatedArticles(db, LAVROV)).map((a) => a.id)).toEqual([2, 1]);
    expect(await countArticlesFor(db, LAVROV)).toBe(2);
    expect(await countStatementsBy(db, LAVROV)).toBe(3);
  });
});
