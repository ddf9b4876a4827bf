/**
 * One reading of an Arabic article in the live page: extract the article, find its part of the
 * live page, and send both texts to the background, which holds the knowledge base and the
 * analyzer (the `analysePage` call, lib/analyze/page.ts): it judges the article, analyses it and
 * gives the painted text's mentions by offset, which are painted here. Read again when the
 * article changes, the settings change or the knowledge base changes; what the page replaces with
 * the same text is painted again at once from the mentions it has. The hover cards
 * (hover-cards.ts) work on what it painted.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleEntity, PageReading as Reading, PageTexts, PaintedEntity } from '../../lib/analyze/page';
import { articleSignals, readArticle, type ExtractedArticle, type Reader } from '../../lib/extract/article';
import { readingScope } from '../../lib/extract/page-size';
import { isPageFurniture } from '../../lib/dom/text';
import { findArticleRoot } from '../../lib/highlight/article-root';
import { articleLines, lineEdit, mentionCounts, patchArticle, recount, spliceMentions, type TextEdit } from '../../lib/highlight/edits';
import { MentionLocator } from '../../lib/highlight/hit';
import { Highlighter, type PlacedMention } from '../../lib/highlight/highlighter';
import { indexText, rangeOf, type TextIndex } from '../../lib/highlight/text-index';
import type { PageArticle, PageState, PageWork } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { builtinSiteOf } from '../../lib/sites/builtin';
import { countryOfPage } from '../../lib/sites/country';
import { resolveLocale, type Locale } from '../../lib/i18n/strings';
import type { CardEntity } from '../../components/card/EntityCard';
import { callBackground, servePage } from '../../platform/messaging';
import { watchSettings } from '../../platform/settings';
import { HoverCards, type CardSource } from './hover-cards';
import { readerHere } from './reader';
import { Debounce, NextFrame } from './timers';

/** The article's text changed: read it again once it is quiet this long... */
const REREAD_DELAY = 600;
/** ... or this long after the change at the latest (live blogs, tickers, re-rendering frameworks are never quiet). */
const REREAD_MAX_WAIT = 1500;
/** Painted text replaced (a framework re-rendered a paragraph): painted again before the next frame, at most this often (ms). */
const REPAINT_INTERVAL = 100;
/**
 * Up to this length (characters), a painted text that changed is sent to the background whole
 * (cheap, and every name is read in the context of the whole text). A longer one sends only the
 * lines that changed: sending a million characters costs the page 25 to 40 ms each time.
 */
const WHOLE_TEXT = 100_000;
/** ... unless more than this share of it changed (a new story in the same container). */
const MOST_CHANGED = 0.25;

export class PageReading implements CardSource {
  state: PageState;
  settings: Settings;
  locale: Locale;
  readonly painter: Highlighter;
  locator: MentionLocator | undefined;
  private article!: ExtractedArticle;
  /** The article's entities, as the background read them. */
  private entities: ArticleEntity[] = [];
  /** The painted text's entities with their mentions (the article's container, and the headline)... */
  private painted: PaintedEntity[] = [];
  /** ... and the text they were read in ('' when they no longer hold: the knowledge base changed). */
  private mentionsOf = '';
  /** The latest readings asked for: a reply to an earlier one is not applied. */
  private paintAsked = 0;
  private articleAsked = 0;
  /** Read and painted, and listening (start() succeeded); false again once destroyed. */
  private running = false;
  private destroyed = false;
  private readonly cards: HoverCards;
  private observer: MutationObserver | undefined;
  /** Repaints what the page replaced, before it is drawn again. */
  private readonly repaint = new NextFrame(() => this.repaintChanged(), REPAINT_INTERVAL);
  /** Reads the article again when its text changed. */
  private readonly reread = new Debounce(() => void this.refresh(), REREAD_DELAY, REREAD_MAX_WAIT);
  /** The article's container in the live page (what is painted and watched). */
  private root: Element | undefined;
  /** What is painted: the headline when it lies outside the container, then the container. */
  private roots: Element[] = [];
  /** The text of the painted roots when they were last indexed. */
  private paintedText = '';
  /** The page changed while its first reading was on its way: paint again once it is there. */
  private changedWhileStarting = false;
  /** The part of the page read, when the page is too large to read whole (lib/extract/page-size.ts). */
  private within: Element | undefined;
  /** The element that holds the story, when reading it told (a story the page marks plainly: lib/extract/marked.ts). */
  private located: Element | undefined;
  /** Reads the article's entities again (its text patched, not extracted again) when what the page changed names a discovered actor. */
  private readonly reanalyse = new Debounce(() => void this.readArticle(), REREAD_DELAY, REREAD_MAX_WAIT);
  /** How often the page was read (PageState.work). */
  private readonly work: PageWork = { extractions: 0, articleReads: 0, paintedReads: 0, paintedPartReads: 0 };

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

  /**
   * Reads the page; paints and starts listening when it is an Arabic article. Returns whether it
   * did. A page larger than Marsad reads is not read (`state.tooLarge` says so), or only the part
   * that holds its article.
   */
  async start(): Promise<boolean> {
    const scope = readingScope(document);
    if (scope.kind === 'too-large') {
      this.state = { ...this.state, reason: 'too large to read', tooLarge: scope.page };
      return false;
    }
    this.within = scope.kind === 'part' ? scope.root : undefined;
    this.article = await this.extract();
    if (this.ctx.isInvalid || this.destroyed) return false;
    const reading = await this.paint(true);
    if (this.ctx.isInvalid || this.destroyed) return false;
    const detection = reading?.detection;
    if (!detection) {
      this.state = { ...this.state, reason: 'the background did not answer' };
      return false;
    }
    this.state = { ...this.state, isArabic: detection.isArabic, isArabicNews: detection.isArabicNews, reason: detection.reason };
    if (!reading.entities) return false;
    this.running = true;
    if (this.changedWhileStarting) this.repaint.schedule();
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
    // A discovered actor is in the article's entities, or (a name in the headline only) in the painted text's.
    const found = this.entities.find((x) => x.id === id) ?? this.painted.find((x) => x.id === id);
    if (!found) return undefined;
    const entity: CardEntity = { id: found.id, name: found.name, nameEn: found.nameEn, type: found.type, gender: found.gender, mentionText: '' };
    return found.discovered ? { ...entity, discovered: true, role: found.role, forms: found.forms ?? [] } : entity;
  }

  destroy(): void {
    this.destroyed = true;
    this.running = false;
    this.repaint.cancel();
    this.reread.cancel();
    this.reanalyse.cancel();
    this.observer?.disconnect();
    this.painter.destroy();
    this.cards.destroy();
    this.locator = undefined;
  }

  /**
   * The article, from the part of the page that is read (and where the story lies, when that is
   * known from reading it). A story the page does not mark plainly needs Readability, which the
   * background injects when it is not here yet (reader.ts).
   */
  private async extract(): Promise<ExtractedArticle> {
    this.count('extractions');
    const located: { root?: Element } = {};
    const read = (reader: Parameters<typeof readArticle>[0]) => readArticle(reader, document, location.href, Date.now(), { within: this.within, located });
    const article = read(readerHere()) ?? read(await loadReader())!;
    this.located = located.root;
    return article;
  }

  private count(what: keyof PageWork): void {
    this.work[what]++;
    this.state = { ...this.state, work: { ...this.work } };
  }

  /** The country whose press this page is (lib/sites/country.ts). */
  private country(): string | undefined {
    return countryOfPage(this.article.canonicalUrl ?? location.href) ?? countryOfPage(location.href);
  }

  /** What the background is sent: the article (when it is to be read again) and the painted text (or a part of it). */
  private texts(article: ExtractedArticle | undefined, painted: string | undefined): PageTexts {
    if (article) this.count('articleReads');
    return {
      ...(article ? { article: { text: article.text, signals: articleSignals(article) } } : {}),
      ...(painted !== undefined ? { painted } : {}),
      country: this.country(),
      force: this.forced,
    };
  }

  /** The article's entities, as the background read them (the popup's list; the saved copy's text). */
  private applyArticle(a: ExtractedArticle, entities: ArticleEntity[]): void {
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
    this.entities = entities;
    this.state = { ...this.state, analysed: true, article, entities };
  }

  /** Finds the article in the live page, then paints its mentions; `article`: read the article again too. */
  private paint(article = false): Promise<Reading | undefined> {
    const whole = this.within ?? document.body;
    const known = this.located?.isConnected ? this.located : undefined;
    const root = known ?? findArticleRoot(document, this.article.text, whole) ?? whole;
    this.root = root;
    const roots: Element[] = [root];
    // The headline often sits outside the story's container.
    const h1 = document.querySelector('h1');
    if (h1 && !root.contains(h1) && this.article.title && h1.textContent?.includes(this.article.title.slice(0, 20))) roots.unshift(h1);
    this.roots = roots;
    return this.paintRoots(article);
  }

  /**
   * Paints the roots found last: at once when their text is the one whose mentions it has (the
   * page replaced nodes, or the settings changed), else once the background has read it.
   */
  private async paintRoots(article = false): Promise<Reading | undefined> {
    // Painting without the Highlight API changes the page: not a change of the page's own.
    this.observer?.disconnect();
    const paintAsked = ++this.paintAsked;
    const index = this.indexRoots();
    this.paintedText = index.text;
    if (!article && index.text === this.mentionsOf) {
      this.draw(index);
      this.observe();
      return undefined;
    }
    this.observe();
    const asked = article ? this.article : undefined;
    const articleAsked = asked ? ++this.articleAsked : this.articleAsked;
    this.count('paintedReads');
    const reading = await callBackground('analysePage', this.texts(asked, index.text)).catch(() => undefined);
    if (!reading || this.ctx.isInvalid || this.destroyed) return reading;
    if (asked && reading.entities && articleAsked === this.articleAsked) this.applyArticle(asked, reading.entities);
    // A newer painting was asked for since (the page changed again): this one is out of date.
    if (reading.painted && paintAsked === this.paintAsked) {
      this.painted = reading.painted;
      this.mentionsOf = index.text;
      this.observer?.disconnect();
      this.draw(index);
      this.observe();
    }
    return reading;
  }

  /** The painted roots' text, as the live page holds it now. */
  private indexRoots(): TextIndex {
    const root = this.root ?? document.body;
    return indexText(this.roots, root === (this.within ?? document.body) ? { skip: isPageFurniture } : {});
  }

  /**
   * Paints the mentions it has in `index`, the text they were read in. A mention painted before
   * outside the lines that changed since, whose text node is still in the page, keeps its range
   * (the page and the Highlight API do nothing for it; its offsets move by what the change added
   * or took); only the others get new ones.
   */
  private draw(index: TextIndex): void {
    const before = this.locator?.text ?? '';
    const edit = lineEdit(before, index.text);
    const shift = edit ? edit.newEnd - edit.oldEnd : 0;
    // The mentions painted before, by where they start now (outside the edit: moved by it).
    const had = new Map<number, PlacedMention>();
    for (const m of this.locator?.all ?? []) {
      if (edit && m.end > edit.start && m.start < edit.oldEnd) continue;
      had.set(edit && m.start >= edit.oldEnd ? m.start + shift : m.start, m);
    }
    const placed: PlacedMention[] = [];
    // The user's own names are not painted where the page can read them, unless the user chose so.
    const paintOwn = this.settings.paintOwnEntities;
    for (const e of this.painted) {
      if (!this.settings.types[e.type]) continue;
      const shown = paintOwn ? e.mentions : e.mentions.filter((m) => m[2] !== 1);
      const mentions = this.settings.highlight === 'first' ? shown.slice(0, 1) : shown;
      const discovered = e.discovered === true;
      for (const [start, end] of mentions) {
        const same = had.get(start);
        const range = same && same.end - same.start === end - start && same.entityId === e.id && same.discovered === discovered && livesOn(same.range) ? same.range : rangeOf(index, start, end);
        if (range) placed.push({ entityId: e.id, type: e.type, start, end, range, discovered });
      }
    }
    placed.sort((a, b) => a.start - b.start);
    this.painter.setColors(this.settings.colors);
    this.painter.paint(placed);
    this.locator = new MentionLocator(index, placed);
    this.cards.repainted(before);
  }

  private observe(): void {
    if (!document.body || this.destroyed) return;
    this.observer ??= new MutationObserver((records) => {
      // Tickers, ads and menus change all the time: only changes to what is painted (or a painted
      // root that went away) are worth painting again.
      const roots = this.roots;
      if (roots.every((r) => r.isConnected && r !== document.body) && records.every((rec) => !roots.some((r) => r.contains(rec.target)))) return;
      // While the first reading is on its way, the page is painted again once it is there.
      if (!this.running) {
        this.changedWhileStarting = true;
        return;
      }
      // A replaced node takes its highlights with it: paint again before the page is drawn.
      this.repaint.schedule();
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  /**
   * The page changed what is painted (a framework re-rendered, content arrived, a ticker ticked):
   * paint again, and read again only what changed.
   */
  private repaintChanged(): void {
    if (this.ctx.isInvalid || !this.running) return;
    if (this.roots.every((r) => r.isConnected)) void this.update();
    else {
      // The container went away (the page rendered another one): found again, the article read again.
      void this.paint();
      this.reread.schedule();
    }
  }

  /**
   * Paints the roots again after the page changed them. The same text: painted again from the
   * mentions it has. Changed lines: their mentions are asked for (the lines alone, when the text
   * is long), put in place of the old ones, the others moved; and the article's text gets the same
   * lines, so that it is neither extracted again nor, unless the names the page shows changed,
   * read again (`articleChanged`).
   */
  private async update(): Promise<void> {
    this.observer?.disconnect();
    const index = this.indexRoots();
    this.paintedText = index.text;
    const base = this.mentionsOf;
    const edit = lineEdit(base, index.text);
    if (!edit) {
      this.draw(index);
      this.observe();
      return;
    }
    this.observe();
    const paintAsked = ++this.paintAsked;
    const part = index.text.length > WHOLE_TEXT && edit.newEnd - edit.start <= index.text.length * MOST_CHANGED;
    this.count(part ? 'paintedPartReads' : 'paintedReads');
    const sent = part ? index.text.slice(edit.start, edit.newEnd) : index.text;
    const reading = await callBackground('analysePage', this.texts(undefined, sent)).catch(() => undefined);
    // A newer painting was asked for since (the page changed again): this one is out of date.
    if (!reading?.painted || this.ctx.isInvalid || this.destroyed || paintAsked !== this.paintAsked) return;
    const counts = mentionCounts(this.painted);
    this.painted = part ? spliceMentions(this.painted, edit, reading.painted) : reading.painted;
    this.mentionsOf = index.text;
    this.observer?.disconnect();
    this.draw(index);
    this.observe();
    this.articleChanged(base, index.text, edit, counts);
  }

  /**
   * The painted lines `edit` replaced, brought to the article: the same lines replaced in its text,
   * and its entities counted again by what the painted text's counts (`counts` before the edit)
   * changed by; or nothing, when the article leaves those lines out (a share counter, a ticker
   * inside the story's container); or, when that cannot be told, the article extracted again once
   * the page is quiet.
   */
  private articleChanged(before: string, after: string, edit: TextEdit, counts: ReadonlyMap<string, number>): void {
    const patched = patchArticle(this.article.text, articleLines(before.slice(edit.start, edit.oldEnd)), articleLines(after.slice(edit.start, edit.newEnd)));
    if (patched === 'unchanged') return;
    if (patched === undefined) {
      this.reread.schedule();
      return;
    }
    this.article = { ...this.article, text: patched };
    if (this.state.article) this.state = { ...this.state, article: { ...this.state.article, text: patched } };
    const entities = recount(this.entities, counts, mentionCounts(this.painted), this.painted);
    if (!entities) this.reanalyse.schedule();
    else if (entities.length !== this.entities.length || entities.some((e, i) => e !== this.entities[i])) {
      this.entities = entities;
      this.state = { ...this.state, entities };
    }
  }

  /** The article's entities read again from its text as it is now (no extraction). */
  private async readArticle(): Promise<void> {
    if (this.ctx.isInvalid || !this.running) return;
    const asked = this.article;
    const articleAsked = ++this.articleAsked;
    const reading = await callBackground('analysePage', this.texts(asked, undefined)).catch(() => undefined);
    if (reading?.entities && !this.ctx.isInvalid && !this.destroyed && articleAsked === this.articleAsked) this.applyArticle(asked, reading.entities);
  }

  /** The article changed in a way its text alone cannot tell: extracted from the page again, and read and painted again. */
  private async refresh(): Promise<void> {
    if (this.ctx.isInvalid || !this.running) return;
    // A page that grew larger than Marsad reads (an endless feed) keeps what is painted.
    if (readingScope(document).kind === 'too-large') return;
    const fresh = await this.extract();
    if (this.ctx.isInvalid || !this.running) return;
    const changed = fresh.text !== this.article.text;
    if (changed) this.article = fresh;
    void this.paint(changed);
  }

  /** Settings and knowledge edits made elsewhere (the options page, another tab's card). */
  private listen(): void {
    const ctx = this.ctx;
    const stopWatching = watchSettings((s) => {
      this.settings = s;
      this.locale = resolveLocale(s.language, navigator.language);
      const site = builtinSiteOf(location.href);
      if (site && s.disabledSites.includes(site.id) && !this.forced) this.destroy();
      else void this.paint();
    });
    ctx.onInvalidated(stopWatching);
    ctx.onInvalidated(
      servePage('knowledgeChanged', async () => {
        // The background compiled the knowledge base again: every mention is read again.
        this.mentionsOf = '';
        await this.paint(true);
        void callBackground('pageAnalysed', { entityCount: this.state.entities.length }).catch(() => undefined);
      }),
    );
  }
}


/** Readability: here, or injected by the background now (reader.ts); null when it cannot be had. */
async function loadReader(): Promise<Reader | null> {
  if (!readerHere()) await callBackground('loadReadability').catch(() => undefined);
  return readerHere() ?? null;
}

/** Is the range still on the text node it was set on? (A text node the page removed takes its ranges along: they collapse onto its parent.) */
function livesOn(range: Range): boolean {
  const node = range.startContainer;
  return node.nodeType === 3 && node.isConnected && !range.collapsed;
}
