/**
 * The card in its frame: it shows what it is told, asks the corpus itself, does its actions
 * itself, and tells the content script only when to show it, close it or move on. What an earlier
 * showing started never touches the card again; a card the reader does not see as it is does
 * nothing.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardEntity, CardShow, FromFrame, ToFrame } from '../../lib/card-channel';
import { HANDOVER } from '../../lib/card-channel';
import { entityWords, stringsFor } from '../../lib/i18n/strings';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import type { CorpusCard } from '../../lib/messages';
import { awaitLine, CardFrame, type Call, type FrameLine } from './frame';
import { SeenGate } from './visibility';

const t = stringsFor('en');
const him = entityWords('en', { type: 'person', gender: 'm' });
const LAVROV: CardEntity = { id: 'person:sergei-lavrov', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'person', gender: 'm', mentionText: 'لافروف' };
const GUTERRES: CardEntity = { id: 'person:antonio-guterres', name: 'أنطونيو غوتيريش', nameEn: 'António Guterres', type: 'person', gender: 'm', mentionText: 'غوتيريش' };
const PAGE = 'https://news.example/geneva';

/** A call to the background the test answers when it chooses, with what it was asked. */
interface Held {
  name: string;
  data: unknown;
  resolve(value: unknown): void;
  reject(e: unknown): void;
}

let root: HTMLElement;
let posted: FromFrame[];
let deliver: (m: ToFrame) => void;
let asked: Held[];
let frame: CardFrame;
let listening: AbortController;
/** What IntersectionObserver v2 reports, sent by the test (undefined: a browser without it). */
let report: ((entry: { isIntersecting: boolean; isVisible: boolean }) => void) | undefined;
let withVisibility: boolean;

/** IntersectionObserver v2 as Chromium has it, reporting what the test says. */
function fakeView() {
  class Entry {}
  Object.defineProperty(Entry.prototype, 'isVisible', { get: () => false });
  class Observer {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      report = (e) => this.callback([{ ...e, target } as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
    }
    disconnect() {
      report = undefined;
    }
  }
  return { IntersectionObserver: Observer as unknown as typeof IntersectionObserver, IntersectionObserverEntry: Entry as unknown as typeof IntersectionObserverEntry };
}

const call: Call = ((name: string, data?: unknown) => new Promise((resolve, reject) => asked.push({ name, data, resolve, reject }))) as Call;

beforeEach(() => {
  posted = [];
  asked = [];
  report = undefined;
  withVisibility = false;
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(async () => {
  listening.abort();
  await act(async () => root.remove());
});

function start(visibility = false) {
  withVisibility = visibility;
  const line: FrameLine = {
    post: (m) => posted.push(m),
    listen: (receive) => (deliver = receive),
  };
  frame = new CardFrame(document, root, line, call, (changed) => new SeenGate(changed, withVisibility ? fakeView() : {}));
  listening = new AbortController();
  frame.listen(listening.signal);
}

const show = (seq: number, entity: CardEntity = LAVROV, over: Partial<CardShow> = {}) =>
  act(() => deliver({ type: 'show', seq, entity, color: '#ffd54f', locale: 'en', ownNotPainted: true, excludeUrl: PAGE, ...over }));
const card = () => root.querySelector('.card')!;
const shownName = () => root.querySelector('.name')?.textContent;
const heading = () => root.querySelector('h3')?.textContent;
const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(label)) as HTMLButtonElement;
const pending = (name: string) => asked.filter((a) => a.name === name);
const answer = async (held: Held, value: unknown) => act(async () => held.resolve(value));
const cardData = (id: string, articleCount: number): CorpusCard[] => [{ id, articleCount, articles: [], statementCount: 0, statements: [] }];
const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('CardFrame', () => {
  it('draws the card it is told, says it is drawn, then asks the corpus itself for what leaves out the page being read', async () => {
    start();
    await show(1);
    expect(shownName()).toBe('سيرغي لافروف');
    expect(card().textContent).toContain(t.loading);
    expect(posted).toEqual([{ type: 'ready', seq: 1 }]);
    expect(pending('entityCards').map((a) => a.data)).toEqual([{ entityIds: [LAVROV.id], excludeUrl: PAGE, articles: 3, statements: 3 }]);
    await answer(pending('entityCards')[0]!, cardData(LAVROV.id, 7));
    expect(heading()).toBe(him.otherSavedArticles(7));
    // The content script was told nothing of what the corpus holds.
    expect(posted).toEqual([{ type: 'ready', seq: 1 }]);
  });

  it('a late reply for an earlier showing never renders: the card keeps the current mention (it was re-rendered with the wrong entity)', async () => {
    start();
    await show(1, LAVROV);
    await show(2, GUTERRES);
    const [lavrov, guterres] = pending('entityCards');
    await answer(lavrov!, cardData(LAVROV.id, 7));
    expect(shownName()).toBe('أنطونيو غوتيريش');
    expect(card().textContent).toContain(t.loading);
    await answer(guterres!, cardData(GUTERRES.id, 2));
    expect(heading()).toBe(him.otherSavedArticles(2));
    expect(shownName()).toBe('أنطونيو غوتيريش');
  });

  it('a reply arriving after the card was hidden does not render', async () => {
    start();
    await show(1);
    await act(() => deliver({ type: 'hide' }));
    await answer(pending('entityCards')[0]!, cardData(LAVROV.id, 7));
    expect(heading()).toBeUndefined();
  });

  it('«Don’t highlight» stores the entity hidden, keeping what was stored of it, then says the card is done', async () => {
    start();
    await show(4);
    await act(() => button(t.hideEntity).click());
    const stored: KnowledgeEdit = { id: LAVROV.id, origin: 'edit', excluded: ['لافروفا'], updatedAt: '2024-01-01T00:00:00.000Z' };
    await answer(pending('knowledgeEdits')[0]!, [stored]);
    const [edit] = pending('editKnowledge');
    expect(edit!.data).toMatchObject({ id: LAVROV.id, origin: 'edit', hidden: true, excluded: ['لافروفا'] });
    await answer(edit!, undefined);
    expect(posted.at(-1)).toEqual({ type: 'done', seq: 4 });
  });

  it('«Not this» excludes the words on the page from the entity', async () => {
    start();
    await show(1);
    await act(() => button(t.notThis).click());
    await answer(pending('knowledgeEdits')[0]!, []);
    expect(pending('editKnowledge')[0]!.data).toMatchObject({ id: LAVROV.id, origin: 'edit', excluded: ['لافروف'] });
  });

  it('an edit finished after the reader moved on does not say «done» for the card now shown', async () => {
    start();
    await show(1, LAVROV);
    await act(() => button(t.hideEntity).click());
    await answer(pending('knowledgeEdits')[0]!, []);
    await show(2, GUTERRES);
    await answer(pending('editKnowledge')[0]!, undefined);
    expect(posted.filter((m) => m.type === 'done')).toEqual([]);
    expect(shownName()).toBe('أنطونيو غوتيريش');
  });

  it('a failed edit says so in the card, which stays', async () => {
    start();
    await show(1);
    await act(() => button(t.hideEntity).click());
    await act(async () => pending('knowledgeEdits')[0]!.reject(new Error('gone')));
    expect(card().textContent).toContain(t.failed);
    expect(posted.filter((m) => m.type === 'done')).toEqual([]);
  });

  it('Escape and × close the card, Alt+Shift+↓ / ↑ move on, Tab past its last control goes back to the page', async () => {
    start();
    await show(3);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await act(() => (root.querySelector('.close') as HTMLButtonElement).click());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'K', code: 'KeyK', altKey: true, shiftKey: true, bubbles: true }));
    // Focus on the card (where the keyboard comes in), then on its last control.
    await act(() => deliver({ type: 'focus' }));
    expect(document.activeElement).toBe(card());
    const controls = [...card().querySelectorAll<HTMLElement>('button, a[href]')];
    controls.at(-1)!.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(posted.slice(1)).toEqual([
      { type: 'close', seq: 3 },
      { type: 'close', seq: 3 },
      { type: 'step', forward: true },
      { type: 'step', forward: false },
      { type: 'leave' },
    ]);
  });

  it('tells the content script the pointer is on the card, not at every move', async () => {
    start();
    await show(1);
    for (let i = 0; i < 5; i++) document.dispatchEvent(new PointerEvent('pointermove', { clientX: 10 + i, clientY: 10, bubbles: true }));
    expect(posted.filter((m) => m.type === 'pointer')).toHaveLength(1);
  });

  describe('while the page covers the card or draws it altered', () => {
    it('nothing it holds acts until the browser has seen it as drawn, nor while it sees it covered; then it says so', async () => {
      start(true);
      await show(1);
      const held = asked.length;
      // Shown, not yet reported on: a click does nothing.
      await act(() => button(t.hideEntity).click());
      await act(() => button(t.history).click());
      expect(asked).toHaveLength(held);
      expect(card().querySelector('.obscured')).toBeNull();
      // Covered (or see-through, filtered…): nothing acts, and the card says why.
      await act(() => report!({ isIntersecting: true, isVisible: false }));
      expect(card().querySelector('.obscured')?.textContent).toBe(t.cardObscured);
      await act(() => button(t.notThis).click());
      const link = document.createElement('a');
      link.href = 'https://news.example/other';
      root.querySelector('.body')!.append(link);
      const followed = new MouseEvent('click', { bubbles: true, cancelable: true });
      link.dispatchEvent(followed);
      expect(followed.defaultPrevented).toBe(true);
      expect(asked).toHaveLength(held);
      expect(document.documentElement.dataset.seen).toBe('false');
      // Seen as drawn: it acts.
      await act(() => report!({ isIntersecting: true, isVisible: true }));
      expect(card().querySelector('.obscured')).toBeNull();
      expect(document.documentElement.dataset.seen).toBe('true');
      await act(() => button(t.hideEntity).click());
      expect(pending('knowledgeEdits')).toHaveLength(1);
    });

    it('a new showing is not taken as seen on what was seen before it', async () => {
      start(true);
      await show(1);
      await act(() => report!({ isIntersecting: true, isVisible: true }));
      expect(frame.allows()).toBe(true);
      await show(2, GUTERRES);
      expect(frame.allows()).toBe(false);
      // Off the screen (the frame not shown yet): not seen, and nothing to say about it.
      await act(() => report!({ isIntersecting: false, isVisible: false }));
      expect(frame.allows()).toBe(false);
      expect(card().querySelector('.obscured')).toBeNull();
    });

    it('where the browser cannot tell, the content script’s word that the page’s root is drawn altered is enough', async () => {
      start(false);
      await show(1);
      expect(frame.allows()).toBe(true);
      await act(() => deliver({ type: 'altered', value: true }));
      expect(frame.allows()).toBe(false);
      expect(card().querySelector('.obscured')).not.toBeNull();
      const held = asked.length;
      await act(() => button(t.hideEntity).click());
      expect(asked).toHaveLength(held);
      await act(() => deliver({ type: 'altered', value: false }));
      expect(frame.allows()).toBe(true);
    });

    it('where the browser can tell, its word is the one heeded', async () => {
      start(true);
      await show(1);
      await act(() => report!({ isIntersecting: true, isVisible: true }));
      await act(() => deliver({ type: 'altered', value: true }));
      expect(frame.allows()).toBe(true);
      expect(card().querySelector('.obscured')).toBeNull();
    });
  });
});

describe('awaitLine', () => {
  const WORD = '0123456789abcdef0123456789abcdef';
  const handover = (data: unknown, source: unknown, ports: MessagePort[]) => window.dispatchEvent(new MessageEvent('message', { data, source: source as Window, ports }));

  it('takes only its end of the line, from the parent, with its word: what a page posts to the frame is ignored', async () => {
    let line: FrameLine | undefined;
    void awaitLine(window, WORD).then((l) => (line = l));
    const forged = new MessageChannel();
    const ours = new MessageChannel();
    handover({ [HANDOVER]: 'guessed-word-guessed-word-guess' }, window.parent, [forged.port2]);
    handover({ [HANDOVER]: WORD }, null, [forged.port2]);
    handover({ [HANDOVER]: WORD }, window.parent, []);
    await settle();
    expect(line).toBeUndefined();
    handover({ [HANDOVER]: WORD }, window.parent, [ours.port2]);
    await settle();
    expect(line).toBeDefined();

    // Commands come only over the line, and only well formed.
    const seen: ToFrame[] = [];
    line!.listen((m) => seen.push(m));
    ours.port1.postMessage({ type: 'hide' });
    ours.port1.postMessage({ type: 'show', seq: 1, entity: { id: 'x' } });
    forged.port1.postMessage({ type: 'focus' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([{ type: 'hide' }]);
    ours.port1.close();
    forged.port1.close();
  });
});
