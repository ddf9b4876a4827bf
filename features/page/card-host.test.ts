/**
 * The card's host on the page: its frame is shown only once it has drawn the card asked for, at a
 * size that says nothing of what the card holds, next to its mention; what the frame says about
 * an earlier showing is stale. The line to the frame is the test's (card-line.test.ts checks the
 * real one).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CardShow, FromFrame, ToFrame } from '../../lib/card-channel';
import { alteredByPage, CardHost, type CardAnchor } from './card-host';
import { CARD_HEIGHT, CARD_MARGIN, CARD_WIDTH } from './card-placement';
import type { OpenCardLine } from './card-line';

/** The host's closed shadow roots, caught as they are made. */
let roots: ShadowRoot[];
/** What the host told the frame. */
let told: ToFrame[];
/** What the frame tells the host. */
let frameSays: (m: FromFrame) => void;
let events: { close: ReturnType<typeof vi.fn<() => void>>; done: ReturnType<typeof vi.fn<() => void>>; pointer: ReturnType<typeof vi.fn<() => void>>; step: ReturnType<typeof vi.fn<(forward: boolean) => void>> };
let host: CardHost;

/** The frame, as the test stands in for it (happy-dom loads no frame): an element the keyboard can focus. */
const openLine: OpenCardLine = (doc, receive) => {
  frameSays = receive;
  const frame = doc.createElement('div');
  frame.tabIndex = 0;
  frame.className = 'frame';
  return { frame, line: { post: (m) => told.push(m), close: () => undefined } };
};

beforeEach(() => {
  fakeBrowser.reset();
  roots = [];
  told = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  events = { close: vi.fn<() => void>(), done: vi.fn<() => void>(), pointer: vi.fn<() => void>(), step: vi.fn<(forward: boolean) => void>() };
  host = new CardHost(document, events, openLine);
});
afterEach(() => {
  host.destroy();
  vi.restoreAllMocks();
  document.head.querySelectorAll('style').forEach((s) => s.remove());
});

/** A mention 60 × 20 px whose top is at `top` (happy-dom's window is 1024 × 768). */
function anchorAt(top: number): CardAnchor & { top: number } {
  const a = { top, getBoundingClientRect: () => new DOMRect(600, a.top, 60, 20) };
  return a;
}

function card(name: string, over: Partial<CardShow> = {}): CardShow {
  return {
    entity: { id: `person:${name}`, name, nameEn: name, type: 'person', gender: 'm', mentionText: name },
    color: '#ffd54f',
    locale: 'en',
    ownNotPainted: true,
    excludeUrl: 'https://news.example/a',
    ...over,
  };
}

/** The host's place and size, as its style inside the shadow root says ('hidden' when it is not displayed). */
function drawn(): { top: number; bottom: number; left: number; width: number; height: number } | 'hidden' {
  const rule = roots.at(-1)!.querySelectorAll('style')[1]!.textContent ?? '';
  if (!rule.includes('display: block')) return 'hidden';
  const px = (name: string) => {
    const m = new RegExp(`(?:^|[ ;{])${name}: (-?[\\d.]+)px`).exec(rule);
    return m ? Number(m[1]) : undefined;
  };
  const height = px('height')!;
  const top = px('top') ?? innerHeight - px('bottom')! - height;
  return { top, bottom: top + height, left: px('left')!, width: px('width')!, height };
}

const shows = () => told.filter((m): m is Extract<ToFrame, { type: 'show' }> => m.type === 'show');

describe('CardHost', () => {
  it('tells the frame only what the page has, and shows it once the frame has drawn that card: not before (no flash of the last one), not for an earlier card', () => {
    host.show(card('لافروف'), anchorAt(100));
    expect(shows()).toEqual([{ type: 'show', seq: 1, ...card('لافروف') }]);
    expect(host.isOpen).toBe(true);
    expect(drawn()).toBe('hidden');

    host.show(card('غوتيريش'), anchorAt(300));
    frameSays({ type: 'ready', seq: 1 });
    expect(drawn()).toBe('hidden');
    frameSays({ type: 'ready', seq: 2 });
    expect(drawn()).not.toBe('hidden');
  });

  it('from one card to the next, the card on the screen stays as and where it is until the frame has drawn the next (no blink)', () => {
    host.show(card('لافروف'), anchorAt(100));
    frameSays({ type: 'ready', seq: 1 });
    const first = drawn();
    host.show(card('غوتيريش'), anchorAt(300));
    expect(drawn()).toEqual(first);
    frameSays({ type: 'ready', seq: 2 });
    expect(drawn()).toMatchObject({ top: 320 + CARD_MARGIN });
  });

  it('is one fixed size, whatever the card holds (the page measures it), below its mention or above it near the window’s bottom, never over it', () => {
    host.show(card('لافروف'), anchorAt(100));
    frameSays({ type: 'ready', seq: 1 });
    const below = drawn();
    expect(below).toMatchObject({ top: 120 + CARD_MARGIN, width: CARD_WIDTH, height: CARD_HEIGHT });

    host.show(card('غوتيريش'), anchorAt(600));
    frameSays({ type: 'ready', seq: 2 });
    const above = drawn();
    expect(above).toMatchObject({ bottom: 600 - CARD_MARGIN, width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('follows its mention when the page scrolls under it', () => {
    const anchor = anchorAt(100);
    host.show(card('لافروف'), anchor);
    frameSays({ type: 'ready', seq: 1 });
    anchor.top = 650;
    window.dispatchEvent(new Event('scroll'));
    expect(drawn()).toMatchObject({ bottom: 650 - CARD_MARGIN });
  });

  it('hidden, it tells the frame (what the card started must stop), and the frame’s news of that showing is stale', () => {
    host.show(card('لافروف'), anchorAt(100));
    frameSays({ type: 'ready', seq: 1 });
    host.hide();
    expect(told.at(-1)).toEqual({ type: 'hide' });
    expect(drawn()).toBe('hidden');
    frameSays({ type: 'ready', seq: 1 });
    frameSays({ type: 'done', seq: 1 });
    frameSays({ type: 'close', seq: 1 });
    expect(drawn()).toBe('hidden');
    expect(events.done).not.toHaveBeenCalled();
    expect(events.close).not.toHaveBeenCalled();
  });

  it('an edit of an earlier card that ends now does not close the card shown now', () => {
    host.show(card('لافروف'), anchorAt(100));
    host.show(card('غوتيريش'), anchorAt(300));
    frameSays({ type: 'done', seq: 1 });
    expect(events.done).not.toHaveBeenCalled();
    frameSays({ type: 'done', seq: 2 });
    expect(events.done).toHaveBeenCalledOnce();
  });

  it('passes on the reader’s pointer and keys in the card', () => {
    host.show(card('لافروف'), anchorAt(100));
    frameSays({ type: 'ready', seq: 1 });
    frameSays({ type: 'pointer' });
    frameSays({ type: 'step', forward: false });
    expect(events.pointer).toHaveBeenCalledOnce();
    expect(events.step).toHaveBeenCalledWith(false);
  });

  it('is one host with a closed shadow root holding the frame; nothing of the page can be drawn on it', () => {
    host.show(card('لافروف'), anchorAt(100));
    const hosts = document.querySelectorAll('marsad-card');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot).toBeNull();
    expect(hosts[0]!.getAttributeNames()).toEqual([]);
    const [base] = roots.at(-1)!.querySelectorAll('style');
    expect(base!.textContent).toContain(':host { all: initial !important;');
    expect(base!.textContent).toContain(':host::before, :host::after { content: none !important;');
    expect(roots.at(-1)!.querySelector('.frame')).not.toBeNull();
  });

  it('tells the frame when the page’s root draws the card see-through or filtered (for browsers that cannot tell the frame)', () => {
    host.show(card('لافروف'), anchorAt(100));
    frameSays({ type: 'ready', seq: 1 });
    expect(told.filter((m) => m.type === 'altered')).toEqual([]);
    const style = document.createElement('style');
    style.textContent = 'html { opacity: 0.01; }';
    document.head.append(style);
    frameSays({ type: 'pointer' });
    expect(told.filter((m) => m.type === 'altered')).toEqual([{ type: 'altered', value: true }]);
    style.remove();
    window.dispatchEvent(new Event('scroll'));
    expect(told.filter((m) => m.type === 'altered')).toEqual([{ type: 'altered', value: true }, { type: 'altered', value: false }]);
  });
});

describe('alteredByPage', () => {
  it('a root drawn as it is is not altered; see-through, hidden, filtered or clipped is', () => {
    const el = document.createElement('marsad-card');
    document.documentElement.append(el);
    expect(alteredByPage(el)).toBe(false);
    for (const rule of ['opacity: 0.5', 'visibility: hidden', 'filter: blur(2px)', 'clip-path: inset(50%)']) {
      const style = document.createElement('style');
      style.textContent = `html { ${rule}; }`;
      document.head.append(style);
      expect(alteredByPage(el), rule).toBe(true);
      style.remove();
    }
    el.remove();
  });
});
