import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityCardProps } from '../../components/card/EntityCard';
import { entityWords, stringsFor } from '../../lib/i18n/strings';
import type { CorpusCard } from '../../lib/messages';
import { CardHost, type CardAnchor } from './card-host';
import { CARD_MARGIN } from './card-placement';

/** A ResizeObserver the test fires by hand (happy-dom lays nothing out, so it would never). */
class FakeResizeObserver {
  static last: FakeResizeObserver | undefined;
  readonly targets = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.last = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  fire() {
    this.callback([], this as unknown as ResizeObserver);
  }
}

const ORIGINAL_RESIZE_OBSERVER = globalThis.ResizeObserver;
/** The card's closed shadow roots, caught as they are made. */
let roots: ShadowRoot[];
/** The card's natural height (all its content) as the layout would measure it. */
let natural: number;
let host: CardHost;

beforeEach(() => {
  roots = [];
  natural = 100;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    return this.classList.contains('card') ? natural : 0;
  });
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.useFakeTimers();
  host = new CardHost(document);
});
afterEach(() => {
  host.destroy();
  vi.useRealTimers();
  vi.stubGlobal('ResizeObserver', ORIGINAL_RESIZE_OBSERVER);
  vi.restoreAllMocks();
});

/** A mention 60 × 20 px whose top is at `top` (happy-dom's window is 1024 × 768). */
function anchorAt(top: number): CardAnchor & { top: number } {
  const a = {
    top,
    getBoundingClientRect: () => new DOMRect(600, a.top, 60, 20),
  };
  return a;
}

const data = (id: string, articleCount: number): CorpusCard => ({ id, articleCount, articles: [], statementCount: 0, statements: [] });

function props(name: string, over: Partial<EntityCardProps> = {}): EntityCardProps {
  return {
    locale: 'en',
    entity: { id: `person:${name}`, name, nameEn: name, type: 'person', gender: 'm', mentionText: name },
    color: '#ffd54f',
    data: undefined,
    onOpenHistory: () => undefined,
    onHide: () => undefined,
    onNotThis: () => undefined,
    onClose: () => undefined,
    ...over,
  };
}

const t = stringsFor('en');
const element = () => document.querySelector<HTMLElement>('marsad-card')!;
const shownName = () => roots.at(-1)!.querySelector('.name')?.textContent;

/** The card's box as the window would draw it, from the host's style and the card's height capped at its room. */
function cardBox() {
  const style = element().style;
  const height = Math.min(natural, parseFloat(style.getPropertyValue('--marsad-card-room')));
  const top = style.top === 'auto' ? innerHeight - parseFloat(style.bottom) - height : parseFloat(style.top);
  return { top, bottom: top + height };
}

describe('CardHost', () => {
  it('places the card again when its data arrives and it grows: near the bottom it goes above its mention, inside the window (it stayed where «Loading…» fitted)', () => {
    const anchor = anchorAt(600);
    const shown = host.show(props('لافروف'), anchor);
    expect(cardBox().top).toBe(620 + CARD_MARGIN); // small enough to fit below

    natural = 530;
    shown.update(props('لافروف', { data: data('person:لافروف', 7) }));
    const box = cardBox();
    expect(box.bottom).toBe(600 - CARD_MARGIN);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom - box.top).toBe(530); // whole, no scrolling needed
  });

  it('places the card again when its size changes by itself (the ResizeObserver), from the next frame', () => {
    host.show(props('لافروف'), anchorAt(600));
    expect(cardBox().top).toBe(620 + CARD_MARGIN);
    natural = 530;
    FakeResizeObserver.last!.fire();
    vi.advanceTimersByTime(20);
    expect(cardBox().bottom).toBe(600 - CARD_MARGIN);
  });

  it('caps the card to the room it has when it fits on neither side: it scrolls within itself and stays inside the window', () => {
    natural = 2000;
    host.show(props('لافروف'), anchorAt(380));
    const box = cardBox();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(innerHeight);
    expect(box.bottom <= 380 || box.top >= 400).toBe(true);
  });

  it('follows its mention when the page scrolls under it, and never covers it', () => {
    const anchor = anchorAt(100);
    host.show(props('لافروف'), anchor);
    expect(cardBox().top).toBe(120 + CARD_MARGIN);
    anchor.top = 700;
    window.dispatchEvent(new Event('scroll'));
    expect(cardBox().bottom).toBe(700 - CARD_MARGIN);
  });

  it('an update from an earlier showing never renders: the card keeps the mention it shows now (a late reply showed the wrong entity)', () => {
    const first = host.show(props('لافروف'), anchorAt(100));
    const second = host.show(props('غوتيريش'), anchorAt(300));
    first.update(props('لافروف', { data: data('person:لافروف', 7) }));
    expect(shownName()).toBe('غوتيريش');
    expect(roots.at(-1)!.textContent).toContain(t.loading);

    second.update(props('غوتيريش', { data: data('person:غوتيريش', 2) }));
    expect(roots.at(-1)!.querySelector('h3')?.textContent).toBe(entityWords('en', { type: 'person', gender: 'm' }).otherSavedArticles(2));

    // Hidden, the card is no showing's: a reply arriving now is not drawn either.
    host.hide();
    second.update(props('غوتيريش', { data: data('person:غوتيريش', 9) }));
    expect(host.isOpen).toBe(false);
    expect(roots.at(-1)!.querySelector('h3')?.textContent).toBe(entityWords('en', { type: 'person', gender: 'm' }).otherSavedArticles(2));
  });
});
