/**
 * The corpus database (Dexie). Every change of a stored shape is a new version with an upgrade
 * function, and a test that opens the old database (schema.test.ts).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { KnowledgeEdit } from '../gazetteer/user';

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

export interface StatementRecord {
  id: number;
  articleId: number;
  /** Entity id, or '' for an unnamed source (IndexedDB does not index null). */
  speakerId: string;
  speaker: string;
  verb: string;
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

/** See StatementRecord.order. */
export function statementOrder(publishedAt: string, articleId: number, start: number): string {
  return `${publishedAt}|${String(articleId).padStart(10, '0')}|${String(1e9 - start).padStart(10, '0')}`;
}

/** One row per (entity, article): related articles by date without reading the articles' texts. */
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
 * id, or TOTAL for the whole corpus.
 */
export interface CountRecord {
  key: string;
  articles: number;
  statements: number;
}

export const TOTAL = '*';

export type MarsadDB = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  statements: EntityTable<StatementRecord, 'id'>;
  links: EntityTable<LinkRecord, 'id'>;
  counts: EntityTable<CountRecord, 'key'>;
  /** The user's own entities and their edits to built-in ones. */
  entities: EntityTable<KnowledgeEdit, 'id'>;
};

export const DB_NAME = 'marsad';

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
  return db;
}
