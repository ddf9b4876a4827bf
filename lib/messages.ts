/**
 * The message contract, by direction: the calls the content script, the popup and the options page
 * make to the background (which owns the corpus), and the calls the background and the popup make
 * to a page's content script. Each call has a typed request and reply; a handler answers with its
 * reply or fails with a coded error (`MarsadError`) that the interface translates. Pure types and
 * helpers: the browser binding is platform/messaging.ts.
 */
import type { EntityType } from './knowledge/types';
import type { ArticleEntity, PageReading, PageTexts } from './analyze/page';
import type { Detection } from './detect/detect';
import type { PageSize } from './extract/page-size';
import type { EntityLabel } from './knowledge/label';
import type { EntityDescription, NamedOverview } from './corpus/labels';
import type { KnowledgeEdit } from './knowledge/user';
import type { KnowledgeImportReport } from './corpus/knowledge';
import type { ImportReport } from './corpus/transfer';
import type { PageAddress, PageArticle, PageStatus, SaveReply } from './corpus/pages';
import type { CardsRequest, CorpusCard, EntityOverview, HistoryPage, HistoryRequest } from './corpus/queries';
import { isStorageFull } from './corpus/errors';

// The corpus's and the page reading's own request and reply types travel as they are.
export type { CardsRequest, CorpusCard, EntityOverview, HistoryPage, HistoryRequest, PageAddress, PageArticle, PageStatus, SaveReply };
export type { Detection, EntityDescription, EntityLabel, NamedOverview, PageReading, PageTexts };

/** What the content script knows about its page, for the popup and the context menu. */
/** The check of a corpus file: pending, or its problems (the first ones) and what it holds. */

export interface PageState {
  url: string;
  /** The page was read (false: Marsad does not run here, or the page is not Arabic). */
  analysed: boolean;
  isArabic: boolean;
  isArabicNews: boolean;
  /** Why not, when it is not: "not Arabic script", "too short for an article (40 words)". */
  reason?: string;
  /** The page was not read, being larger than Marsad reads (lib/extract/page-size.ts): its size. */
  tooLarge?: PageSize;
  entities: PageEntity[];
  article: PageArticle | null;
  /** How often the page was read since Marsad began on it (what a page that keeps changing costs). */
  work?: PageWork;
}

/**
 * How often a page was read: its article extracted from the page, the article's text sent to the
 * background to be read, and the painted text sent whole, or only its changed lines.
 */
export interface PageWork {
  extractions: number;
  articleReads: number;
  paintedReads: number;
  paintedPartReads: number;
}

/**
 * An entity of the page, as the background read it (lib/analyze/page.ts): its names, type and
 * gender, how many times the article mentions it, and for a discovered actor its role and forms.
 */
export type PageEntity = ArticleEntity;

/** A browser tab, as the popup describes it. */
export interface TabInfo {
  id: number;
  url: string;
}

/** What Marsad knows of a tab: its page, or (where Marsad does not run) what a quick look found. */
export type TabState =
  | { kind: 'page'; page: PageState }
  /** Marsad does not run on this tab; `arabic` tells what a quick look (activeTab) found. */
  | { kind: 'absent'; arabic: boolean | undefined; news: boolean | undefined; words: number }
  | { kind: 'unreadable' };

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

/** Calls to the background, by name: `(request) => reply`. */
export interface BackgroundCalls {
  /**
   * The analyser's page read with the background's warm knowledge base: the article judged and
   * (Arabic news, or forced) analysed, the painted text's mentions by offset (lib/analyze/page.ts).
   */
  analysePage(data: PageTexts): PageReading;
  savePage(article: PageArticle): SaveReply;
  removePage(data: PageAddress): boolean;
  /** Deletes a saved article (from the options page's corpus list); false when it was not there. */
  deleteArticle(data: { id: number }): boolean;
  pageStatus(data: PageAddress): PageStatus;
  entityCards(data: CardsRequest): CorpusCard[];
  history(data: HistoryRequest): HistoryPage;
  overview(data: { entityId: string; limit: number }): NamedOverview;
  /** An entity's names, type and gender, from the background's knowledge base or the corpus's discovered actors. */
  describeEntity(data: { entityId: string }): EntityDescription;
  /** Is this text (a page Marsad does not run on, read once through activeTab) Arabic news? */
  detectText(data: { text: string }): Detection;
  knowledgeEdits(): KnowledgeEdit[];
  editKnowledge(edit: KnowledgeEdit): void;
  /** Merges a knowledge file's edits (parsed and checked by the page) in one write; every tab is told. */
  importKnowledge(data: { edits: KnowledgeEdit[] }): KnowledgeImportReport;
  /** Deletes stored knowledge-base records that no door would take (the options page lists them); returns how many. */
  removeDamagedKnowledge(data: { ids: (string | number)[] }): number;
  /**
   * A corpus file in parts (features/background/uploads.ts): first every part is checked (nothing
   * is written; the last part's reply gives the problems), then written (each part's articles in a
   * transaction; the reply is the report so far). *Cancel* undoes what the write has written.
   */
  importCorpusWrite(data: { upload: string; part: string; first: boolean; last: boolean }): ImportReport;
  importCorpusCancel(data: { upload: string }): { removed: number };
  /** Adds a discovered actor to the knowledge base (from the card, the popup or the options page); every tab is told. */
  addDiscovered(data: AddDiscoveredRequest): AddDiscoveredReply;
  /** The page was read: the toolbar badge shows how many entities it names. */
  pageAnalysed(data: { entityCount: number }): void;
  /**
   * The page is in Arabic script: inject the analyser into the sender's tab (from the quick check).
   * `marked`: the page has one <article>, whose story the analyser may read without Readability
   * (then injected only if it asks: `loadReadability`).
   */
  startAnalyser(data: { marked: boolean }): void;
  /** Inject Readability into the sender's tab (the analyser's page needs it: features/page/reader.ts). */
  loadReadability(): void;
  /** Opens an entity's statement history in a tab (from the hover card's frame). */
  openHistory(data: { entityId: string }): void;
}

/** Calls to a page's content script (sent to a tab), by name. */
export interface PageCalls {
  getPage(): PageState;
  knowledgeChanged(): void;
  /** Shows a short notice on the page (the result of a context-menu action). */
  notify(notice: PageNotice): void;
}

/**
 * Set on the content script's world before the analyser is injected by "Analyse this page" or the
 * context menu: read the page even where Marsad would not run by itself.
 */
export const FORCE_ANALYSIS = '__marsadForce';

/** A short notice for the page, already in the interface's language. */
export interface PageNotice {
  kind: 'ok' | 'error';
  text: string;
  lang: 'ar' | 'en';
}

/** The request of call K of a contract (undefined for a call that takes none). */
export type RequestOf<M, K extends keyof M> = M[K] extends (...args: infer A) => unknown ? (A extends [infer D] ? D : undefined) : never;
/** The reply of call K of a contract. */
export type ReplyOf<M, K extends keyof M> = M[K] extends (...args: never[]) => infer R ? R : never;

/** Who sent a call: the tab and frame of a content script, or nothing for an extension page. */
export interface Sender {
  tabId?: number;
  frameId?: number;
  /** The address of the page that called: a web page's (content script) or one of Marsad's own. */
  url?: string;
  /** Called from one of Marsad's own pages (popup, options, history tab), not from a content script. */
  extension: boolean;
}

/**
 * What a content script may ask of the background: what its page needs to be read, highlighted and
 * saved, nothing more. The hover card asks for what the corpus knows, and does its actions, from
 * its own frame (entrypoints/card), which is one of Marsad's own pages; every other call — reading
 * the corpus or the knowledge base, deleting, importing, writing them — comes from Marsad's own
 * pages only: a page whose scripts found a way into the content script's world gets nothing more
 * than the page itself could do, and reads nothing of the corpus.
 */
export const PAGE_MAY_CALL: ReadonlySet<keyof BackgroundCalls> = new Set<keyof BackgroundCalls>(['analysePage', 'savePage', 'pageAnalysed', 'startAnalyser', 'loadReadability']);

/** The background's handlers, typed from the contract: no request shape is restated. */
export type BackgroundHandlers = {
  [K in keyof BackgroundCalls]: (data: RequestOf<BackgroundCalls, K>, sender: Sender) => Promise<ReplyOf<BackgroundCalls, K>> | ReplyOf<BackgroundCalls, K>;
};
/** A page's handlers. */
export type PageHandlers = {
  [K in keyof PageCalls]: (data: RequestOf<PageCalls, K>) => Promise<ReplyOf<PageCalls, K>> | ReplyOf<PageCalls, K>;
};

/**
 * What can go wrong, as the interface tells it: the disk is full (nothing changed), the request was
 * not valid, what it names is not there, no Marsad runs in the tab, or anything else.
 */
/**
 * storage-full: the disk or quota is full; invalid: the request was refused as it stands; not-found:
 * what it names is not there; not-running: Marsad does not run in that tab; too-large: more than
 * Marsad reads at once; interrupted: a transfer in parts lost a part; failed: anything else.
 */
export type ErrorCode = 'storage-full' | 'invalid' | 'not-found' | 'not-running' | 'too-large' | 'interrupted' | 'failed';

/** An error with its code; its message is English, for logs (the interface shows its own words by code). */
export class MarsadError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MarsadError';
  }
}

/** The code of any error: a MarsadError's own, a full disk or quota, else 'failed'. */
export function errorCodeOf(e: unknown): ErrorCode {
  if (e instanceof MarsadError) return e.code;
  if (isStorageFull(e)) return 'storage-full';
  return 'failed';
}

/** A reply as it travels: the value, or the coded error (an Error does not survive the trip whole). */
export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };

/** Runs a handler and wraps what it gives: its value, or its error coded. */
export async function toResult<T>(run: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    return { ok: false, code: errorCodeOf(e), message: e instanceof Error ? e.message : String(e) };
  }
}

/** Unwraps a result: its value, or a MarsadError with its code. */
export function fromResult<T>(result: Result<T> | undefined): T {
  if (!result) throw new MarsadError('not-running', 'Nothing answered.');
  if (result.ok) return result.value;
  throw new MarsadError(result.code, result.message);
}
