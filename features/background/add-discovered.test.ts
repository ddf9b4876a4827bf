/**
 * "Add to Marsad" for a discovered actor, through the typed message as the card, the popup and the
 * options page send it: the entity is stored, the actor's saved statements and articles follow it
 * to its new id, every tab is told; a refused write (a full disk) changes nothing and tells no tab.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { relatedArticles, saveArticle, statementHistory } from '../../lib/corpus/corpus';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import { BISHOP, CANBERRA, DENIAL, JAKARTA } from '../../lib/corpus/test-fixtures';
import type { AddDiscoveredRequest } from '../../lib/messages';
import { callBackground, serveBackground } from '../../platform/messaging';
import { withFullDisk } from '../../tests/full-disk';
import { addDiscovered } from './add-discovered';
import { broadcastKnowledge } from './broadcast';
import { allLinkRows, allStatementRows } from '../../lib/corpus/sets';
import { allCounts } from '../../lib/corpus/counters';

let db: MarsadDB;
let off: () => void;
/** The messages the tabs were sent, as [tab id, message type]. */
let told: [number, string][];

async function save(f: typeof JAKARTA) {
  const analysis = f.analysis();
  await saveArticle(db, { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis });
}

const BISHOP_ADD: AddDiscoveredRequest = { discoveredId: BISHOP, type: 'person', name: 'جولي بيشوب', nameEn: 'Julie Bishop', forms: ['جولي بيشوب', 'بيشوب'] };

/** Everything the corpus holds, to compare before and after. */
const snapshot = () =>
  Promise.all([db.entities.toArray(), db.articles.toArray(), allStatementRows(db), allLinkRows(db), allCounts(db), db.discovered.toArray()]);

beforeEach(async () => {
  fakeBrowser.reset();
  db = openCorpus(`test-${crypto.randomUUID()}`);
  told = [];
  // Two open tabs; the background's own broadcast sends each of them the message.
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 3 }, { id: 5 }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (id: number, message: { type: string }) => {
    told.push([id, message.type]);
    return { res: undefined };
  }) as never);
  // The background's wiring (entrypoints/background.ts).
  off = serveBackground({ addDiscovered: (data) => addDiscovered(db, data, broadcastKnowledge) });
  for (const f of [JAKARTA, DENIAL, CANBERRA]) await save(f);
});
afterEach(async () => {
  off();
  vi.restoreAllMocks();
  await db.delete();
});

describe('the addDiscovered message', () => {
  it('stores the entity, moves the saved statements and articles to it, and tells every tab', async () => {
    const history = await statementHistory(db, BISHOP);
    const articles = await relatedArticles(db, BISHOP);
    expect(history).toHaveLength(7);

    const reply = await callBackground('addDiscovered', BISHOP_ADD);

    expect(reply).toEqual({ id: expect.stringMatching(/^person:user-/), name: 'جولي بيشوب', type: 'person', statements: 7, articles: 3 });
    expect(await db.entities.get(reply.id)).toMatchObject({ origin: 'user', type: 'person', name: 'جولي بيشوب', nameEn: 'Julie Bishop', hidden: false });
    // The same statements, of the same articles, in the same order, under the new id.
    const moved = await statementHistory(db, reply.id);
    expect(moved.map((h) => [h.id, h.text, h.verbClass, h.article.url])).toEqual(history.map((h) => [h.id, h.text, h.verbClass, h.article.url]));
    // Those that named her are now a knowledge-base entity's; the one resolved from «الوزيرة» still says so.
    expect(moved.map((h) => h.speakerKind)).toEqual(history.map((h) => (h.speakerKind === 'discovered' ? 'entity' : h.speakerKind)));
    expect(moved.filter((h) => h.speakerKind === 'title').map((h) => h.verb)).toEqual(['أكدت']);
    expect((await relatedArticles(db, reply.id)).map((a) => a.url)).toEqual(articles.map((a) => a.url));
    // Nothing is left under the discovered id: it is no longer a discovered actor.
    expect(await statementHistory(db, BISHOP)).toEqual([]);
    expect(await db.discovered.get(BISHOP)).toBeUndefined();
    expect(told).toEqual([
      [3, 'knowledgeChanged'],
      [5, 'knowledgeChanged'],
    ]);
  });

  it('keeps the form the page wrote when the user corrects the name, and drops a surname alone', async () => {
    const reply = await callBackground('addDiscovered', { ...BISHOP_ADD, name: '  جوليا   بيشوب ', nameEn: '' });
    expect(await db.entities.get(reply.id)).toMatchObject({ name: 'جوليا بيشوب', nameEn: '', aliases: ['جولي بيشوب'] });
  });

  it('added twice (from the card, then from the options page), is one entity', async () => {
    const first = await callBackground('addDiscovered', BISHOP_ADD);
    const again = await callBackground('addDiscovered', { ...BISHOP_ADD, name: 'جولى بيشوب', nameEn: '' });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ statements: 0, articles: 0 });
    expect(await db.entities.count()).toBe(1);
    expect(await db.entities.get(first.id)).toMatchObject({ nameEn: 'Julie Bishop' });
  });

  it('adds an actor of a page that was never saved: the entity, and nothing to move', async () => {
    const reply = await callBackground('addDiscovered', { discoveredId: 'org:found-7x1', type: 'organization', name: 'هيئة المياه الوطنية', nameEn: '' });
    expect(reply).toMatchObject({ name: 'هيئة المياه الوطنية', type: 'organization', statements: 0, articles: 0 });
    expect(reply.id).toMatch(/^org:user-/);
    expect(told).toHaveLength(2);
  });

  it('refuses what is not a discovered actor or not a name, with a message, and changes nothing', async () => {
    const before = await snapshot();
    await expect(callBackground('addDiscovered', { ...BISHOP_ADD, discoveredId: 'person:emmanuel-macron' })).rejects.toThrow(/Not a discovered actor/);
    await expect(callBackground('addDiscovered', { ...BISHOP_ADD, name: '  ' })).rejects.toThrow(/Arabic name is required/);
    await expect(callBackground('addDiscovered', { ...BISHOP_ADD, name: 'Julie Bishop' })).rejects.toThrow(/Arabic letters/);
    expect(await snapshot()).toEqual(before);
    expect(told).toEqual([]);
  });

  it('when the disk is full, says so by name, changes nothing and tells no tab', async () => {
    const before = await snapshot();
    await withFullDisk(async () => {
      await expect(callBackground('addDiscovered', BISHOP_ADD)).rejects.toMatchObject({ code: 'storage-full' });
    });
    expect(await snapshot()).toEqual(before);
    expect(await statementHistory(db, BISHOP)).toHaveLength(7);
    expect(told).toEqual([]);
  });
});
