import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import { VERB_CLASSES } from '../../lib/analyze/types';
import { relatedArticles, saveArticle } from '../../lib/corpus/corpus';
import { AUSTRALIA, BISHOP, CANBERRA, DENIAL, JAKARTA } from '../../lib/corpus/test-fixtures';
import type { HistoryRequest, PageArticle } from '../../lib/messages';
import { pageStatus, removePage, savePage } from '../../lib/corpus/pages';
import { entityCards, history, overview } from '../../lib/corpus/queries';
import { entityFromMenu } from './menus';
import { backgroundHandlers } from './handlers';
import { validateDraft } from '../../lib/knowledge/catalogue';

const page = (url: string, title: string, body: string, publishedAt: string | null): PageArticle => ({
  url,
  canonicalUrl: null,
  title,
  site: 'موقع الاختبار',
  byline: null,
  publishedAt,
  lang: 'arb',
  text: `${title}\n\n${body}`,
});

const A = page('https://news.example/a', 'ماكرون في بيروت', 'قال ماكرون إن فرنسا ستدعم لبنان في إعادة الإعمار. وأضاف أن باريس ستستضيف مؤتمرا للمانحين.', '2020-08-06');
const B = page('https://news.example/b', 'ماكرون وبوتين', 'أكد ماكرون أن الحوار مع روسيا ضروري. وقال بوتين إن موسكو منفتحة على التعاون مع باريس.', '2021-02-10');
const C = page('https://news.example/c', 'أردوغان في أنقرة', 'قال أردوغان إن تركيا لن تتراجع عن مواقفها في سوريا.', '2019-05-01');

describe('the background’s corpus handlers', () => {
  let db: MarsadDB;
  beforeEach(async () => {
    db = openCorpus(`test-${crypto.randomUUID()}`);
    for (const p of [A, B, C]) await savePage(db, p);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('savePage analyses with the knowledge base and the user’s edits, and reports what it found', async () => {
    await db.entities.put({ id: 'person:user-x', origin: 'user', type: 'person', name: 'سامي الراوي', nameEn: 'Sami al-Rawi', aliases: [], updatedAt: '2024-01-01T00:00:00Z' });
    const reply = await savePage(db, page('https://news.example/d', 'تصريح', 'قال سامي الراوي إن الاتفاق سيوقع قريبا في بيروت.', null));
    expect(reply.status).toBe('saved');
    const saved = await db.articles.get(reply.id);
    expect(saved?.entityIds).toContain('person:user-x');
    expect(reply.statementCount).toBe(1);
  });

  it('savePage refuses a page without text, with a message', async () => {
    await expect(savePage(db, page('https://news.example/e', '', ' ', null))).rejects.toThrow(/no text/);
  });

  it('savePage refuses an address that is not http(s), and ignores an odd canonical address', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'chrome-extension://abc/popup.html']) {
      await expect(savePage(db, page(url, 'خبر', 'قال ماكرون إن فرنسا ستدعم لبنان.', null)), url).rejects.toThrow(/http\(s\)/);
    }
    const odd = { ...page('https://news.example/f', 'خبر', 'قال ماكرون إن فرنسا ستدعم لبنان.', null), canonicalUrl: 'javascript:alert(1)' };
    await savePage(db, odd);
    expect((await db.articles.where('url').equals('https://news.example/f').first())?.canonicalUrl).toBe('https://news.example/f');
  });

  it('pageStatus and removePage find a page by its address', async () => {
    expect((await pageStatus(db, { url: A.url, canonicalUrl: null })).saved).toBe(true);
    expect(await removePage(db, { url: A.url, canonicalUrl: null })).toBe(true);
    expect((await pageStatus(db, { url: A.url, canonicalUrl: null })).saved).toBe(false);
    expect(await removePage(db, { url: A.url, canonicalUrl: null })).toBe(false);
  });

  it('entityCards leaves the page being read out of the count, the articles and the statements alike', async () => {
    const [card] = await entityCards(db, { entityIds: ['person:emmanuel-macron'], excludeUrl: B.url, articles: 3, statements: 3 });
    expect(card?.articleCount).toBe(1);
    expect(card?.articles.map((a) => a.url)).toEqual([A.url]);
    // B's own statement («أكد ماكرون») is on the page the reader has open: the card lists the others.
    expect(card?.statements.map((s) => s.article.url)).toEqual([A.url, A.url]);
    expect(card?.statementCount).toBe(2);
    // Read from a page that is not saved, the card has it all.
    const [elsewhere] = await entityCards(db, { entityIds: ['person:emmanuel-macron'], excludeUrl: 'https://news.example/unsaved', articles: 3, statements: 3 });
    expect(elsewhere).toMatchObject({ articleCount: 2, statementCount: 3 });
    expect(elsewhere?.statements[0]?.article.url).toBe(B.url); // newest first
  });

  it('the history filter matches the statement’s words (proclitics and hamza forgiven), not its article’s title or site', async () => {
    const words = async (query: string) => (await history(db, { entityId: 'person:emmanuel-macron', offset: 0, limit: 10, query })).entries.map((e) => e.text);
    // «ماكرون» is in both titles, and «موقع الاختبار» is the site: neither is what he said.
    expect(await words('ماكرون')).toEqual([]);
    expect(await words('موقع الاختبار')).toEqual([]);
    // «وباريس» as the reader copied it finds «باريس»; «الحوار» is found as «حوار» and «حِوار».
    expect(await words('وباريس')).toEqual(['باريس ستستضيف مؤتمرا للمانحين']);
    expect(await words('حِوار')).toEqual(['الحوار مع روسيا ضروري']);
    expect(await words('اعاده')).toEqual(['فرنسا ستدعم لبنان في إعادة الإعمار']);
  });

  it('history pages through an entity’s statements newest first and filters them (normalised)', async () => {
    const all = await history(db, { entityId: 'person:emmanuel-macron', offset: 0, limit: 10, query: '' });
    expect(all.total).toBe(3);
    expect(all.entries.map((e) => e.article.url)).toEqual([B.url, A.url, A.url]);
    expect(all.hasMore).toBe(false);
    const filtered = await history(db, { entityId: 'person:emmanuel-macron', offset: 0, limit: 10, query: 'مؤتمرا للمانحين' });
    expect(filtered.entries.map((e) => e.verb)).toEqual(['أضاف']);
    expect(filtered.hasMore).toBe(false);
    expect(filtered.total).toBe(1);
    const folded = await history(db, { entityId: 'person:emmanuel-macron', offset: 0, limit: 10, query: 'إعادة الاعمار' });
    expect(folded.entries).toHaveLength(1);
    // A filtered page stops reading once it is full (and says there is more).
    // «ست…» begins a word of both of A's statements.
    const firstOfTwo = await history(db, { entityId: 'person:emmanuel-macron', offset: 0, limit: 1, query: 'ست' });
    expect(firstOfTwo.entries).toHaveLength(1);
    expect(firstOfTwo.hasMore).toBe(true);
    expect(firstOfTwo.total).toBeNull();
    const second = await history(db, { entityId: 'person:emmanuel-macron', offset: 1, limit: 1, query: '' });
    expect(second.entries.map((e) => e.text)).toEqual([all.entries[1]!.text]);
  });

  it('overview lists the articles and the entities that appear with it most', async () => {
    const o = await overview(db, { entityId: 'person:emmanuel-macron', limit: 5 });
    expect(o.articleCount).toBe(2);
    expect(o.coMentioned[0]).toEqual({ id: 'place:paris', articles: 2 });
    expect(o.coMentioned.map((c) => c.id)).not.toContain('person:recep-tayyip-erdogan');
    // The articles, newest first, as relatedArticles gives them; the limit cuts the list only.
    expect(o.articles.map((a) => a.url)).toEqual([B.url, A.url]);
    expect(o.articles).toEqual(await relatedArticles(db, 'person:emmanuel-macron', { limit: 5 }));
    const one = await overview(db, { entityId: 'person:emmanuel-macron', limit: 1 });
    expect(one.articles.map((a) => a.url)).toEqual([B.url]);
    expect(one.coMentioned[0]).toEqual({ id: 'place:paris', articles: 2 });
  });
});

describe('entityFromMenu', () => {
  it('makes a user entity of the selected words, typed by the menu item', () => {
    const add = entityFromMenu('marsad-add-organization', '  هيئة   الاختبار ', new Date('2024-03-01T00:00:00Z'));
    expect(add && 'entity' in add ? add.entity : add).toMatchObject({ origin: 'user', type: 'organization', name: 'هيئة الاختبار', nameEn: '' });
    expect(add && 'entity' in add ? add.entity.id : '').toMatch(/^org:user-/);
  });
  it('ignores other menu items and empty selections', () => {
    expect(entityFromMenu('marsad-save', 'نص')).toBeUndefined();
    expect(entityFromMenu('marsad-add-person', '  ')).toBeUndefined();
  });
  it('refuses what the options form refuses (one validator): a common word alone, Latin-only text, an overlong name', () => {
    const refusal = (words: string) => {
      const add = entityFromMenu('marsad-add-person', words);
      return add && 'refused' in add ? add.refused : add;
    };
    expect(refusal('على')).toEqual({ field: 'name', code: 'stopword', word: 'على' });
    expect(refusal('في')).toEqual({ field: 'name', code: 'stopword', word: 'في' });
    expect(refusal('الرئيس')).toEqual({ field: 'name', code: 'stopword', word: 'الرئيس' });
    expect(refusal('Emmanuel Macron')).toEqual({ field: 'name', code: 'notArabic' });
    expect(refusal('ا'.repeat(130))).toEqual({ field: 'name', code: 'tooLong' });
    // Exactly what the options form's validator says of the same name.
    for (const name of ['على', 'في', 'الرئيس', 'Emmanuel Macron', 'سامي الراوي']) {
      const add = entityFromMenu('marsad-add-person', name)!;
      expect('refused' in add ? add.refused : undefined).toEqual(validateDraft({ type: 'person', name, nameEn: '', aliases: '' }).errors[0]);
    }
  });
});

describe('the history handler, by verb class', () => {
  let db: MarsadDB;
  beforeEach(async () => {
    db = openCorpus(`test-${crypto.randomUUID()}`);
    // Analyses built by hand against the statement contract: Bishop states, warns, denies, affirms, calls for.
    for (const f of [JAKARTA, DENIAL, CANBERRA]) {
      const analysis = f.analysis();
      await saveArticle(db, { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis });
    }
  });
  afterEach(async () => {
    await db.delete();
  });
  const ask = (q: Partial<HistoryRequest>) => history(db, { entityId: BISHOP, offset: 0, limit: 10, query: '', ...q });

  it('gives the statements of the classes asked, newest first, with an exact total when all are read', async () => {
    const page = await ask({ verbClasses: ['states', 'warns'] });
    expect(page.entries.map((e) => e.verb)).toEqual(['قالت', 'أضافت', 'قالت', 'حذرت']);
    expect(page.entries.map((e) => e.verbClass)).toEqual(['states', 'states', 'states', 'warns']);
    expect(page).toMatchObject({ total: 4, hasMore: false });
    // A page that is full says there is more, without counting them all.
    const first = await ask({ verbClasses: ['states', 'warns'], limit: 3 });
    expect(first.entries.map((e) => e.id)).toEqual(page.entries.slice(0, 3).map((e) => e.id));
    expect(first).toMatchObject({ total: null, hasMore: true });
    const last = await ask({ verbClasses: ['states', 'warns'], offset: 3, limit: 3 });
    expect(last.entries.map((e) => e.id)).toEqual(page.entries.slice(3).map((e) => e.id));
    expect(last).toMatchObject({ total: 4, hasMore: false });
    // No class, or every class: the whole history, counted by the counters.
    expect(await ask({ verbClasses: [] })).toMatchObject({ total: 7, hasMore: false });
    expect(await ask({ verbClasses: [...VERB_CLASSES] })).toEqual(await ask({}));
    expect(await ask({ verbClasses: ['threatens'] })).toEqual({ total: 0, entries: [], hasMore: false });
  });

  it('filters by words and by class together', async () => {
    const texts = async (q: Partial<HistoryRequest>) => (await ask(q)).entries.map((e) => e.text);
    expect(await texts({ query: 'بلادها' })).toEqual(['تكون بلادها قد غيرت موقفها', 'بلادها ستدعم المحادثات في جاكرتا']);
    expect(await texts({ query: 'بلادها', verbClasses: ['denies'] })).toEqual(['تكون بلادها قد غيرت موقفها']);
    expect(await texts({ query: 'بلادها', verbClasses: ['states', 'denies'] })).toEqual(['تكون بلادها قد غيرت موقفها', 'بلادها ستدعم المحادثات في جاكرتا']);
    expect(await texts({ query: 'بلادها', verbClasses: ['warns'] })).toEqual([]);
    // The article's title is not searched: «تنفي» is in the title of the article where she affirms, not in what she said.
    expect(await texts({ query: 'تنفي', verbClasses: ['affirms'] })).toEqual([]);
    // A filtered page that is full stops reading and says there is more; read to the end, the count is exact.
    const one = await ask({ query: 'بلادها', verbClasses: ['states', 'denies'], limit: 1 });
    expect(one).toMatchObject({ total: null, hasMore: true });
    expect(one.entries.map((e) => e.verb)).toEqual(['نفت']);
    const both = await ask({ query: 'بلادها', verbClasses: ['states', 'denies'] });
    expect(both).toMatchObject({ total: 2, hasMore: false });
    expect(both.entries.map((e) => e.verb)).toEqual(['نفت', 'قالت']);
  });

  it('gives each entry its speaker kind and, for a joint statement, its members', async () => {
    const page = await ask({ verbClasses: ['affirms', 'states'], limit: 2 });
    expect(page.entries[0]!.speakers!.map((m) => m.id)).toEqual([AUSTRALIA, BISHOP]);
    const [title] = (await ask({ verbClasses: ['affirms'] })).entries;
    expect(title).toMatchObject({ speakerKind: 'title', speakerId: BISHOP, verb: 'أكدت' });
  });
});

describe('what a content script may write', () => {
  let db: MarsadDB;
  beforeEach(() => {
    db = openCorpus(`test-${crypto.randomUUID()}`);
  });
  afterEach(() => db.close());
  const fromPage = (url: string) => ({ tabId: 3, frameId: 0, url, extension: false });

  it('saves its own page, and no other', async () => {
    const h = backgroundHandlers(db);
    const a = page('https://news.example/own', 'خبر', 'قال ماكرون إن فرنسا ستدعم لبنان.', null);
    await expect(h.savePage(a, fromPage('https://news.example/elsewhere'))).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.articles.count()).toBe(0);
    await h.savePage(a, fromPage('https://news.example/own#section'));
    expect(await db.articles.count()).toBe(1);
  });

  it('hides an entity or excludes a form, and writes nothing else', async () => {
    const h = backgroundHandlers(db);
    const updatedAt = '2026-11-30T00:00:00.000Z';
    await h.editKnowledge({ id: 'person:emmanuel-macron', origin: 'edit', hidden: true, updatedAt }, fromPage('https://news.example/a'));
    await h.editKnowledge({ id: 'person:emmanuel-macron', origin: 'edit', hidden: true, excluded: ['ماكرون'], updatedAt }, fromPage('https://news.example/a'));
    expect((await db.entities.get('person:emmanuel-macron'))?.excluded).toEqual(['ماكرون']);
    // A new entity, or a new name for a known one, comes from Marsad's own pages only.
    const mine = { id: 'person:user-sami-rawi', origin: 'user' as const, type: 'person' as const, name: 'سامي الراوي', nameEn: 'Sami Rawi', updatedAt };
    await expect(h.editKnowledge(mine, fromPage('https://news.example/a'))).rejects.toMatchObject({ code: 'invalid' });
    await expect(h.editKnowledge({ id: 'person:emmanuel-macron', origin: 'edit', aliases: ['ماكرونوف'], hidden: true, excluded: ['ماكرون'], updatedAt }, fromPage('https://news.example/a'))).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.entities.count()).toBe(1);
    await h.editKnowledge(mine, { extension: true });
    expect(await db.entities.count()).toBe(2);
    // Once stored, the page may hide it too (the card's "Don't highlight" on the user's own entity).
    await h.editKnowledge({ ...mine, hidden: true }, fromPage('https://news.example/a'));
    expect((await db.entities.get(mine.id))?.hidden).toBe(true);
  });
});
