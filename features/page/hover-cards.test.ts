/**
 * The hover cards from the page's side: which card to show (only what the page has), and the
 * pointer and the keyboard in and out of the card's frame. The frame is the test's: it says what
 * the real one (features/card/frame.ts) would.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CardEntity, FromFrame, ToFrame } from '../../lib/card-channel';
import type { Highlighter, PlacedMention } from '../../lib/highlight/highlighter';
import type { MentionLocator } from '../../lib/highlight/hit';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HoverCards, type CardSource } from './hover-cards';
import type { OpenCardLine } from './card-line';

const TEXT = 'سيرغي لافروف وأنطونيو غوتيريش';
const PEOPLE: Record<string, CardEntity> = {
  'person:sergei-lavrov': { id: 'person:sergei-lavrov', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'person', gender: 'm', mentionText: '' },
  'person:antonio-guterres': { id: 'person:antonio-guterres', name: 'أنطونيو غوتيريش', nameEn: 'António Guterres', type: 'person', gender: 'm', mentionText: '' },
};

let cards: HoverCards;
let listening: AbortController;
let told: ToFrame[];
let frameSays: (m: FromFrame) => void;
let frame: HTMLElement;
/** Where the pointer finds a mention: x below 100 is on Lavrov's. */
let all: PlacedMention[];

function mentionsIn(p: HTMLElement): PlacedMention[] {
  const node = p.firstChild as Text;
  const at = (word: string, entityId: string): PlacedMention => {
    const start = TEXT.indexOf(word);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + word.length);
    return { entityId, type: 'person', start, end: start + word.length, range };
  };
  return [at('سيرغي لافروف', 'person:sergei-lavrov'), at('أنطونيو غوتيريش', 'person:antonio-guterres')];
}

/** The frame as the test stands in for it: it draws every card at once. */
const openLine: OpenCardLine = (doc, receive) => {
  frameSays = receive;
  frame = doc.createElement('div');
  frame.tabIndex = 0;
  return {
    frame,
    line: {
      post: (m) => {
        told.push(m);
        if (m.type === 'show') receive({ type: 'ready', seq: m.seq });
      },
      close: () => undefined,
    },
  };
};

beforeEach(() => {
  fakeBrowser.reset();
  told = [];
  const p = document.createElement('p');
  p.textContent = TEXT;
  const before = document.createElement('button');
  before.id = 'before';
  document.body.replaceChildren(before, p);
  all = mentionsIn(p);
  const locator = { size: all.length, all, text: TEXT, atPoint: (_d: Document, x: number) => (x < 100 ? all[0] : undefined) } as unknown as MentionLocator;
  const source: CardSource = {
    settings: DEFAULT_SETTINGS,
    locale: 'ar',
    painter: { focus: () => undefined } as unknown as Highlighter,
    locator,
    entityOf: (id) => (PEOPLE[id] ? { ...PEOPLE[id] } : undefined),
  };
  cards = new HoverCards(source, openLine);
  listening = new AbortController();
  cards.listen(listening.signal);
});
afterEach(() => {
  listening.abort();
  cards.destroy();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const key = (k: string, more: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...more });
  document.dispatchEvent(e);
  return e;
};
const step = () => key('ArrowDown', { altKey: true, shiftKey: true });
const shows = () => told.filter((m): m is Extract<ToFrame, { type: 'show' }> => m.type === 'show');
const open = () => told.filter((m) => m.type === 'show' || m.type === 'hide').at(-1)?.type === 'show';
const pointerAt = async (x: number) => {
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 10, bubbles: true }));
  await vi.advanceTimersByTimeAsync(20);
};

describe('HoverCards', () => {
  it('asks the frame for a mention’s card with only what the page has: the entity, the words on the page, the language and colour, the page’s address', () => {
    step();
    expect(shows()).toEqual([
      {
        type: 'show',
        seq: 1,
        entity: { ...PEOPLE['person:sergei-lavrov'], mentionText: 'سيرغي لافروف' },
        color: DEFAULT_SETTINGS.colors.person,
        locale: 'ar',
        ownNotPainted: !DEFAULT_SETTINGS.paintOwnEntities,
        excludeUrl: location.href,
      },
    ]);
  });

  it('the card’s «done» hides it; Escape closes it; Alt+Shift+↓ pressed in the card steps on', () => {
    step();
    frameSays({ type: 'done', seq: 1 });
    expect(open()).toBe(false);
    step();
    key('Escape');
    expect(open()).toBe(false);
    step();
    frameSays({ type: 'step', forward: true });
    expect(shows().at(-1)!.entity.id).toBe('person:antonio-guterres');
    frameSays({ type: 'close', seq: shows().at(-1)!.seq });
    expect(open()).toBe(false);
  });

  it('Tab, once the keyboard has opened a card, goes into the card; Tab past its end, back where the keyboard was', () => {
    const before = document.getElementById('before')!;
    before.focus();
    // No card open: Tab is the page's.
    expect(key('Tab').defaultPrevented).toBe(false);
    step();
    const tab = key('Tab');
    expect(tab.defaultPrevented).toBe(true);
    expect(told.at(-1)).toEqual({ type: 'focus' });
    expect(document.activeElement).toBe(document.querySelector('marsad-card'));
    frameSays({ type: 'leave' });
    expect(document.activeElement).toBe(before);
    expect(open()).toBe(true);
  });

  it('Escape in the card closes it and gives the keyboard back to the page', () => {
    const before = document.getElementById('before')!;
    before.focus();
    step();
    key('Tab');
    frameSays({ type: 'close', seq: 1 });
    expect(open()).toBe(false);
    expect(document.activeElement).toBe(before);
  });

  it('the pointer going onto the card keeps it open; back on the page, off any mention, it closes (it stayed open after a visit to the card)', async () => {
    vi.useFakeTimers();
    await pointerAt(50); // on Lavrov
    await vi.advanceTimersByTimeAsync(600);
    expect(shows().map((s) => s.entity.id)).toEqual(['person:sergei-lavrov']);
    await pointerAt(300); // the gap between the mention and the card
    frameSays({ type: 'pointer' }); // then on the card, where the page sees nothing
    await vi.advanceTimersByTimeAsync(1000);
    expect(open()).toBe(true);
    await pointerAt(300); // back on the page, where it was last seen
    await vi.advanceTimersByTimeAsync(400);
    expect(open()).toBe(false);
  });

  it('back from the card onto its own mention, the card stays as it is (it was asked for again)', async () => {
    vi.useFakeTimers();
    await pointerAt(50);
    await vi.advanceTimersByTimeAsync(600);
    frameSays({ type: 'pointer' });
    await pointerAt(50);
    await vi.advanceTimersByTimeAsync(600);
    expect(shows()).toHaveLength(1);
    expect(open()).toBe(true);
  });
});
