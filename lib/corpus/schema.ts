/**
 * The corpus database (Dexie). Every change of a stored shape is a new version with an upgrade
 * function, and a test that opens the old database (schema.test.ts, with every shape ever stored
 * in fixtures/shapes.ts).
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { SpeakerKind, VerbClass } from '../analyze/types';
import type { EntityType } from '../knowledge/types';
import type { KnowledgeEdit } from '../knowledge/user';
import { verbClassOf } from '../statements/verbs';
import { linkSetOf, statementSetOf } from './sets';
import { bucketsOf } from './counters';

export interface ArticleRecord {
  id: number;
  /** The address the article was saved from (for the CLI, the file path as given). */
  url: string;
  /** The page's canonical address, or `url`: the key articles are de-duplicated by. */
  canonicalUrl: string;
  title: string;
  site: string | null;
  byline: string | null;
  /** YYYY-MM-DD, or null when the page gives no date. */
  publishedAt: string | null;
  /** ISO timestamp. */
  savedAt: string;
  lang: string;
  text: string;
  /** SHA-256 of the normalised text, hex. */
  contentHash: string;
  /** Multi-entry index: every entity the article mentions. */
  entityIds: string[];
  /** entity id → number of mentions. */
  mentionCounts: Record<string, number>;
}

/**
 * A member of a joint subject («قالت فرنسا وبريطانيا») as stored. `start`/`end` locate its phrase
 * in the article's text (-1 when unknown), so each member's row and an export keep where it is.
 */
export interface StoredSpeaker {
  id: string | null;
  name: string;
  kind: SpeakerKind;
  start: number;
  end: number;
}

/**
 * One statement in one speaker's history. A joint statement is stored once per member that has an
 * id (each member's history shows it), every row carrying all the members in `speakers`; when no
 * member has an id, once with speakerId ''.
 */
export interface StatementRecord {
  /** Its article's id and its place among the article's rows (sets.ts statementRowId); versions 1 to 4 stored it as a row's own key. */
  id: number;
  articleId: number;
  /** Entity id, or '' for an unnamed source (IndexedDB does not index null). */
  speakerId: string;
  speaker: string;
  /** How the speaker's phrase was linked (version 2; the upgrade gives older rows 'entity' or 'unnamed'). */
  speakerKind: SpeakerKind;
  /** The speaker's phrase in the article's text (-1 when the analysis did not know it); null in rows saved before version 2. */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** Every member of a joint subject, the first being the main speaker; absent when one speaker speaks. */
  speakers?: StoredSpeaker[];
  verb: string;
  /** The reporting word in the article's text; null in rows saved before version 2. */
  verbStart: number | null;
  verbEnd: number | null;
  verbClass: VerbClass;
  text: string;
  direct: boolean;
  start: number;
  end: number;
  /** The article's address, title and site, kept with the statement so the history reads no article. */
  url: string;
  title: string;
  site: string | null;
  /** Up to 32 characters before and after the content, to find it again in the page. */
  prefix: string;
  suffix: string;
  /** The article's date (YYYY-MM-DD), or the day it was saved when it has none. */
  publishedAt: string;
  /**
   * The history's sort key (statementOrder): read in reverse, it gives the newest date first, then
   * the most recently saved article, and within an article the statements in text order.
   */
  order: string;
}

/** The date an article's links and statements are filed under: its publication, else the day it was saved. */
export function articleDate(a: Pick<ArticleRecord, 'publishedAt' | 'savedAt'>): string {
  return a.publishedAt ?? a.savedAt.slice(0, 10);
}

/** See StatementRecord.order. */
export function statementOrder(publishedAt: string, articleId: number, start: number): string {
  return `${publishedAt}|${String(articleId).padStart(10, '0')}|${String(1e9 - start).padStart(10, '0')}`;
}

/**
 * One entity of one article: related articles by date without reading the articles' texts. Rows of
 * their own in versions 1 to 4; since version 5 read out of the article's ArticleLinksRecord.
 */
export interface LinkRecord {
  id: number;
  entityId: string;
  articleId: number;
  /** As in StatementRecord: the article's date, or the day it was saved. */
  publishedAt: string;
  mentions: number;
  /** Every entity of the article (this one included): who appears with whom, without reading articles. */
  together: string[];
}

/**
 * Counters kept by every write (save, update, delete, import) in the same transaction: IndexedDB
 * counts by walking an index, which costs tens of milliseconds for a busy entity. Key: an entity
 * id, or TOTAL for the whole corpus. Rows of their own in versions 1 to 4; since version 5 kept in
 * CountBucketRecord rows (counters.ts).
 */
export interface CountRecord {
  key: string;
  articles: number;
  statements: number;
}

export const TOTAL = '*';

/**
 * The counters since version 5: COUNT_BUCKETS rows, each with the counters of the keys that hash
 * to it (counters.ts), so that a write touching thousands of entities writes a few hundred rows.
 */
export interface CountBucketRecord {
  bucket: number;
  /** key (an entity id, or TOTAL) → its counter. */
  counts: Record<string, { articles: number; statements: number }>;
}

/**
 * A discovered actor (a name the knowledge base lacks that the analyzer recognised) seen in saved
 * articles. Its mentions and statements are in `links` and `statements` like any entity's; this
 * record keeps what the knowledge base would: its name, the forms it was written in, its role.
 * It lives as long as a saved article mentions it.
 */
export interface DiscoveredRecord {
  /** `person:found-…` / `org:found-…`: stable for its normalised name and type. */
  id: string;
  type: EntityType;
  name: string;
  /** Every form seen, as written. */
  forms: string[];
  /** The role given by the article with the latest date that gave one («وزيرة الخارجية الأسترالية»). */
  role: string | null;
  /** The dates (as in LinkRecord.publishedAt) of the first and the latest article that mentions it. */
  firstSeen: string;
  lastSeen: string;
}

/**
 * An article's links (version 5): one row per article, where versions 1 to 4 stored a row per
 * entity. `byEntity` indexes it under each entity with the article's date, so an entity's articles
 * are one range of one index, newest first. What LinkRecord describes is read out of it (sets.ts).
 */
export interface ArticleLinksRecord {
  /** The article's id (the primary key). */
  articleId: number;
  /** As in LinkRecord: the article's date, or the day it was saved. */
  publishedAt: string;
  /** Entity id → mentions, in the article's order: every entity of the article. */
  mentions: Record<string, number>;
  /** Multi-entry index: [entity id, publishedAt] for each entity. */
  byEntity: [string, string][];
}

/** A statement row as an article's statements keep it: what the article's fields (on the record) do not say. */
export type StoredStatementRow = Omit<StatementRecord, 'id' | 'articleId' | 'url' | 'title' | 'site' | 'publishedAt'>;

/**
 * An article's statements (version 5): one row per article that has any, where versions 1 to 4
 * stored a row per statement (and per named member of a joint subject). Its `rows` are those
 * statement rows, in the same order and with the same fields, less what they shared with the
 * article; the two multi-entry indexes key each named row as [speaker, order] and [speaker, verb
 * class, order], so a history is still one range of one index (sets.ts reads them).
 */
export interface ArticleStatementsRecord {
  /** The article's id (the primary key). */
  articleId: number;
  url: string;
  title: string;
  site: string | null;
  /** The article's date, or the day it was saved. */
  publishedAt: string;
  rows: StoredStatementRow[];
  /** Multi-entry index: [speakerId, order] of each row with a speaker id. */
  bySpeaker: [string, string][];
  /** Multi-entry index: [speakerId, verbClass, order] of each row with a speaker id. */
  bySpeakerClass: [string, VerbClass, string][];
}

export type MarsadDB = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  articleLinks: EntityTable<ArticleLinksRecord, 'articleId'>;
  articleStatements: EntityTable<ArticleStatementsRecord, 'articleId'>;
  counters: EntityTable<CountBucketRecord, 'bucket'>;
  /** The user's own entities and their edits to built-in ones. */
  entities: EntityTable<KnowledgeEdit, 'id'>;
  discovered: EntityTable<DiscoveredRecord, 'id'>;
};

export const DB_NAME = 'marsad';
/** The schema's version: openCorpus upgrades any older database to it. */
export const CORPUS_VERSION = 5;

/** The stores of version 5 (those of the earlier versions are declared in openCorpus, as they were). */
const STORES_V5 = {
  statements: null,
  links: null,
  counts: null,
  counters: 'bucket',
  articleLinks: 'articleId, *byEntity',
  articleStatements: 'articleId, *bySpeaker, *bySpeakerClass',
};

/** Opens (creating or upgrading) the corpus database. In Node, pass fake-indexeddb's `indexedDB` and `IDBKeyRange`. */
export function openCorpus(name = DB_NAME, options?: DexieOptions): MarsadDB {
  const db = new Dexie(name, options) as MarsadDB;
  db.version(1).stores({
    articles: '++id, &canonicalUrl, url, contentHash, site, publishedAt, savedAt, *entityIds',
    statements: '++id, articleId, speakerId, [speakerId+publishedAt], [speakerId+order], publishedAt',
    links: '++id, articleId, entityId, [entityId+publishedAt], [entityId+articleId]',
    counts: 'key',
    entities: 'id, type, origin',
  });
  // Version 2: statements know how their speaker was linked and their verb's class (a history is
  // filtered by class through [speakerId+verbClass+order]); discovered actors get their table.
  db.version(2)
    .stores({
      statements: '++id, articleId, speakerId, [speakerId+publishedAt], [speakerId+order], [speakerId+verbClass+order], publishedAt',
      discovered: 'id, type, lastSeen',
    })
    .upgrade(upgradeToVersion2);
  // Version 3: no new store or index. Builds before version 2 changed records, indexes and tables
  // under the same number 1 (fixtures/shapes.ts), and Dexie patched such a database's schema
  // without running any upgrade: rows may lack fields the queries read, and the counters may miss
  // what was saved before the counts table existed. The upgrade repairs both, from the stored data.
  db.version(3).upgrade(upgradeToVersion3);
  // Version 4: the indexes no query reads are dropped (IndexedDB drops them; no record changes).
  // Every row written updates each index of its table, and a research corpus has a million
  // statement rows: statements keep articleId (an article's rows) and the two history orders,
  // links lose entityId (its compound indexes start with it), articles keep what finds an
  // article (canonicalUrl, url, contentHash) and the options page's order (savedAt).
  db.version(4).stores({
    articles: '++id, &canonicalUrl, url, contentHash, savedAt',
    statements: '++id, articleId, [speakerId+order], [speakerId+verbClass+order]',
    links: '++id, articleId, [entityId+publishedAt], [entityId+articleId]',
  });
  // Version 5: an article's links and its statements are one row each (ArticleLinksRecord,
  // ArticleStatementsRecord) instead of a row per entity and per statement. A row costs IndexedDB
  // far more than an index entry (about 80 µs against 10 to 15 in Chromium): an article of six
  // entities and eleven statements was 18 rows, and is now three, which is what makes importing a
  // research corpus fast. The old tables are read into the new ones, then dropped. The counters,
  // a row per entity, are gathered into 256 rows (counters.ts) for the same reason.
  db.version(CORPUS_VERSION).stores(STORES_V5).upgrade(upgradeToVersion5);
  return db;
}

/** Fills the version-2 fields of the statements saved before it; their offsets are not known. */
export function upgradeToVersion2(tx: Transaction): Promise<unknown> {
  return tx
    .table<StatementRecord, number>('statements')
    .toCollection()
    .modify((s) => {
      Object.assign(s, version2Fields(s));
    });
}

/** What a statement saved before version 2 (or in a version-1 export) gets for the fields it lacks. */
export function version2Fields(s: { speakerId: string | null; verb: string }): Pick<
  StatementRecord,
  'speakerKind' | 'speakerStart' | 'speakerEnd' | 'verbStart' | 'verbEnd' | 'verbClass'
> {
  return {
    speakerKind: s.speakerId ? 'entity' : 'unnamed',
    speakerStart: null,
    speakerEnd: null,
    verbStart: null,
    verbEnd: null,
    verbClass: verbClassOf(s.verb),
  };
}

/**
 * Repairs what a database written by an earlier build may lack: statements without their
 * article's address, title and site (before c667f05), without the history's sort key (before
 * 25a01c3) or without version 2's fields; links without the article's entity list (before
 * c667f05); counters missing or short (the counts table came in d766ba6 under the same version
 * number, so it was created empty). Rows are completed, never dropped; the counters are counted
 * again from the rows, as every write keeps them.
 */
export async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const articles = new Map<number, Pick<ArticleRecord, 'url' | 'title' | 'site' | 'entityIds' | 'mentionCounts'>>();
  await tx.table<ArticleRecord, number>('articles').each((a) => {
    articles.set(a.id, { url: a.url, title: a.title, site: a.site, entityIds: a.entityIds, mentionCounts: a.mentionCounts });
  });
  const counts = new Map<string, { articles: number; statements: number }>();
  const bump = (key: string, n: 'articles' | 'statements') => {
    const c = counts.get(key) ?? { articles: 0, statements: 0 };
    c[n]++;
    counts.set(key, c);
  };
  for (const a of articles.values()) {
    bump(TOTAL, 'articles');
    for (const id of new Set(a.entityIds)) bump(id, 'articles');
  }

  await tx
    .table<StatementRecord, number>('statements')
    .toCollection()
    .modify((s) => {
      bump(TOTAL, 'statements');
      if (s.speakerId) bump(s.speakerId, 'statements');
      const complete = typeof s.url === 'string' && typeof s.order === 'string' && s.speakerKind !== undefined && s.verbClass !== undefined;
      // A complete row is not written again (false: Dexie leaves it).
      if (complete) return false;
      const a = articles.get(s.articleId);
      if (typeof s.url !== 'string') Object.assign(s, { url: a?.url ?? '', title: a?.title ?? '', site: a?.site ?? null });
      if (typeof s.order !== 'string') s.order = statementOrder(s.publishedAt, s.articleId, s.start);
      if (s.speakerKind === undefined || s.verbClass === undefined) Object.assign(s, version2Fields(s));
      return undefined;
    });

  await tx
    .table<LinkRecord, number>('links')
    .filter((l) => !Array.isArray(l.together))
    .modify((l) => {
      const a = articles.get(l.articleId);
      l.together = a ? Object.keys(a.mentionCounts) : [l.entityId];
    });

  // A counter row the rows no longer account for is kept, at zero (as a delete leaves it).
  const table = tx.table<CountRecord, string>('counts');
  for (const key of (await table.toCollection().primaryKeys()) as string[]) if (!counts.has(key)) counts.set(key, { articles: 0, statements: 0 });
  await table.bulkPut([...counts].map(([key, c]) => ({ key, ...c })));
}

/** How many articles' rows version 5's upgrade reads at a time (a research corpus has a million statement rows). */
const UPGRADE_PART = 500;

/**
 * Reads the link and statement rows of versions 1 to 4 into version 5's rows: an article's links
 * into one row, its statement rows (in the order they were written) into another; the counters
 * into their buckets. Every row is
 * kept, a statement whose article is gone too (a history still lists it, as before).
 */
export async function upgradeToVersion5(tx: Transaction): Promise<void> {
  const byArticle = async <T extends { id: number; articleId: number }>(name: string, write: (articleId: number, rows: T[]) => Promise<unknown>) => {
    const table = tx.table<T, number>(name);
    const ids = (await table.orderBy('articleId').uniqueKeys()) as number[];
    for (let i = 0; i < ids.length; i += UPGRADE_PART) {
      const part = ids.slice(i, i + UPGRADE_PART);
      const rows = await table.where('articleId').between(part[0]!, part[part.length - 1]!, true, true).toArray();
      const groups = new Map<number, T[]>();
      for (const r of rows.sort((a, b) => a.id - b.id)) {
        const group = groups.get(r.articleId);
        if (group) group.push(r);
        else groups.set(r.articleId, [r]);
      }
      for (const [articleId, group] of groups) await write(articleId, group);
    }
  };
  const linkSets: ArticleLinksRecord[] = [];
  await byArticle<LinkRecord>('links', async (articleId, links) => {
    const set = linkSetOf(articleId, links[0]!.publishedAt, Object.fromEntries(links.map((l) => [l.entityId, l.mentions])));
    if (set) linkSets.push(set);
    if (linkSets.length >= UPGRADE_PART) await tx.table('articleLinks').bulkPut(linkSets.splice(0));
  });
  await tx.table('articleLinks').bulkPut(linkSets.splice(0));
  const statementSets: ArticleStatementsRecord[] = [];
  await byArticle<StatementRecord>('statements', async (articleId, rows) => {
    const set = statementSetOf(articleId, rows.map(({ id: _id, ...row }) => row));
    if (set) statementSets.push(set);
    if (statementSets.length >= UPGRADE_PART) await tx.table('articleStatements').bulkPut(statementSets.splice(0));
  });
  await tx.table('articleStatements').bulkPut(statementSets.splice(0));
  await tx.table('counters').bulkPut(bucketsOf(await tx.table<CountRecord, string>('counts').toArray()));
}
