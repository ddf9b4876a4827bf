/**
 * The hover card inside its frame (an extension page in the page, entrypoints/card): takes its end
 * of the private line from the content script (lib/card-channel.ts), shows the card it is told
 * to, asks the background for what the corpus knows, and does the card's actions itself: hide the
 * entity, «not this», add a discovered actor, open the history. The content script is told only
 * when to show the frame, close it or move on; the page, nothing.
 *
 * Each showing is one interaction with its own AbortController: a newer showing, or the card
 * being hidden, aborts it, and what it started (the corpus's reply, an edit) never touches the
 * card again. While the page covers the card or draws it altered (visibility.ts), its controls do
 * nothing and it says so.
 */
import { h, render } from 'preact';
import { isHandover, isToFrame, type CardShow, type FromFrame, type ToFrame } from '../../lib/card-channel';
import type { AddDiscoveredRequest, CorpusCard } from '../../lib/messages';
import { errorText, stringsFor } from '../../lib/i18n/strings';
import { EntityCard, type EntityCardProps } from '../../components/card/EntityCard';
import type { MarsadClient } from '../../components/client';
import { SeenGate } from './visibility';

/** What the frame asks of the background. */
export type Call = MarsadClient['call'];

/** The frame's end of the line: what it posts, and where what comes in is delivered. */
export interface FrameLine {
  post(message: FromFrame): void;
  listen(receive: (message: ToFrame) => void): void;
}

/** Pointer reports to the content script, at most this often (ms): it only needs to know the pointer is here. */
const POINTER_EVERY = 100;

/**
 * Waits for the content script's end of the line: the first message from the parent window that
 * carries `word` and one port. Everything else posted to the frame is ignored, then and later.
 */
export function awaitLine(view: Window, word: string): Promise<FrameLine> {
  return new Promise((resolve) => {
    const take = (e: MessageEvent) => {
      if (e.source !== view.parent || !isHandover(e.data, e.ports, word)) return;
      view.removeEventListener('message', take);
      const port = e.ports[0]!;
      resolve({
        post: (m) => port.postMessage(m),
        listen: (receive) => {
          port.onmessage = (m: MessageEvent) => {
            if (isToFrame(m.data)) receive(m.data);
          };
        },
      });
    };
    view.addEventListener('message', take);
  });
}

/** The word in the frame's address (`card.html#<word>`), which the handover must carry. */
export function wordOf(location: Location): string {
  return location.hash.slice(1);
}

export class CardFrame {
  /** The showing on screen (undefined: hidden). */
  private shown: (CardShow & { seq: number }) | undefined;
  private interaction: AbortController | undefined;
  private data: CorpusCard | undefined;
  private error: string | undefined;
  /** Once a discovered actor is added, its history is the new entity's. */
  private historyId = '';
  /** The content script sees the page draw the card altered (heeded where the browser cannot tell the frame itself). */
  private altered = false;
  private readonly gate: SeenGate;
  private lastPointer = -Infinity;

  constructor(
    private readonly doc: Document,
    private readonly root: HTMLElement,
    private readonly line: FrameLine,
    private readonly call: Call,
    gate?: (changed: () => void) => SeenGate,
  ) {
    this.gate = (gate ?? ((changed) => new SeenGate(changed)))(() => this.render());
    line.listen((m) => this.receive(m));
  }

  /** Listens to the reader in the frame (clicks, keys, the pointer) until `signal` aborts. */
  listen(signal: AbortSignal): void {
    const view = this.doc.defaultView!;
    // Before any of the card's own handlers: a click on a card the reader does not see as it is does nothing.
    const refuse = (e: Event) => {
      if (this.allows()) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    view.addEventListener('click', refuse, { capture: true, signal });
    view.addEventListener('auxclick', refuse, { capture: true, signal });
    this.doc.addEventListener('keydown', (e) => this.onKey(e), { signal });
    this.doc.addEventListener(
      'pointermove',
      (e) => {
        if (e.timeStamp - this.lastPointer < POINTER_EVERY) return;
        this.lastPointer = e.timeStamp;
        this.line.post({ type: 'pointer' });
      },
      { passive: true, signal },
    );
    signal.addEventListener('abort', () => this.gate.stop());
  }

  /**
   * The card's controls do something: it is seen as it is drawn. Where the browser can tell
   * (visibility.ts), its word; elsewhere, the content script's.
   */
  allows(): boolean {
    return this.shown !== undefined && (this.gate.supported ? this.gate.seen : !this.altered);
  }

  /** The card says that the page covers it or draws it altered. */
  private obscured(): boolean {
    return this.gate.supported ? this.gate.hidden : this.altered;
  }

  private receive(m: ToFrame): void {
    if (m.type === 'show') this.show(m);
    else if (m.type === 'hide') this.hide();
    else if (m.type === 'focus') this.card()?.focus();
    else {
      this.altered = m.value;
      this.render();
    }
  }

  private show(m: CardShow & { seq: number }): void {
    // A new interaction: whatever the previous showing started may no longer touch the card.
    this.interaction?.abort();
    const interaction = new AbortController();
    this.interaction = interaction;
    this.shown = { seq: m.seq, entity: m.entity, color: m.color, locale: m.locale, ownNotPainted: m.ownNotPainted, excludeUrl: m.excludeUrl };
    this.data = undefined;
    this.error = undefined;
    this.historyId = m.entity.id;
    this.doc.documentElement.lang = m.locale;
    this.doc.documentElement.dir = m.locale === 'ar' ? 'rtl' : 'ltr';
    this.render();
    const card = this.card();
    if (card) {
      this.gate.watch(card);
      // Another entity's card starts at its top.
      const body = card.querySelector('.body');
      if (body) body.scrollTop = 0;
    }
    // Drawn: the content script may show the frame (it was hidden while this was drawn, so no earlier card flashes).
    this.line.post({ type: 'ready', seq: m.seq });
    const { signal } = interaction;
    this.call('entityCards', { entityIds: [m.entity.id], excludeUrl: m.excludeUrl, articles: 3, statements: 3 }).then(
      ([card]) => {
        if (signal.aborted) return;
        this.data = card ?? { id: m.entity.id, articleCount: 0, articles: [], statementCount: 0, statements: [] };
        this.render();
      },
      () => this.failed(signal),
    );
  }

  private hide(): void {
    this.interaction?.abort();
    this.interaction = undefined;
    this.shown = undefined;
    this.doc.documentElement.dataset.seen = 'false';
  }

  private failed(signal: AbortSignal): void {
    if (signal.aborted || !this.shown) return;
    this.error = stringsFor(this.shown.locale).failed;
    this.render();
  }

  private render(): void {
    const s = this.shown;
    if (!s) return;
    const signal = this.interaction!.signal;
    const props: EntityCardProps = {
      locale: s.locale,
      entity: s.entity,
      color: s.color,
      ownNotPainted: s.ownNotPainted,
      data: this.data,
      error: this.error,
      obscured: this.obscured(),
      onOpenHistory: () => {
        if (this.allows()) void this.call('openHistory', { entityId: this.historyId }).catch(() => undefined);
      },
      onHide: () => this.edit(signal, s.seq, { hidden: true }),
      onNotThis: () => this.edit(signal, s.seq, { excluded: [s.entity.mentionText] }),
      // The background stores it, moves its saved history and tells every tab (the page reads itself again).
      onAdd: async (req: AddDiscoveredRequest) => {
        if (!this.allows()) throw new Error(stringsFor(s.locale).cardObscured);
        const reply = await this.call('addDiscovered', req);
        if (!signal.aborted) this.historyId = reply.id;
        return reply;
      },
      onClose: () => this.line.post({ type: 'close', seq: s.seq }),
    };
    render(h(EntityCard, props), this.root);
    // Whether the controls act now, on the frame's own root (out of the page's reach; the tests read it).
    this.doc.documentElement.dataset.seen = String(this.allows());
  }

  /** Hides the entity or excludes the form on the page, then tells the content script the card is done. */
  private edit(signal: AbortSignal, seq: number, change: { hidden?: boolean; excluded?: string[] }): void {
    const s = this.shown;
    if (!s || !this.allows()) return;
    const id = s.entity.id;
    void (async () => {
      const had = (await this.call('knowledgeEdits')).find((e) => e.id === id);
      const origin = had?.origin ?? (id.includes(':user-') ? 'user' : 'edit');
      await this.call('editKnowledge', {
        ...(had ?? { id, origin }),
        id,
        origin,
        hidden: change.hidden ?? had?.hidden,
        excluded: change.excluded ? [...new Set([...(had?.excluded ?? []), ...change.excluded])] : had?.excluded,
        updatedAt: new Date().toISOString(),
      });
    })().then(
      () => {
        // The background tells every tab; this card has done its work (unless the reader moved on).
        if (!signal.aborted) this.line.post({ type: 'done', seq });
      },
      (e: unknown) => {
        if (signal.aborted) return;
        this.error = errorText(s.locale, e);
        this.render();
      },
    );
  }

  private onKey(e: KeyboardEvent): void {
    const s = this.shown;
    if (!s) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.line.post({ type: 'close', seq: s.seq });
      return;
    }
    if (e.altKey && e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.code === 'KeyJ' || e.code === 'KeyK')) {
      e.preventDefault();
      this.line.post({ type: 'step', forward: e.key === 'ArrowDown' || e.code === 'KeyJ' });
      return;
    }
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    // Past the card's last control, or before its first: back to the page, where the reader came from.
    const controls = this.controls();
    const active = this.doc.activeElement;
    const atEdge = e.shiftKey ? active === controls[0] || active === this.card() || controls.length === 0 : active === controls.at(-1) || controls.length === 0;
    if (!atEdge) return;
    e.preventDefault();
    this.line.post({ type: 'leave' });
  }

  private card(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.card');
  }

  /** The card's controls in the keyboard's order. */
  private controls(): HTMLElement[] {
    const card = this.card();
    if (!card) return [];
    return [...card.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"])')];
  }
}
