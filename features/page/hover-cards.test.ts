/** The hover cards' interactions: a card belongs to one mention, and what an earlier card started never touches it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CardEntity } from '../../components/card/EntityCard';
import { waitFor } from '../../components/test-utils';
import type { Highlighter, PlacedMention } from '../../lib/highlight/highlighter';
import type { MentionLocator } from '../../lib/highlight/hit';
import { entityWords, stringsFor } from '../../lib/i18n/strings';
import type { CorpusCard } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { serveBackground } from '../../platform/messaging';
import { HoverCards, type CardSource } from './hover-cards';

const t = stringsFor('en');
const TEXT = 'سيرغي لافروف وأنطونيو غوتيريش';
const PEOPLE: Record<string, CardEntity> = {
  'person:sergei-lavrov': { id: 'person:sergei-lavrov', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'person', gender: 'm', mentionText: '' },
  'person:antonio-guterres': { id: 'person:antonio-guterres', name: 'أنطونيو غوتيريش', nameEn: 'António Guterres', type: 'person', gender: 'm', mentionText: '' },
};

let roots: ShadowRoot[];
let cards: HoverCards;
let stop: () => void;
let listening: AbortController;
/** The corpus's replies, held until the test lets each go: by entity id. */
let replies: Map<string, (card: CorpusCard[]) => void>;
/** The knowledge edits the card asked for, held likewise. */
let edits: { id: string; done: () => void }[];

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

beforeEach(() => {
  fakeBrowser.reset();
  roots = [];
  replies = new Map();
  edits = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  const p = document.createElement('p');
  p.textContent = TEXT;
  document.body.replaceChildren(p);
  const all = mentionsIn(p);
  const locator = { size: all.length, all, text: TEXT, atPoint: () => undefined } as unknown as MentionLocator;
  const source: CardSource = {
    settings: DEFAULT_SETTINGS,
    locale: 'en',
    painter: { focus: () => undefined } as unknown as Highlighter,
    locator,
    entityOf: (id) => (PEOPLE[id] ? { ...PEOPLE[id] } : undefined),
    edit: (id) => new Promise<void>((done) => edits.push({ id, done })),
  };
  stop = serveBackground({
    entityCards: ({ entityIds }) => new Promise<CorpusCard[]>((resolve) => replies.set(entityIds[0]!, resolve)),
  });
  cards = new HoverCards(source);
  listening = new AbortController();
  cards.listen(listening.signal);
});
afterEach(() => {
  listening.abort();
  cards.destroy();
  stop();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const card = () => roots.at(-1)!;
const shownName = () => card().querySelector('.name')?.textContent;
const heading = () => card().querySelector('h3')?.textContent;
const key = (k: 'ArrowDown' | 'ArrowUp') => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, altKey: true, shiftKey: true, bubbles: true }));
const reply = (id: string, articleCount: number) => replies.get(id)!([{ id, articleCount, articles: [], statementCount: 0, statements: [] }]);
/** Lets messages and promises run for a while (what a late reply would need to be drawn). */
const settle = () => new Promise((r) => setTimeout(r, 100));

describe('HoverCards', () => {
  it('a late reply for an earlier mention never renders: the card keeps the current mention (it was re-rendered with the wrong entity)', async () => {
    key('ArrowDown'); // Lavrov's card, loading
    await waitFor(() => expect(replies.has('person:sergei-lavrov')).toBe(true));
    key('ArrowDown'); // Guterres's card, loading
    await waitFor(() => expect(replies.has('person:antonio-guterres')).toBe(true));
    expect(shownName()).toBe('أنطونيو غوتيريش');

    reply('person:sergei-lavrov', 7);
    await settle();
    expect(shownName()).toBe('أنطونيو غوتيريش');
    expect(card().textContent).toContain(t.loading);
    expect(heading()).toBeUndefined();

    reply('person:antonio-guterres', 2);
    await waitFor(() => expect(heading()).toBe(entityWords('en', { type: 'person', gender: 'm' }).otherSavedArticles(2)));
    expect(shownName()).toBe('أنطونيو غوتيريش');
  });

  it('an edit finished after the reader moved on does not hide the card of the mention now shown', async () => {
    key('ArrowDown');
    await waitFor(() => expect(replies.has('person:sergei-lavrov')).toBe(true));
    reply('person:sergei-lavrov', 1);
    await waitFor(() => expect(heading()).toBe(entityWords('en', { type: 'person', gender: 'm' }).otherSavedArticles(1)));
    [...card().querySelectorAll('button')].find((b) => b.textContent === t.hideEntity)!.click();
    expect(edits.map((e) => e.id)).toEqual(['person:sergei-lavrov']);

    key('ArrowDown'); // on to Guterres before the edit is done
    await waitFor(() => expect(shownName()).toBe('أنطونيو غوتيريش'));
    edits[0]!.done();
    await settle();
    expect(document.querySelector<HTMLElement>('marsad-card')!.style.display).toBe('block');
    expect(shownName()).toBe('أنطونيو غوتيريش');
  });

  it('a reply arriving after the card was closed does not show it again', async () => {
    key('ArrowDown');
    await waitFor(() => expect(replies.has('person:sergei-lavrov')).toBe(true));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector<HTMLElement>('marsad-card')!.style.display).toBe('none');
    reply('person:sergei-lavrov', 7);
    await settle();
    expect(document.querySelector<HTMLElement>('marsad-card')!.style.display).toBe('none');
    expect(heading()).toBeUndefined();
  });
});
