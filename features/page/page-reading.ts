/**
 * One reading of an Arabic article in the live page: extract → analyse → find the mentions in the
 * page → paint them; read again when the article changes, the settings change or the knowledge
 * base changes. The hover cards (hover-cards.ts) work on what it painted.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze } from '../../lib/analyze/analyze';
import type { Analysis, EntityMentions } from '../../lib/analyze/types';
import { extractArticle, type ExtractedArticle } from '../../lib/extract/extract';
import { readPage } from '../../lib/extract/read-page';
import { userGazetteer } from '../../lib/knowledge/builtin';
import type { Gazetteer } from '../../lib/knowledge/matcher';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { isPageFurniture } from '../../lib/dom/text';
import { findArticleRoot } from '../../lib/highlight/article-root';
import { MentionLocator } from '../../lib/highlight/hit';
import { Highlighter, type PlacedMention } from '../../lib/highlight/highlighter';
import { ownNames } from '../../lib/highlight/own-names';
import { indexText, rangeOf } from '../../lib/highlight/text-index';
import type { PageArticle, PageState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { builtinSiteOf } from '../../lib/sites/builtin';
import { countryOfPage } from '../../lib/sites/country';
import { resolveLocale, type Locale } from '../../lib/i18n/strings';
import type { CardEntity } from '../../components/card/EntityCard';
import { callBackground, servePage } from '../../platform/messaging';
import { watchSettings } from '../../platform/settings';
import { HoverCards, type CardSource } from './hover-cards';
import { Debounce, NextFrame } from './timers';

/** The article's text changed: read it again once it is quiet this long... */
const REREAD_DELAY = 600;
/** ... or this long after the change at the latest (live blogs, tickers, re-rendering frameworks are never quiet). */
const REREAD_MAX_WAIT = 1500;
/** Painted text replaced (a framework re-rendered a paragraph): painted again before the next frame, at most this often (ms). */
const REPAINT_INTERVAL = 100;

export class PageReading implements CardSource {
  state: PageState;
  settings: Settings;
  locale: Locale;
  readonly painter: Highlighter;
  locator: MentionLocator | undefined;
  private article!: ExtractedArticle;
  private analysis: Analysis | undefined;
  /** The entities of the text painted last (the article's container, and the headline). */
  private painted: EntityMentions[] = [];
  private gazetteer!: Gazetteer;
  private edits: KnowledgeEdit[] = [];
  private readonly cards: HoverCards;
  private observer: MutationObserver | undefined;
  /** Repaints what the page replaced, before it is drawn again. */
  private readonly repaint = new NextFrame(() => this.repaintChanged(), REPAINT_INTERVAL);
  /** Reads the article again when its text changed. */
  private readonly reread = new Debounce(() => this.refresh(), REREAD_DELAY, REREAD_MAX_WAIT);
  /** The article's container in the live page (what is painted and watched). */
  private root: Element | undefined;
  /** What is painted: the headline when it lies outside the container, then the container. */
  private roots: Element[] = [];
  /** The text of the painted roots when they were painted. */
  private paintedText = '';

  constructor(
    private readonly ctx: ContentScriptContext,
    settings: Settings,
    /** Asked for from the popup ("Analyse this page"): read even what does not look like news. */
    private readonly forced: boolean,
  ) {
    this.settings = settings;
    this.locale = resolveLocale(settings.language, navigator.language);
    this.state = { url: location.href, analysed: false, isArabic: true, isArabicNews: false, entities: [], article: null };
    this.painter = new Highlighter(document);
    this.cards = new HoverCards(this);
  }

  /** Reads the page; paints and starts listening when it is an Arabic article. Returns whether it did. */
  async start(): Promise<boolean> {
    const { article, detection } = readPage(document, location.href);
    this.article = article;
    this.state = { ...this.state, isArabic: detection.isArabic, isArabicNews: detection.isArabicNews, reason: detection.reason };
    if (!detection.isArabic || (!detection.isArabicNews && !this.forced)) return false;

    this.edits = await callBackground('knowledgeEdits').catch(() => []);
    if (this.ctx.isInvalid) return false;
    this.compile();
    this.analyse();
    this.paint();
    this.listen();
    this.cards.listen(this.ctx.signal);
    this.ctx.onInvalidated(() => this.destroy());
    void callBackground('pageAnalysed', { entityCount: this.state.entities.length }).catch(() => undefined);
    if (this.settings.autoSave && detection.isArabicNews && this.state.article) {
      void callBackground('savePage', this.state.article).catch(() => undefined);
    }
    return true;
  }

  entityOf(id: string): CardEntity | undefined {
    // A discovered actor is in the analysis of the article, or (a name in the headline only) of the painted text.
    const found = this.analysis?.entities.find((x) => x.id === id) ?? this.painted.find((x) => x.id === id);
    if (found?.discovered)
      return {
        id: found.id,
        name: found.name,
        nameEn: '',
        type: found.type,
        mentionText: '',
        discovered: true,
        role: found.role,
        forms: [...new Set(found.mentions.map((m) => m.text))],
      };
    const e = found ?? this.gazetteerEntity(id);
    return e ? { id: e.id, name: e.name, nameEn: e.nameEn, type: e.type, mentionText: '' } : undefined;
  }

  /** Hides an entity or excludes a form, through the background (which tells every tab, this one too). */
  async edit(id: string, change: { hidden?: boolean; excluded?: string[] }): Promise<void> {
    const had = this.edits.find((e) => e.id === id);
    const origin = had?.origin ?? (id.includes(':user-') ? 'user' : 'edit');
    await callBackground('editKnowledge', {
      ...(had ?? { id, origin }),
      id,
      origin,
      hidden: change.hidden ?? had?.hidden,
      excluded: change.excluded ? [...new Set([...(had?.excluded ?? []), ...change.excluded])] : had?.excluded,
      updatedAt: new Date().toISOString(),
    });
  }

  destroy(): void {
    this.repaint.cancel();
    this.reread.cancel();
    this.observer?.disconnect();
    this.painter.destroy();
    this.cards.destroy();
    this.locator = undefined;
  }

  private compile(): void {
    this.gazetteer = userGazetteer(this.edits);
  }

  private gazetteerEntity(id: string) {
    const i = this.gazetteer.indexOf.get(id);
    return i === undefined ? undefined : this.gazetteer.entities[i];
  }

  /** The country whose press this page is (lib/sites/country.ts). */
  private country(): string | undefined {
    return countryOfPage(this.article.canonicalUrl ?? location.href) ?? countryOfPage(location.href);
  }

  private analyse(): void {
    const a = this.article;
    // The page's date resolves a bare title to its holder then, as the saved copy does; the outlet's
    // country says whose «المملكة» it is.
    this.analysis = analyze(a.text, this.gazetteer, { publishedAt: a.publishedAt, country: this.country() });
    const article: PageArticle = {
      url: location.href,
      canonicalUrl: a.canonicalUrl,
      title: a.title ?? document.title,
      site: a.site,
      byline: a.byline,
      publishedAt: a.publishedAt,
      lang: 'arb',
      text: a.text,
    };
    this.state = {
      ...this.state,
      analysed: true,
      article,
      entities: this.analysis.entities
        .map((e) => ({
          id: e.id,
          name: e.name,
          nameEn: e.nameEn,
          type: e.type,
          count: e.mentions.length,
          ...(e.discovered ? { discovered: true as const, ...(e.role ? { role: e.role } : {}) } : {}),
        }))
        .sort((x, y) => y.count - x.count),
    };
  }

  /** Finds the article in the live page, then its mentions, and paints them. */
  private paint(): void {
    const root = findArticleRoot(document, this.article.text) ?? document.body;
    this.root = root;
    const roots: Element[] = [root];
    // The headline often sits outside the story's container.
    const h1 = document.querySelector('h1');
    if (h1 && !root.contains(h1) && this.article.title && h1.textContent?.includes(this.article.title.slice(0, 20))) roots.unshift(h1);
    this.roots = roots;
    this.paintRoots();
  }

  /** Finds the mentions in the roots found last and paints them. */
  private paintRoots(): void {
    // Painting without the Highlight API changes the page: not a change of the page's own.
    this.observer?.disconnect();
    const root = this.root ?? document.body;
    const index = indexText(this.roots, root === document.body ? { skip: isPageFurniture } : {});
    const before = this.paintedText;
    this.paintedText = index.text;
    const found = analyze(index.text, this.gazetteer, { mentionsOnly: true, country: this.country() });
    this.painted = found.entities;
    const placed: PlacedMention[] = [];
    // The user's own names are not painted where the page can read them, unless the user chose so.
    const own = this.settings.paintOwnEntities ? undefined : ownNames(this.edits);
    for (const e of found.entities) {
      if (!this.settings.types[e.type]) continue;
      const shown = own ? e.mentions.filter((m) => !own(e.id, m.text)) : e.mentions;
      const mentions = this.settings.highlight === 'first' ? shown.slice(0, 1) : shown;
      const discovered = e.discovered === true;
      for (const m of mentions) {
        const range = rangeOf(index, m.start, m.end);
        if (range) placed.push({ entityId: e.id, type: e.type, start: m.start, end: m.end, range, discovered });
      }
    }
    placed.sort((a, b) => a.start - b.start);
    this.painter.setColors(this.settings.colors);
    this.painter.paint(placed);
    this.locator = new MentionLocator(index, placed);
    this.cards.repainted(before);
    this.observe();
  }

  private observe(): void {
    if (!document.body) return;
    this.observer ??= new MutationObserver((records) => {
      // Tickers, ads and menus change all the time: only changes to what is painted (or a painted
      // root that went away) are worth painting again.
      const roots = this.roots;
      if (roots.every((r) => r.isConnected && r !== document.body) && records.every((rec) => !roots.some((r) => r.contains(rec.target)))) return;
      // A replaced node takes its highlights with it: paint again before the page is drawn.
      this.repaint.schedule();
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  /** The page changed what is painted (a framework re-rendered, content arrived): paint again; read again if the text changed. */
  private repaintChanged(): void {
    if (this.ctx.isInvalid) return;
    const before = this.paintedText;
    if (this.roots.every((r) => r.isConnected)) this.paintRoots();
    else this.paint();
    if (this.paintedText !== before) this.reread.schedule();
  }

  /** The article's text changed (content loaded later, a live update): read and paint again. */
  private refresh(): void {
    if (this.ctx.isInvalid) return;
    const fresh = extractArticle(document, location.href);
    if (fresh.text !== this.article.text) {
      this.article = fresh;
      this.analyse();
    }
    this.paint();
  }

  /** Settings and knowledge edits made elsewhere (the options page, another tab's card). */
  private listen(): void {
    const ctx = this.ctx;
    const stopWatching = watchSettings((s) => {
      this.settings = s;
      this.locale = resolveLocale(s.language, navigator.language);
      const site = builtinSiteOf(location.href);
      if (site && s.disabledSites.includes(site.id) && !this.forced) this.destroy();
      else this.paint();
    });
    ctx.onInvalidated(stopWatching);
    ctx.onInvalidated(
      servePage('knowledgeChanged', async () => {
        this.edits = await callBackground('knowledgeEdits').catch(() => this.edits);
        this.compile();
        this.analyse();
        this.paint();
        void callBackground('pageAnalysed', { entityCount: this.state.entities.length }).catch(() => undefined);
      }),
    );
  }
}
