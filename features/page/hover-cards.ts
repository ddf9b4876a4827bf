/**
 * The reader's side of the painted page: a card opens after a short dwell on a mention (or as the
 * keyboard steps through them, keyboard.ts), fills in from the saved corpus, and offers the card's
 * actions. Each opening is one interaction with its own AbortController: a newer one (another
 * mention) or closing the card aborts it, and what it started (the corpus's reply, an edit) never
 * touches the card again. Listens until the signal aborts; plain timers, cleared by destroy().
 */
import type { MentionLocator } from '../../lib/highlight/hit';
import type { Highlighter, PlacedMention } from '../../lib/highlight/highlighter';
import type { AddDiscoveredRequest, CorpusCard } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { stringsFor, type Locale } from '../../lib/i18n/strings';
import type { CardEntity } from '../../components/card/EntityCard';
import { callBackground } from '../../platform/messaging';
import { CardHost } from './card-host';
import { MentionKeys } from './keyboard';
import { NextFrame } from './timers';

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
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The pointer's last position, read once a frame. */
  private pointer: { x: number; y: number; target: EventTarget | null } | undefined;
  private readonly pointerFrame = new NextFrame(() => this.pointer && this.onPointer(this.pointer.x, this.pointer.y, this.pointer.target));
  /** The card's current interaction (one mention's card, from opening to closing). */
  private interaction: AbortController | undefined;
  /** The mention whose card is open. */
  private shown: PlacedMention | undefined;
  private readonly keys: MentionKeys;

  constructor(private readonly source: CardSource) {
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
    document.addEventListener(
      'pointermove',
      (e) => {
        this.pointer = { x: e.clientX, y: e.clientY, target: e.target };
        this.pointerFrame.schedule();
      },
      { passive: true, signal },
    );
    window.addEventListener('scroll', () => this.hovered === undefined && !this.keys.active && this.dismiss(), { passive: true, signal });
    this.keys.listen(signal);
  }

  /**
   * The page was painted again (a new text index, new mentions; `before` is the text painted
   * until now). A mention whose text and all the text before it are as they were is the same
   * mention: the pointer, the keyboard and the open card stay on it, the card anchored to its new
   * Range (a page that re-renders every few hundred ms would otherwise reopen the card and send
   * the keyboard back to the first mention each time). Any other lets go.
   */
  repainted(before: string): void {
    const locator = this.source.locator;
    const same = (m: PlacedMention | undefined): PlacedMention | undefined => {
      if (!m || !locator) return undefined;
      // Painted on the same text nodes, it kept its range (wherever the page's changes moved its offsets)...
      const kept = locator.all.find((x) => x.range === m.range);
      if (kept) return kept;
      // ... or the page replaced its nodes with the same text before it.
      if (locator.text.slice(0, m.end) !== before.slice(0, m.end)) return undefined;
      return locator.all.find((x) => x.start === m.start && x.end === m.end && x.entityId === m.entityId);
    };
    this.hovered = same(this.hovered);
    const shown = same(this.shown);
    if (shown) {
      this.shown = shown;
      this.card.follow(shown.range);
    }
    if (!this.keys.active) return;
    // The keyboard is on the mention whose card is open.
    if (shown && locator) {
      this.keys.moveTo(locator.all.indexOf(shown));
      this.source.painter.focus(shown);
    } else this.keys.reset();
  }

  hide(): void {
    this.dismiss();
  }

  destroy(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pointerFrame.cancel();
    this.interaction?.abort();
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
      this.openTimer = setTimeout(() => this.open(m), this.card.isOpen ? 0 : OPEN_DELAY);
    } else if (this.card.isOpen && !this.keys.active) {
      this.closeTimer = setTimeout(() => this.dismiss(), CLOSE_DELAY);
    }
  }

  /** Hides the card and ends its interaction. */
  private dismiss(): void {
    this.interaction?.abort();
    this.interaction = undefined;
    this.shown = undefined;
    this.card.hide();
  }

  private close(): void {
    this.dismiss();
    this.source.painter.focus(null);
    this.keys.reset();
  }

  private open(m: PlacedMention): void {
    const source = this.source;
    const entity = source.entityOf(m.entityId);
    if (!entity || !source.locator) return;
    entity.mentionText = source.locator.text.slice(m.start, m.end);
    // A new interaction: whatever the previous card started may no longer touch the card.
    this.interaction?.abort();
    const interaction = new AbortController();
    this.interaction = interaction;
    this.shown = m;
    const { signal } = interaction;
    let data: CorpusCard | undefined;
    let error: string | undefined;
    // Once a discovered actor is added, its history is the new entity's.
    let historyId = entity.id;
    const props = () => ({
      locale: source.locale,
      entity,
      color: source.settings.colors[entity.type],
      ownNotPainted: !source.settings.paintOwnEntities,
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
    /** Renders this card again, unless its interaction is over (a stale reply never renders). */
    const rerender = () => {
      if (!signal.aborted) shownCard.update(props());
    };
    const failed = () => {
      error = stringsFor(source.locale).failed;
      rerender();
    };
    const editThenHide = (change: { hidden?: boolean; excluded?: string[] }) =>
      void source.edit(entity.id, change).then(() => {
        if (!signal.aborted) this.dismiss();
      }, failed);
    const shownCard = this.card.show(props(), m.range);
    callBackground('entityCards', { entityIds: [entity.id], excludeUrl: location.href, articles: 3, statements: 3 }).then(([card]) => {
      data = card ?? { id: entity.id, articleCount: 0, articles: [], statementCount: 0, statements: [] };
      rerender();
    }, failed);
  }
}
