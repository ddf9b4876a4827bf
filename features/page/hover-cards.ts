/**
 * The reader's side of the painted page: a card opens after a short dwell on a mention (or as the
 * keyboard steps through them, keyboard.ts), fills in from the saved corpus, and offers the card's
 * actions. Listens until the signal aborts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionLocator } from '../../lib/highlight/hit';
import type { Highlighter, PlacedMention } from '../../lib/highlight/highlighter';
import type { AddDiscoveredRequest, CorpusCard } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { stringsFor, type Locale } from '../../lib/i18n/strings';
import type { CardEntity } from '../../components/card/EntityCard';
import { callBackground } from '../../platform/messaging';
import { CardHost } from './card-host';
import { MentionKeys } from './keyboard';

/** Timings like Wikipedia's page previews: open after a short dwell, close after a short grace. */
const OPEN_DELAY = 500;
const CLOSE_DELAY = 300;

/** What the cards need from the page's reading. */
export interface CardSource {
  readonly settings: Settings;
  readonly locale: Locale;
  readonly painter: Highlighter;
  /** Where the painted mentions are (undefined before the first painting). */
  readonly locator: MentionLocator | undefined;
  entityOf(id: string): CardEntity | undefined;
  /** Hides an entity or excludes a form of it. */
  edit(id: string, change: { hidden?: boolean; excluded?: string[] }): Promise<void>;
}

export class HoverCards {
  private readonly card: CardHost;
  private hovered: PlacedMention | undefined;
  private openTimer = 0;
  private closeTimer = 0;
  private readonly keys: MentionKeys;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly source: CardSource,
  ) {
    this.card = new CardHost(document);
    this.keys = new MentionKeys({
      get locator() {
        return source.locator;
      },
      step: (m) => {
        source.painter.focus(m);
        this.open(m);
      },
      escape: () => {
        if (!this.card.isOpen) return false;
        this.close();
        return true;
      },
    });
  }

  /** Starts following the pointer, the keyboard and scrolling, until `signal` aborts. */
  listen(signal: AbortSignal): void {
    let frame = 0;
    document.addEventListener(
      'pointermove',
      (e) => {
        if (frame) return;
        frame = this.ctx.requestAnimationFrame(() => {
          frame = 0;
          this.onPointer(e.clientX, e.clientY, e.target);
        });
      },
      { passive: true, signal },
    );
    window.addEventListener('scroll', () => this.hovered === undefined && !this.keys.active && this.card.hide(), { passive: true, signal });
    this.keys.listen(signal);
  }

  /** The page was painted again: the old mentions are gone. */
  reset(): void {
    this.keys.reset();
    this.hovered = undefined;
  }

  hide(): void {
    this.card.hide();
  }

  destroy(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.card.destroy();
  }

  private onPointer(x: number, y: number, target: EventTarget | null): void {
    if (this.card.contains(target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const m = this.source.locator?.atPoint(document, x, y);
    if (m === this.hovered) return;
    this.hovered = m;
    clearTimeout(this.openTimer);
    if (m) {
      clearTimeout(this.closeTimer);
      this.openTimer = this.ctx.setTimeout(() => this.open(m), this.card.isOpen ? 0 : OPEN_DELAY);
    } else if (this.card.isOpen && !this.keys.active) {
      this.closeTimer = this.ctx.setTimeout(() => this.card.hide(), CLOSE_DELAY);
    }
  }

  private close(): void {
    this.card.hide();
    this.source.painter.focus(null);
    this.keys.reset();
  }

  private open(m: PlacedMention): void {
    const source = this.source;
    const entity = source.entityOf(m.entityId);
    if (!entity || !source.locator) return;
    entity.mentionText = source.locator.text.slice(m.start, m.end);
    let data: CorpusCard | undefined;
    let error: string | undefined;
    // Once a discovered actor is added, its history is the new entity's.
    let historyId = entity.id;
    const props = () => ({
      locale: source.locale,
      entity,
      color: source.settings.colors[entity.type],
      data,
      error,
      onOpenHistory: () => void callBackground('openHistory', { entityId: historyId }).catch(() => undefined),
      onHide: () => editThenHide({ hidden: true }),
      onNotThis: () => editThenHide({ excluded: [entity.mentionText] }),
      // The background stores it, moves its saved history and tells every tab (this one re-reads the page).
      onAdd: async (req: AddDiscoveredRequest) => {
        const reply = await callBackground('addDiscovered', req);
        historyId = reply.id;
        return reply;
      },
      onClose: () => this.close(),
    });
    const editThenHide = (change: { hidden?: boolean; excluded?: string[] }) =>
      void source.edit(entity.id, change).then(
        () => this.card.hide(),
        () => {
          error = stringsFor(source.locale).failed;
          this.card.update(props());
        },
      );
    this.card.show(props(), m.range.getBoundingClientRect());
    callBackground('entityCards', { entityIds: [entity.id], excludeUrl: location.href, articles: 3, statements: 3 }).then(
      ([card]) => {
        data = card ?? { id: entity.id, articleCount: 0, articles: [], statementCount: 0, statements: [] };
        this.card.update(props());
      },
      () => {
        error = stringsFor(source.locale).failed;
        this.card.update(props());
      },
    );
  }
}
