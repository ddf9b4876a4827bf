/**
 * The reader's side of the painted page: a card opens after a short dwell on a mention (or as the
 * keyboard steps through them, keyboard.ts). The card itself — what the corpus knows, its
 * actions — lives in its frame (features/card/frame.ts), where the page cannot read it: this side
 * says which mention's card to show, places it, and follows the pointer and the keyboard in and
 * out of it. Listens until the signal aborts; plain timers, cleared by destroy().
 */
import type { CardEntity } from '../../lib/card-channel';
import type { MentionLocator } from '../../lib/highlight/hit';
import type { Highlighter, PlacedMention } from '../../lib/highlight/highlighter';
import type { Settings } from '../../lib/settings';
import type { Locale } from '../../lib/i18n/strings';
import { CardHost } from './card-host';
import type { OpenCardLine } from './card-line';
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
}

export class HoverCards {
  private readonly card: CardHost;
  private hovered: PlacedMention | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The pointer's last position, read once a frame. */
  private pointer: { x: number; y: number; target: EventTarget | null } | undefined;
  private readonly pointerFrame = new NextFrame(() => this.pointer && this.onPointer(this.pointer.x, this.pointer.y, this.pointer.target));
  /** The mention whose card is open. */
  private shown: PlacedMention | undefined;
  /** The pointer is on the card (the frame said so; the page sees nothing of it there). */
  private inCard = false;
  private readonly keys: MentionKeys;

  /** @param openLine the line to the card's frame (tests give their own) */
  constructor(
    private readonly source: CardSource,
    openLine?: OpenCardLine,
  ) {
    this.card = new CardHost(
      document,
      {
        close: () => this.close(),
        // Hidden or «not this»: the page is read again (the background tells every tab), the card has nothing more to say.
        done: () => this.dismiss(),
        pointer: () => {
          // The pointer left the page for the card: it is not leaving the card.
          this.pointerFrame.cancel();
          this.pointer = undefined;
          this.inCard = true;
          clearTimeout(this.closeTimer);
        },
        step: (forward) => this.keys.step(forward),
      },
      openLine,
    );
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
      // Tab, once the keyboard has opened a card, goes into it; Tab past its end comes back (card-host.ts).
      enter: () => this.card.focusInside(),
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
    this.card.destroy();
  }

  private onPointer(x: number, y: number, target: EventTarget | null): void {
    if (this.card.contains(target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const m = this.source.locator?.atPoint(document, x, y);
    // Back from the card: wherever the pointer is now, the card may have to close.
    const fromCard = this.inCard;
    this.inCard = false;
    if (m === this.hovered && !fromCard) return;
    this.hovered = m;
    clearTimeout(this.openTimer);
    if (m && m === this.shown && this.card.isOpen) {
      clearTimeout(this.closeTimer);
    } else if (m) {
      clearTimeout(this.closeTimer);
      // The frame loads while the pointer rests, before the first card is due.
      this.card.prepare();
      this.openTimer = setTimeout(() => this.open(m), this.card.isOpen ? 0 : OPEN_DELAY);
    } else if (this.card.isOpen && !this.keys.active) {
      this.closeTimer = setTimeout(() => this.dismiss(), CLOSE_DELAY);
    }
  }

  /** Hides the card. */
  private dismiss(): void {
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
    this.shown = m;
    // Only what the page already has: the entity's names and the words on the page; the frame asks the corpus.
    this.card.show(
      {
        entity,
        color: source.settings.colors[entity.type],
        locale: source.locale,
        ownNotPainted: !source.settings.paintOwnEntities,
        excludeUrl: location.href,
      },
      m.range,
    );
  }
}
