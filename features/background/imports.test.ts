/**
 * Imports go through the background, which owns every write: a corpus file arrives in parts and is
 * written whole or not at all; a knowledge file's edits are merged in one write; every tab is told
 * when what pages highlight changed. Through the typed messages, as the options page sends them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { saveArticle } from '../../lib/corpus/corpus';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import { BISHOP, CANBERRA, DENIAL, JAKARTA } from '../../lib/corpus/test-fixtures';
import { exportCorpus, textParts } from '../../lib/corpus/transfer';
import { callBackground, serveBackground } from '../../platform/messaging';
import { withFullDisk } from '../../tests/full-disk';
import { probeWrites } from '../../tests/write-probe';
import { backgroundHandlers } from './handlers';
import { MAX_PART, PENDING_KEY, undoPending } from './uploads';
import { ImportCheck } from '../../lib/corpus/import-stream';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../platform/settings';
import { allLinkRows, allStatementRows } from '../../lib/corpus/sets';
import { allCounts } from '../../lib/corpus/counters';

const MACRON = 'person:emmanuel-macron';
let source: MarsadDB;
let db: MarsadDB;
let off: () => void;
/** The message types the tabs were sent. */
let told: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  source = openCorpus(`test-${crypto.randomUUID()}`);
  db = openCorpus(`test-${crypto.randomUUID()}`);
  told = [];
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 4 }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) => {
    told.push(message.type);
    return { res: undefined };
  }) as never);
  off = serveBackground(backgroundHandlers(db));
  for (const f of [JAKARTA, DENIAL, CANBERRA]) {
    const analysis = f.analysis();
    await saveArticle(source, { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis });
  }
  await source.entities.put({ id: MACRON, origin: 'edit', aliases: ['مكرون'], updatedAt: '2024-01-01T00:00:00.000Z' });
});
afterEach(async () => {
  off();
  vi.restoreAllMocks();
  await source.delete();
  await db.delete();
});

/** Everything a corpus holds but its ids, to compare two of them. */
const contents = async (d: MarsadDB) => ({
  articles: (await d.articles.toArray()).map(({ id: _, savedAt: __, ...a }) => a).sort((a, b) => a.url.localeCompare(b.url)),
  statements: ((await allStatementRows(d)).length),
  links: ((await allLinkRows(d)).length),
  entities: await d.entities.toArray(),
  discovered: (await d.discovered.toArray()).map((x) => x.id).sort(),
  // (A counter at zero says what no counter says: a delete leaves one.)
  counts: (await allCounts(d)).filter((c) => c.articles || c.statements).sort((a, b) => a.key.localeCompare(b.key)),
});

/** Sends a file's parts to be written, the first and the last marked; returns the last reply. */
async function sendParts(upload: string, parts: string[]): Promise<unknown> {
  let reply: unknown;
  for (const [i, part] of parts.entries()) reply = await callBackground('importCorpusWrite', { upload, part, first: i === 0, last: i === parts.length - 1 });
  return reply;
}

/** The options page's check of a file's parts (it checks the file itself before sending any part). */
function checkParts(parts: string[]) {
  const check = new ImportCheck();
  for (const part of parts) check.push(part);
  return check.end();
}

describe('a corpus file imported as a stream: checked, then written part by part', () => {
  it('checks without writing, then writes the whole file, and tells the tabs of the knowledge edits once', async () => {
    const parts = textParts(await exportCorpus(source), 500);
    expect(parts.length).toBeGreaterThan(3);
    const checked = checkParts(parts);
    expect(checked).toMatchObject({ problems: [], problemCount: 0, articles: 3 });
    expect(await db.articles.count()).toBe(0); // the check writes nothing
    const report = await sendParts('u1', parts);
    expect(report).toMatchObject({ problems: [], articlesAdded: 3, entitiesAdded: 1 });
    expect(await contents(db)).toEqual(await contents(source));
    expect(await db.discovered.get(BISHOP)).toBeDefined();
    expect(told).toEqual(['knowledgeChanged']);
    expect(await browser.storage.local.get(PENDING_KEY)).toEqual({});
  });

  it('reports a bad file by its lines, across parts, and writes nothing', async () => {
    const lines = (await exportCorpus(source)).split('\n');
    lines.splice(2, 0, '{"type": "article", "url": "javascript:alert(1)", "title": "x", "text": "y"}', 'not json');
    const parts = textParts(lines.join('\n'), 300);
    const checked = checkParts(parts);
    expect(checked).toMatchObject({ problemCount: 2, problems: [{ line: 3 }, { line: 4 }] });
    // Sent anyway (a page that did not check, or a file changed since), the background refuses it
    // at the bad line and undoes what the parts before it wrote.
    await expect(sendParts('u2', parts)).rejects.toThrow(/line 3/);
    expect(await db.articles.count()).toBe(0);
    expect(await browser.storage.local.get(PENDING_KEY)).toEqual({});
  });

  it('Cancel in the middle of the write leaves the archive as it was', async () => {
    const before = await contents(db);
    const parts = textParts(await exportCorpus(source), 500);
    for (const [i, part] of parts.slice(0, -1).entries()) await callBackground('importCorpusWrite', { upload: 'u3', part, first: i === 0, last: false });
    expect(await db.articles.count()).toBeGreaterThan(0);
    expect(await callBackground('importCorpusCancel', { upload: 'u3' })).toEqual({ removed: 3 });
    expect(await contents(db)).toEqual(before);
    // What is left of it is refused, not half written.
    await expect(callBackground('importCorpusWrite', { upload: 'u3', part: parts.at(-1)!, first: false, last: true })).rejects.toMatchObject({ code: 'interrupted' });
  });

  it('writes parts sent before the earlier ones were written, in the order they came', async () => {
    const parts = textParts(await exportCorpus(source), 500);
    expect(parts.length).toBeGreaterThan(3);
    // The options page sends a part while the one before is written: here, all of them at once.
    const replies = await Promise.all(parts.map((part, i) => callBackground('importCorpusWrite', { upload: 'u7', part, first: i === 0, last: i === parts.length - 1 })));
    expect(replies.at(-1)).toMatchObject({ problems: [], articlesAdded: 3, entitiesAdded: 1 });
    expect(await contents(db)).toEqual(await contents(source));
  });

  it('a Cancel sent while parts are on their way waits for the part being written, and leaves the archive as it was', async () => {
    const before = await contents(db);
    const parts = textParts(await exportCorpus(source), 500);
    const sent = parts.slice(0, -1).map((part, i) => callBackground('importCorpusWrite', { upload: 'u8', part, first: i === 0, last: false }).then(() => 'written', (e: { code?: string }) => e.code));
    // Some articles are written; the other parts are on their way when the reader cancels.
    let waited = 0;
    while ((await db.articles.count()) === 0) expect(await sent[waited++]).toBe('written');
    expect(waited).toBeLessThan(sent.length);
    const cancelled = callBackground('importCorpusCancel', { upload: 'u8' });
    const outcomes = await Promise.all(sent);
    // Each part was written (then undone) or refused; none is written after the undo.
    for (const o of outcomes) expect(['written', 'interrupted']).toContain(o);
    expect(outcomes).toContain('interrupted');
    const { removed } = await cancelled;
    expect(removed).toBeGreaterThan(0);
    expect(await contents(db)).toEqual(before);
    expect(await browser.storage.local.get(PENDING_KEY)).toEqual({});
  });

  it('a part larger than the background takes is refused, and what the parts before it wrote is undone', async () => {
    const parts = textParts(await exportCorpus(source), 500);
    for (const [i, part] of parts.slice(0, -1).entries()) await callBackground('importCorpusWrite', { upload: 'u9', part, first: i === 0, last: false });
    expect(await db.articles.count()).toBeGreaterThan(0);
    await expect(callBackground('importCorpusWrite', { upload: 'u9', part: 'x'.repeat(MAX_PART + 1), first: false, last: true })).rejects.toMatchObject({ code: 'too-large' });
    expect(await db.articles.count()).toBe(0);
    expect(await browser.storage.local.get(PENDING_KEY)).toEqual({});
  });

  it('a write the worker could not finish (the options page closed, the browser quit) is undone when the background starts again', async () => {
    const parts = textParts(await exportCorpus(source), 500);
    for (const [i, part] of parts.slice(0, -1).entries()) await callBackground('importCorpusWrite', { upload: 'u4', part, first: i === 0, last: false });
    const written = await db.articles.count();
    expect(written).toBeGreaterThan(0);
    expect(((await browser.storage.local.get(PENDING_KEY))[PENDING_KEY] as { added: number[] }).added).toHaveLength(written);
    // A new worker knows nothing of the import but what storage.local kept.
    expect(await undoPending(db)).toBe(written);
    expect(await db.articles.count()).toBe(0);
    expect(await allCounts(db)).toEqual((await allCounts(db)).map((c) => ({ ...c, articles: 0, statements: 0 })));
  });

  it('applies the file’s settings to this browser’s, but keeps the sites enabled here (each needs this browser’s permission)', async () => {
    await saveSettings({ userSites: ['here.example.com'], language: 'en' });
    const theirs = { ...DEFAULT_SETTINGS, highlight: 'first' as const, language: 'ar' as const, paintOwnEntities: true, userSites: ['there.example.com'] };
    const parts = textParts(await exportCorpus(source, undefined, theirs), 500);
    expect(checkParts(parts)).toMatchObject({ problems: [] });
    const report = await sendParts('u6', parts);
    expect(report).toMatchObject({ problems: [], articlesAdded: 3, settings: 'applied' });
    expect(await loadSettings()).toEqual({ ...theirs, userSites: ['here.example.com'] });
  });

  it('a full disk in the middle undoes what was written and says so by its code', async () => {
    const parts = textParts(await exportCorpus(source), 500);
    await callBackground('importCorpusWrite', { upload: 'u5', part: parts[0]!, first: true, last: false });
    await withFullDisk(async () => {
      let failed: unknown;
      for (const part of parts.slice(1)) {
        failed = await callBackground('importCorpusWrite', { upload: 'u5', part, first: false, last: part === parts.at(-1) }).then(() => undefined, (e: unknown) => e);
        if (failed) break;
      }
      expect(failed).toMatchObject({ code: 'storage-full' });
    });
    expect(await db.articles.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);
  });
});

describe('importKnowledge', () => {
  it('merges the edits with the stored ones in one write and tells the tabs', async () => {
    await db.entities.put({ id: MACRON, origin: 'edit', aliases: ['ماكغون'], updatedAt: '2024-01-01T00:00:00.000Z' });
    const report = await callBackground('importKnowledge', {
      edits: [
        { id: MACRON, origin: 'edit', aliases: ['مكرون'], updatedAt: '2024-02-01T00:00:00.000Z' },
        { id: 'person:user-a-1', origin: 'user', type: 'person', name: 'سليم الحص', updatedAt: '2024-02-01T00:00:00.000Z' },
      ],
    });
    expect(report).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect((await db.entities.get(MACRON))?.aliases).toEqual(['ماكغون', 'مكرون']);
    expect(told).toEqual(['knowledgeChanged']);
  });

  it('tells no tab when nothing changed', async () => {
    const edit = { id: MACRON, origin: 'edit' as const, aliases: ['مكرون'], updatedAt: '2024-01-01T00:00:00.000Z' };
    await db.entities.put(edit);
    expect(await callBackground('importKnowledge', { edits: [edit] })).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(told).toEqual([]);
  });
});

describe('importKnowledge is one message, one transaction, one broadcast', () => {
  const T0 = '2024-01-01T00:00:00.000Z';
  const T1 = '2024-02-01T00:00:00.000Z';
  const STORED = [
    { id: MACRON, origin: 'edit' as const, aliases: ['ماكغون'], updatedAt: T0 },
    { id: 'person:sergei-lavrov', origin: 'edit' as const, hidden: true, updatedAt: T0 },
  ];
  /** Five entries: three new entities, one change to a stored edit, one the same as stored. */
  const FILE = [
    { id: 'person:user-a-1', origin: 'user' as const, type: 'person' as const, name: 'سليم الحص', updatedAt: T1 },
    { id: 'org:user-b-1', origin: 'user' as const, type: 'organization' as const, name: 'تيار الكرامة', updatedAt: T1 },
    { id: 'place:user-c-1', origin: 'user' as const, type: 'place' as const, name: 'كفر الزيت', updatedAt: T1 },
    { id: MACRON, origin: 'edit' as const, aliases: ['مكرون'], updatedAt: T1 },
    STORED[1]!,
  ];

  let kb: MarsadDB;
  let stop: () => void;
  /** The messages each tab was sent. */
  let tabs: Map<number, string[]>;

  /** A corpus holding STORED, served by the background, its writes watched. */
  async function serve(fail?: { table: string; failAfter: number }) {
    kb = openCorpus(`test-${crypto.randomUUID()}`);
    const probe = probeWrites(kb);
    await kb.entities.bulkPut(STORED);
    probe.transactions.length = 0;
    probe.fail = fail;
    off(); // the suite's own background
    stop = serveBackground(backgroundHandlers(kb));
    tabs = new Map();
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 4 }, { id: 7 }, { id: 9 }] as never);
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (id: number, message: { type: string }) => {
      tabs.set(id, [...(tabs.get(id) ?? []), message.type]);
      return { res: undefined };
    }) as never);
    return probe;
  }
  afterEach(async () => {
    stop?.();
    await kb?.delete();
  });

  it('writes a file of many entries in one transaction and tells each tab once', async () => {
    const probe = await serve();
    expect(await callBackground('importKnowledge', { edits: FILE })).toEqual({ added: 3, updated: 1, unchanged: 1 });
    expect(probe.transactions).toEqual([['entities']]);
    expect(Object.fromEntries(tabs)).toEqual({ 4: ['knowledgeChanged'], 7: ['knowledgeChanged'], 9: ['knowledgeChanged'] });
    expect((await kb.entities.get(MACRON))?.aliases).toEqual(['ماكغون', 'مكرون']);
    expect(await kb.entities.count()).toBe(5);
  });

  it('a failure in the middle of the import leaves every stored edit as it was and tells no tab', async () => {
    const probe = await serve({ table: 'entities', failAfter: 2 });
    await expect(callBackground('importKnowledge', { edits: FILE })).rejects.toThrow(/the disk failed after 2 records/);
    // Two of the file's records had been written when the write failed: the transaction undid them.
    expect(probe.written).toBe(2);
    expect(probe.transactions).toEqual([['entities']]);
    expect(await kb.entities.toArray()).toEqual(STORED);
    expect(tabs.size).toBe(0);
  });
});
