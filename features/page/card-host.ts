/**
 * The in-page card's host: one <marsad-card> element whose closed shadow root holds the card's
 * frame, an extension page (features/card/frame.ts) that shows what the corpus knows where the
 * page cannot read it. The host is placed next to a mention (card-placement.ts) at a fixed size:
 * what the page can see of it — that a card is open, where, how large — follows from where the
 * mention is and how large the window is, never from what the card holds; and it is shown once
 * the frame has drawn the card («Loading…» at first), not when the corpus answers.
 *
 * Every style of the host is declared inside its shadow root with `!important`: a rule of the
 * page cannot change them, however it selects the host (for important declarations the inner
 * context wins, over the page's style sheets and its inline styles alike). What the page does
 * around the card — its root's opacity, a filter, something drawn over it — the frame sees for
 * itself where the browser can tell (features/card/visibility.ts); the host tells it too when
 * the page's root is drawn altered, for browsers that cannot.
 */
import type { CardShow, FromFrame } from '../../lib/card-channel';
import { CARD_HEIGHT, CARD_MARGIN, CARD_WIDTH, placeCard } from './card-placement';
import { openCardLine, type CardLine, type OpenCardLine } from './card-line';

/** What a card is placed next to: a mention's Range, measured again at each placing. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
}

/** What the reader did in the card that the page's side must follow. */
export interface CardEvents {
  /** Closed from inside (its × or Escape). */
  close(): void;
  /** Its edit went through (hidden, «not this»): nothing more to show. */
  done(): void;
  /** The pointer is on the card. */
  pointer(): void;
  /** Alt+Shift+↓ (forward) or ↑ pressed in the card. */
  step(forward: boolean): void;
}

/** The host's own style: nothing of the page's applies to it, and nothing is drawn on it but the frame. */
const HOST_CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: none !important; }
:host::before, :host::after { content: none !important; display: none !important; }
iframe { all: initial !important; display: block !important; width: 100% !important; height: 100% !important; border: 0 !important; background: transparent !important; color-scheme: light dark !important; }
`;

export class CardHost {
  private host: HTMLElement | undefined;
  private frame: HTMLElement | undefined;
  private line: CardLine | undefined;
  /** The host's place and size, rewritten at each placing (in the shadow root, out of the page's reach). */
  private placement: HTMLStyleElement | undefined;
  /** The mention of the showing asked for... */
  private anchor: CardAnchor | undefined;
  /** ... and of the one on the screen (the one before, until the frame has drawn the new one). */
  private placedAnchor: CardAnchor | undefined;
  /** Counts showings: the frame's messages about an earlier one are stale. */
  private seq = 0;
  private open = false;
  /** The last showing the frame has drawn since the card opened (0: none yet, nothing to see). */
  private drawnSeq = 0;
  /** What the frame was last told of the page's root (see `alteredByPage`). */
  private altered = false;
  /** Where the keyboard was before it came into the card. */
  private focusBefore: Element | null = null;
  private readonly listening = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly events: CardEvents,
    private readonly openLine: OpenCardLine = openCardLine,
  ) {
    const view = doc.defaultView;
    const again = () => this.open && this.place();
    view?.addEventListener('resize', again, { passive: true, signal: this.listening.signal });
    view?.addEventListener('scroll', again, { passive: true, signal: this.listening.signal });
  }

  /** The host element, when it is on the page. */
  get element(): HTMLElement | undefined {
    return this.host?.isConnected ? this.host : undefined;
  }

  /** A card is open (shown, or being drawn to be shown). */
  get isOpen(): boolean {
    return this.open;
  }

  /** The card is on the screen. */
  get isShown(): boolean {
    return this.open && this.drawnSeq > 0;
  }

  /** Does this event target lie inside the card? */
  contains(target: EventTarget | null): boolean {
    return target instanceof Node && this.host !== undefined && (target === this.host || this.host.contains(target));
  }

  /** Puts the frame in the page ahead of its first card (the pointer rests on a mention): it loads while the reader waits. */
  prepare(): void {
    this.ensure();
  }

  /**
   * Shows `card` next to `anchor` (a mention's Range), once the frame has drawn it: until then the
   * card on the screen, if any, stays as and where it is (neither a blank nor the last card flashes).
   */
  show(card: CardShow, anchor: CardAnchor): void {
    const line = this.ensure();
    const seq = ++this.seq;
    this.open = true;
    this.anchor = anchor;
    line.post({ type: 'show', seq, ...card });
    this.place();
  }

  /** The mention was painted again (the page re-rendered it): the card stays with it, at its new Range. */
  follow(anchor: CardAnchor): void {
    if (!this.anchor) return;
    this.anchor = anchor;
    if (this.drawnSeq === this.seq) this.placedAnchor = anchor;
    this.place();
  }

  hide(): void {
    if (this.open) this.line?.post({ type: 'hide' });
    const hadFocus = this.hasFocus();
    this.seq++;
    this.open = false;
    this.drawnSeq = 0;
    this.anchor = this.placedAnchor = undefined;
    this.place();
    if (hadFocus) this.giveFocusBack();
  }

  /** The keyboard comes into the card (Tab after the keyboard opened it); false when there is no card on screen. */
  focusInside(): boolean {
    if (!this.isShown || !this.frame) return false;
    this.focusBefore = this.doc.activeElement;
    this.frame.focus();
    this.line?.post({ type: 'focus' });
    return true;
  }

  /** The keyboard goes back to the page, where it was before it came into the card. */
  giveFocusBack(): void {
    const before = this.focusBefore;
    this.focusBefore = null;
    if (before instanceof HTMLElement && before.isConnected && before !== this.host && before !== this.doc.body) before.focus({ preventScroll: true });
    else this.frame?.blur();
  }

  destroy(): void {
    this.hide();
    this.listening.abort();
    this.line?.close();
    this.host?.remove();
    this.host = this.frame = this.line = this.placement = undefined;
  }

  /** The host and its frame, creating them (at the end of <html>) the first time, or again if the page took them away. */
  private ensure(): CardLine {
    if (this.host?.isConnected && this.line) return this.line;
    this.line?.close();
    const host = this.doc.createElement('marsad-card');
    const shadow = host.attachShadow({ mode: 'closed' });
    const base = this.doc.createElement('style');
    base.textContent = HOST_CSS;
    const placement = this.doc.createElement('style');
    const { frame, line } = this.openLine(this.doc, (m) => this.receive(m));
    shadow.append(base, placement, frame);
    this.line = line;
    this.doc.documentElement.append(host);
    this.host = host;
    this.frame = frame;
    this.placement = placement;
    this.open = false;
    this.drawnSeq = 0;
    return this.line;
  }

  private receive(m: FromFrame): void {
    switch (m.type) {
      case 'ready':
        if (m.seq !== this.seq || !this.open) return;
        this.drawnSeq = m.seq;
        this.placedAnchor = this.anchor;
        this.place();
        return;
      case 'close':
        if (m.seq === this.seq && this.open) this.events.close();
        return;
      case 'done':
        // An edit that ends after the reader moved on does not close the card now shown.
        if (m.seq === this.seq && this.open) this.events.done();
        return;
      case 'pointer':
        this.tellAltered();
        this.events.pointer();
        return;
      case 'step':
        this.events.step(m.forward);
        return;
      case 'leave':
        this.giveFocusBack();
        return;
    }
  }

  /** The keyboard is in the card (the document's focus is on the host, the frame's owner). */
  private hasFocus(): boolean {
    return this.host !== undefined && this.doc.activeElement === this.host;
  }

  /** Puts the frame where it fits, at its fixed size, or hides it (card-placement.ts). */
  private place(): void {
    const style = this.placement;
    if (!style) return;
    const anchor = this.placedAnchor;
    if (!this.isShown || !anchor) {
      style.textContent = '';
      return;
    }
    const view = this.doc.defaultView!;
    // The room a fixed element has: the window less its scroll bars.
    const seen = this.doc.scrollingElement;
    const room = {
      width: Math.min(view.innerWidth, seen?.clientWidth || view.innerWidth),
      height: Math.min(view.innerHeight, seen?.clientHeight || view.innerHeight),
    };
    const at = placeCard(anchor.getBoundingClientRect(), { width: CARD_WIDTH, height: CARD_HEIGHT }, room);
    const width = Math.min(CARD_WIDTH, room.width - 2 * CARD_MARGIN);
    const height = Math.min(CARD_HEIGHT, at.maxHeight);
    const edge = at.top === undefined ? `top: auto !important; bottom: ${at.bottom}px !important;` : `top: ${at.top}px !important; bottom: auto !important;`;
    style.textContent = `:host { display: block !important; left: ${at.left}px !important; ${edge} width: ${width}px !important; height: ${height}px !important; }`;
    this.tellAltered();
  }

  /** Tells the frame when the page's root starts or stops drawing the card altered. */
  private tellAltered(): void {
    if (!this.host || !this.isShown) return;
    const altered = alteredByPage(this.host);
    if (altered === this.altered) return;
    this.altered = altered;
    this.line?.post({ type: 'altered', value: altered });
  }
}

/**
 * Does the page draw the host altered: see-through, hidden, filtered, clipped, masked, blended or
 * transformed (other than moved), on the host or on the page's root, its one ancestor? What is
 * drawn over it, only the browser can tell (features/card/visibility.ts).
 */
export function alteredByPage(host: HTMLElement): boolean {
  const view = host.ownerDocument.defaultView;
  if (!view) return false;
  return [host, host.ownerDocument.documentElement].some((el) => {
    const s = view.getComputedStyle(el);
    const none = (v: string | undefined) => !v || v === 'none';
    return (
      Number(s.opacity || '1') < 1 ||
      (s.visibility !== '' && s.visibility !== 'visible') ||
      !none(s.filter) ||
      !none(s.clipPath) ||
      !none(s.getPropertyValue('mask-image')) ||
      (s.mixBlendMode !== '' && s.mixBlendMode !== 'normal') ||
      !(none(s.transform) || /^matrix\(1, 0, 0, 1, [-\d.e]+, [-\d.e]+\)$/.test(s.transform))
    );
  });
}
