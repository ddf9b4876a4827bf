/**
 * The typed message contract between the content script, the popup, the options page and the
 * background (which owns the corpus). One map, keyed by message name, with typed request and
 * reply; handlers answer with data, or throw an Error whose message is shown to the user.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { VerbClass } from './analyze/types';
import type { EntityType } from './knowledge/types';
import type { KnowledgeEdit } from './knowledge/user';
import type { ArticleSummary, HistoryEntry, SaveStatus } from './corpus/corpus';
import type { ImportReport } from './corpus/transfer';

/** An article as the page gives it, to be analysed and saved by the background. */
export interface PageArticle {
  url: string;
  canonicalUrl: string | null;
  title: string;
  site: string | null;
  byline: string | null;
  publishedAt: string | null;
  lang: string;
  text: string;
}

/** What the content script knows about its page, for the popup and the context menu. */
export interface PageState {
  url: string;
  /** The page was read (false: Marsad does not run here, or the page is not Arabic). */
  analysed: boolean;
  isArabic: boolean;
  isArabicNews: boolean;
  /** Why not, when it is not: "not Arabic script", "too short for an article (40 words)". */
  reason?: string;
  entities: PageEntity[];
  article: PageArticle | null;
}

export interface PageEntity {
  id: string;
  name: string;
  nameEn: string;
  type: EntityType;
  /** Mentions highlighted on the page. */
  count: number;
  /** A discovered actor: a name the knowledge base lacks (lib/analyze/types.ts). */
  discovered?: true;
  /** For a discovered actor: the title or role the page gives it. */
  role?: string;
}

/** What the corpus knows about one entity, for a hover card. */
export interface EntityCard {
  id: string;
  /** Saved articles that mention it (the current page excluded). */
  articleCount: number;
  articles: ArticleSummary[];
  statementCount: number;
  statements: HistoryEntry[];
}

export interface SaveReply {
  status: SaveStatus;
  id: number;
  entityCount: number;
  statementCount: number;
}

/** A page of an entity's statement history, newest first. */
export interface HistoryRequest {
  entityId: string;
  offset: number;
  limit: number;
  /** Words the statement, its article's title or site must contain (normalised); '' for all. */
  query: string;
  /** Only statements whose verb is of one of these classes; absent or empty for all. */
  verbClasses?: VerbClass[];
}

export interface HistoryPage {
  /** How many statements (match): null while a filtered reading stopped early (counting them all would read them all). */
  total: number | null;
  entries: HistoryEntry[];
  /** There are more after these. */
  hasMore: boolean;
}

export interface EntityOverview {
  articleCount: number;
  articles: ArticleSummary[];
  /** The entities that appear most often in the same saved articles. */
  coMentioned: { id: string; articles: number }[];
}

/**
 * "Add to Marsad" for a discovered actor: the names and type the user chose. The background stores
 * a new entity of the user's own and moves the actor's saved statements and articles to it.
 */
export interface AddDiscoveredRequest {
  /** The discovered actor's id (`person:found-…`, `org:found-…`, `place:found-…`). */
  discoveredId: string;
  type: EntityType;
  /** The Arabic name (required). */
  name: string;
  /** The English name, or ''. */
  nameEn: string;
  /** The forms the page wrote it in (its name, its mentions): kept as other names when they differ. */
  forms?: string[];
}

export interface AddDiscoveredReply {
  /** The knowledge-base entity it now is (a new one, or the user's own of the same name and type). */
  id: string;
  name: string;
  type: EntityType;
  /** Statement rows and saved articles that moved to it. */
  statements: number;
  articles: number;
}

export interface ProtocolMap {
  // → background
  savePage(article: PageArticle): SaveReply;
  removePage(data: { url: string; canonicalUrl: string | null }): boolean;
  pageStatus(data: { url: string; canonicalUrl: string | null }): { saved: boolean; articleId: number | null; savedAt: string | null };
  entityCards(data: { entityIds: string[]; excludeUrl: string | null; articles: number; statements: number }): EntityCard[];
  history(data: HistoryRequest): HistoryPage;
  overview(data: { entityId: string; limit: number }): EntityOverview;
  knowledgeEdits(): KnowledgeEdit[];
  editKnowledge(edit: KnowledgeEdit): void;
  /** Adds a discovered actor to the knowledge base (from the card, the popup or the options page); every tab is told. */
  addDiscovered(data: AddDiscoveredRequest): AddDiscoveredReply;
  importCorpus(data: { text: string }): ImportReport;
  pageAnalysed(data: { entityCount: number }): void;
  /** The page is in Arabic script: inject the analyser into the sender's tab (from the quick check). */
  startAnalyser(): void;
  /** Opens an entity's statement history in a tab (from the in-page card). */
  openHistory(data: { entityId: string }): void;
  // → content script (sent to a tab)
  getPage(): PageState;
  knowledgeChanged(): void;
  /** Shows a short notice on the page (the result of a context-menu action). */
  notify(notice: PageNotice): void;
}

/** A short notice for the page, already in the interface's language. */
export interface PageNotice {
  kind: 'ok' | 'error';
  text: string;
  lang: 'ar' | 'en';
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
