/**
 * The background's warm knowledge base: pages are read with the user's edits applied, it is
 * compiled once for every page until the knowledge changes, and a change made anywhere (the card,
 * the options page, an import, "Add to Marsad") is in the very next reading, before the tabs are told.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageTexts } from '../../lib/analyze/page';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import type { BackgroundHandlers, Sender } from '../../lib/messages';
import { backgroundHandlers } from './handlers';

const TEXT =
  'قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن بلاده مستعدة لاستئناف المحادثات في جنيف قبل نهاية الشهر الجاري، ' +
  'وأضاف أن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة في المنطقة، داعيا جميع الأطراف إلى الحوار والعودة إلى طاولة المفاوضات. ' +
  'وكانت الأمم المتحدة قد دعت إلى جولة جديدة من المفاوضات بين الحكومة والمعارضة في مدينة جنيف السويسرية الشهر المقبل.';
const texts: PageTexts = { article: { text: TEXT, signals: { declaredArticle: true } }, painted: TEXT };
const page: Sender = { tabId: 4, frameId: 0, url: 'https://www.aljazeera.net/news/x', extension: false };
const options: Sender = { extension: true };

let db: MarsadDB;
let h: BackgroundHandlers;
/** When the tabs were told, the knowledge base each reading had by then. */
let told: string[][];

beforeEach(() => {
  fakeBrowser.reset();
  db = openCorpus(`test-${crypto.randomUUID()}`);
  h = backgroundHandlers(db);
  told = [];
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 4 }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => {
    // The tab reads its page again as soon as it is told.
    told.push((await ids()).painted);
    return { res: { ok: true, value: undefined } };
  }) as never);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function ids() {
  const r = await h.analysePage(texts, page);
  return { article: r.entities!.map((e) => e.id), painted: r.painted!.map((e) => e.id) };
}

describe('the background’s knowledge engine', () => {
  it('compiles the user’s knowledge base once for every page, until it changes', async () => {
    const read = vi.spyOn(db.entities, 'toArray');
    const first = await ids();
    expect(first.article).toEqual(expect.arrayContaining(['person:sergei-lavrov', 'place:moscow', 'place:geneva', 'org:un']));
    await ids();
    await h.savePage({ url: page.url!, canonicalUrl: null, title: 'عنوان', site: null, byline: null, publishedAt: null, lang: 'arb', text: TEXT }, page);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('applies a change before the tabs are told of it: hidden from the card, a name added in the options page', async () => {
    await ids();
    // The card hides an entity.
    await h.editKnowledge({ id: 'place:moscow', origin: 'edit', hidden: true, updatedAt: '2024-01-01T00:00:00.000Z' }, page);
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(told[0]).not.toContain('place:moscow');
    expect((await ids()).article).not.toContain('place:moscow');
    // The options page adds a name of the user's own.
    await h.editKnowledge({ id: 'org:user-talks', origin: 'user', type: 'organization', name: 'طاولة المفاوضات', nameEn: 'The table', aliases: [], updatedAt: '2024-01-02T00:00:00.000Z' }, options);
    await vi.waitFor(() => expect(told).toHaveLength(2));
    expect(told[1]).toContain('org:user-talks');
    const after = await ids();
    expect(after.article).toContain('org:user-talks');
    expect(after.article).not.toContain('place:moscow');
  });

  it('compiles it again in a worker that was stopped (a fresh engine reads the stored edits)', async () => {
    await h.editKnowledge({ id: 'place:moscow', origin: 'edit', hidden: true, updatedAt: '2024-01-01T00:00:00.000Z' }, options);
    h = backgroundHandlers(db);
    expect((await ids()).article).not.toContain('place:moscow');
  });
});
