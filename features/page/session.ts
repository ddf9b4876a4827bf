/**
 * Marsad on one page: detect → extract → analyse → highlight → hover cards; follows content that
 * arrives later; answers the popup; cleans up completely when the extension is updated or
 * disabled (everything is tied to the content-script context).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze } from '../../lib/analyze/analyze';
import type { Analysis, EntityMentions } from '../../lib/analyze/types';
import { detect } from '../../lib/detect/detect';
import { extractArticle, type ExtractedArticle } from '../../lib/extract/extract';
import { BUILTIN_ENTITIES } from '../../lib/knowledge/builtin';
import { compileGazetteer, type Gazetteer } from '../../lib/knowledge/matcher';
import { applyEdits, type KnowledgeEdit } from '../../lib/knowledge/user';
import { findArticleRoot } from '../../lib/highlight/article-root';
import { MentionLocator } from '../../lib/highlight/hit';
import { Highlighter, type PlacedMention } from '../../lib/highlight/highlighter';
import { indexText, rangeOf } from '../../lib/highlight/text-index';
import { onMessage, sendMessage, type AddDiscoveredRequest, type EntityCard, type PageArticle, type PageState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { builtinSiteOf } from '../../lib/sites/builtin';
import { localeOf, stringsFor, type Locale } from '../../lib/i18n/strings';
import type { CardEntity } from '../../components/card/EntityCard';
import { loadSettings, watchSettings } from '../../platform/settings';
import { CardHost } from './card-host';
import { looksArabic } from './quick-check';
import { Toast } from './toast';

/** Timings like Wikipedia's page previews: open after a short dwell, close after a short grace. */
const OPEN_DELAY = 500;
const CLOSE_DELAY = 300;
const MUTATION_DEBOUNCE = 600;

/** Set on the isolated world by the popup's "Analyse this page" before it injects the analyser. */
const FORCE_FLAG = '__marsadForce';
const RUNNING = Symbol.for('marsad.session');

/** Menus, headers, footers and sidebars, when the whole body has to be indexed. */
const isChrome = (el: Element) => /^(NAV|HEADER|FOOTER|ASIDE|FORM)$/.test(el.tagName) || el.getAttribute('role') === 'navigation';

export async function runSession(ctx: ContentScriptContext): Promise<void> {
  const world = globalThis as Record<string | symbol, unknown>;
  if (world[RUNNING]) return; // injected twice ("Analyse this page" on a site where Marsad already runs)
  world[RUNNING] = true;
  ctx.onInvalidated(() => delete world[RUNNING]);
  const forced = world[FORCE_FLAG] === true;
  delete world[FORCE_FLAG];

  let state: PageState = { url: location.href, analysed: false, isArabic: false, isArabicNews: false, entities: [], article: null };
  let session: Session | undefined;
  let settle!: () => void;
  const ready = new Promise<void>((resolve) => (settle = resolve));
  // One listener for the whole life of the page. It answers once the first reading is done (a
  // popup opened while the page is being analysed waits for it rather than read a blank state).
  ctx.onInvalidated(
    onMessage('getPage', async () => {
      await ready;
      return session?.state ?? state;
    }),
  );
  // Notices for what was done from outside the page (the context menu's save and add).
  const toast = new Toast(document);
  ctx.onInvalidated(() => toast.hide());
  ctx.onInvalidated(onMessage('notify', ({ data }) => toast.show(data.kind, data.text, data.lang)));
  try {
    const settings = await loadSettings();
    if (ctx.isInvalid) return;
    const site = builtinSiteOf(location.href);
    if (!forced && site && settings.disabledSites.includes(site.id)) {
      state = { ...state, reason: 'disabled on this site' };
      return;
    }
    const attempt = async (): Promise<boolean> => {
      // The cheap check first: a page in another script costs a few thousand characters of reading.
      if (!looksArabic(document)) {
        state = { ...state, reason: 'not Arabic script' };
        return false;
      }
      const s = new Session(ctx, settings, forced);
      if (await s.start()) {
        session = s;
        return true;
      }
      state = s.state;
      s.destroy();
      return false;
    };
    if (!(await attempt())) followLateArticle(ctx, attempt);
  } finally {
    settle();
  }
}

/** How long, and how often, a page that is not (yet) an article is read again as it changes. */
const LATE_ARTICLE_DELAY = 800;
const LATE_ARTICLE_ATTEMPTS = 12;

/**
 * Pages that fetch their story after loading start as menus and footers. Reads the page again
 * (debounced) when it changes, a limited number of times, until it is an article.
 */
function followLateArticle(ctx: ContentScriptContext, attempt: () => Promise<boolean>): void {
  if (!document.body) return;
  let timer = 0;
  let left = LATE_ARTICLE_ATTEMPTS;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = ctx.setTimeout(async () => {
      left--;
      if ((await attempt()) || left <= 0) observer.disconnect();
    }, LATE_ARTICLE_DELAY);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}

class Session {
  state: PageState;
  private article!: ExtractedArticle;
  private analysis: Analysis | undefined;
  /** The entities of the text painted last (the article's container, and the headline). */
  private painted: EntityMentions[] = [];
  private gazetteer!: Gazetteer;
  private edits: KnowledgeEdit[] = [];
  private readonly painter: Highlighter;
  private readonly card: CardHost;
  private locator: MentionLocator | undefined;
  private hovered: PlacedMention | undefined;
  private openTimer = 0;
  private closeTimer = 0;
  private focusIndex = -1;
  private observer: MutationObserver | undefined;
  private mutationTimer = 0;
  /** The article's container in the live page (what is painted and watched). */
  private root: Element | undefined;
  private locale: Locale;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
    private readonly forced: boolean,
  ) {
    this.state = { url: location.href, analysed: false, isArabic: true, isArabicNews: false, entities: [], article: null };
    this.painter = new Highlighter(document);
    this.card = new CardHost(document);
    this.locale = settings.language === 'auto' ? localeOf(navigator.language) : settings.language;
  }

  /** Reads the page; paints and starts listening when it is an Arabic article. Returns whether it did. */
  async start(): Promise<boolean> {
    this.article = extractArticle(document, location.href);
    const detection = detect(this.article.text, { declaredArticle: this.article.declaredArticle, hasDate: this.article.publishedAt !== null });
    this.state = { ...this.state, isArabic: detection.isArabic, isArabicNews: detection.isArabicNews, reason: detection.reason };
    if (!detection.isArabic || (!detection.isArabicNews && !this.forced)) return false;

    this.edits = await sendMessage('knowledgeEdits').catch(() => []);
    if (this.ctx.isInvalid) return false;
    this.compile();
    this.analyse();
    this.paint();
    this.listen();
    this.ctx.onInvalidated(() => this.destroy());
    void sendMessage('pageAnalysed', { entityCount: this.state.entities.length }).catch(() => undefined);
    if (this.settings.autoSave && detection.isArabicNews && this.state.article) {
      void sendMessage('savePage', this.state.article).catch(() => undefined);
    }
    return true;
  }

  private compile(): void {
    this.gazetteer = compileGazetteer(applyEdits(BUILTIN_ENTITIES, this.edits));
  }

  private analyse(): void {
    const a = this.article;
    this.analysis = analyze(a.text, this.gazetteer);
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

  /** Finds the mentions in the live article and paints them. */
  private paint(): void {
    this.observer?.disconnect();
    const root = findArticleRoot(document, this.article.text) ?? document.body;
    this.root = root;
    const roots: Node[] = [root];
    // The headline often sits outside the story's container.
    const h1 = document.querySelector('h1');
    if (h1 && !root.contains(h1) && this.article.title && h1.textContent?.includes(this.article.title.slice(0, 20))) roots.unshift(h1);
    const index = indexText(roots, root === document.body ? { skip: isChrome } : {});
    const found = analyze(index.text, this.gazetteer, { mentionsOnly: true });
    this.painted = found.entities;
    const placed: PlacedMention[] = [];
    for (const e of found.entities) {
      if (!this.settings.types[e.type]) continue;
      const mentions = this.settings.highlight === 'first' ? e.mentions.slice(0, 1) : e.mentions;
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
    this.focusIndex = -1;
    this.observe();
  }

  private observe(): void {
    if (!document.body) return;
    this.observer ??= new MutationObserver((records) => {
      // Tickers, ads and menus change all the time: only changes to the article (or a page whose
      // article container went away) are worth reading again.
      const root = this.root;
      if (root?.isConnected && root !== document.body && records.every((r) => !root.contains(r.target))) return;
      clearTimeout(this.mutationTimer);
      this.mutationTimer = this.ctx.setTimeout(() => this.refresh(), MUTATION_DEBOUNCE);
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  /** The page changed (content loaded later, a framework re-rendered): read and paint again. */
  private refresh(): void {
    if (this.ctx.isInvalid) return;
    const fresh = extractArticle(document, location.href);
    if (fresh.text !== this.article.text) {
      this.article = fresh;
      this.analyse();
    }
    this.paint();
  }

  private entityOf(id: string): CardEntity | undefined {
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

  private gazetteerEntity(id: string) {
    const i = this.gazetteer.indexOf.get(id);
    return i === undefined ? undefined : this.gazetteer.entities[i];
  }

  private listen(): void {
    const ctx = this.ctx;
    let frame = 0;
    ctx.addEventListener(document, 'pointermove', (ev: Event) => {
      const e = ev as PointerEvent;
      if (frame) return;
      frame = ctx.requestAnimationFrame(() => {
        frame = 0;
        this.onPointer(e.clientX, e.clientY, e.target);
      });
    }, { passive: true });
    ctx.addEventListener(document, 'keydown', (ev: Event) => this.onKey(ev as KeyboardEvent), { capture: true });
    ctx.addEventListener(window, 'scroll', () => this.hovered === undefined && this.focusIndex < 0 && this.card.hide(), { passive: true });
    const stopWatching = watchSettings((s) => {
      this.settings = s;
      this.locale = s.language === 'auto' ? localeOf(navigator.language) : s.language;
      const site = builtinSiteOf(location.href);
      if (site && s.disabledSites.includes(site.id) && !this.forced) this.destroy();
      else this.paint();
    });
    ctx.onInvalidated(stopWatching);
    ctx.onInvalidated(
      onMessage('knowledgeChanged', async () => {
        this.edits = await sendMessage('knowledgeEdits').catch(() => this.edits);
        this.compile();
        this.analyse();
        this.paint();
        void sendMessage('pageAnalysed', { entityCount: this.state.entities.length }).catch(() => undefined);
      }),
    );
  }

  private onPointer(x: number, y: number, target: EventTarget | null): void {
    if (this.card.contains(target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const m = this.locator?.atPoint(document, x, y);
    if (m === this.hovered) return;
    this.hovered = m;
    clearTimeout(this.openTimer);
    if (m) {
      clearTimeout(this.closeTimer);
      this.openTimer = this.ctx.setTimeout(() => this.openCard(m), this.card.isOpen ? 0 : OPEN_DELAY);
    } else if (this.card.isOpen && this.focusIndex < 0) {
      this.closeTimer = this.ctx.setTimeout(() => this.card.hide(), CLOSE_DELAY);
    }
  }

  /** Alt+Shift+↓ / ↑ steps through the mentions (also J / K with Alt+Shift); Escape closes the card. */
  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.card.isOpen) {
      this.card.hide();
      this.painter.focus(null);
      this.focusIndex = -1;
      return;
    }
    if (!e.altKey || !e.shiftKey || !this.locator || this.locator.size === 0) return;
    const next = e.key === 'ArrowDown' || e.code === 'KeyJ';
    const prev = e.key === 'ArrowUp' || e.code === 'KeyK';
    if (!next && !prev) return;
    e.preventDefault();
    e.stopPropagation();
    const n = this.locator.size;
    this.focusIndex = next ? (this.focusIndex + 1) % n : (this.focusIndex - 1 + n) % n;
    const m = this.locator.all[this.focusIndex]!;
    this.painter.focus(m);
    const box = m.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) window.scrollBy({ top: box.top - innerHeight / 3 });
    this.openCard(m);
  }

  private openCard(m: PlacedMention): void {
    const entity = this.entityOf(m.entityId);
    if (!entity || !this.locator) return;
    entity.mentionText = this.locator.text.slice(m.start, m.end);
    const t = stringsFor(this.locale);
    let data: EntityCard | undefined;
    let error: string | undefined;
    // Once a discovered actor is added, its history is the new entity's.
    let historyId = entity.id;
    const props = () => ({
      locale: this.locale,
      entity,
      color: this.settings.colors[entity.type],
      data,
      error,
      onOpenHistory: () => void sendMessage('openHistory', { entityId: historyId }).catch(() => undefined),
      onHide: () => void this.edit(entity.id, { hidden: true }),
      onNotThis: () => void this.edit(entity.id, { excluded: [entity.mentionText] }),
      // The background stores it, moves its saved history and tells every tab (this one re-reads the page).
      onAdd: async (req: AddDiscoveredRequest) => {
        const reply = await sendMessage('addDiscovered', req);
        historyId = reply.id;
        return reply;
      },
      onClose: () => {
        this.card.hide();
        this.painter.focus(null);
        this.focusIndex = -1;
      },
    });
    this.card.show(props(), m.range.getBoundingClientRect());
    sendMessage('entityCards', { entityIds: [entity.id], excludeUrl: location.href, articles: 3, statements: 3 }).then(
      ([card]) => {
        data = card ?? { id: entity.id, articleCount: 0, articles: [], statementCount: 0, statements: [] };
        this.card.update(props());
      },
      () => {
        error = t.failed;
        this.card.update(props());
      },
    );
  }

  /** Hides an entity or excludes a form, through the background (which tells every tab). */
  private async edit(id: string, change: { hidden?: boolean; excluded?: string[] }): Promise<void> {
    const had = this.edits.find((e) => e.id === id);
    const origin = had?.origin ?? (id.includes(':user-') ? 'user' : 'edit');
    await sendMessage('editKnowledge', {
      ...(had ?? { id, origin }),
      id,
      origin,
      hidden: change.hidden ?? had?.hidden,
      excluded: change.excluded ? [...new Set([...(had?.excluded ?? []), ...change.excluded])] : had?.excluded,
      updatedAt: new Date().toISOString(),
    });
    this.card.hide();
  }

  destroy(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    clearTimeout(this.mutationTimer);
    this.observer?.disconnect();
    this.painter.destroy();
    this.card.destroy();
    this.locator = undefined;
  }
}
