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
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../platform/settings';

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
  statements: (await d.statements.count()),
  links: (await d.links.count()),
  entities: await d.entities.toArray(),
  discovered: (await d.discovered.toArray()).map((x) => x.id).sort(),
  counts: (await d.counts.toArray()).sort((a, b) => a.key.localeCompare(b.key)),
});

describe('importCorpus in parts', () => {
  it('writes the whole file once its parts have arrived, and tells the tabs of the knowledge edits', async () => {
    const parts = textParts(await exportCorpus(source), 500);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) await callBackground('importCorpusPart', { upload: 'u1', part });
    expect(await db.articles.count()).toBe(0); // nothing before the import is asked for
    const report = await callBackground('importCorpus', { upload: 'u1' });
    expect(report).toMatchObject({ problems: [], articlesAdded: 3, entitiesAdded: 1 });
    expect(await contents(db)).toEqual(await contents(source));
    expect(await db.discovered.get(BISHOP)).toBeDefined();
    expect(told).toEqual(['knowledgeChanged']);
  });

  it('a file whose parts were lost is refused as interrupted, and nothing is written', async () => {
    const parts = textParts(await exportCorpus(source), 500);
    await callBackground('importCorpusPart', { upload: 'u2', part: parts[0]! });
    // The page starts again with another upload: the first one's parts are let go.
    await callBackground('importCorpusPart', { upload: 'u3', part: parts[1]! });
    await expect(callBackground('importCorpus', { upload: 'u2' })).rejects.toMatchObject({ code: 'interrupted' });
    // A part without its beginning is a bad file: reported, nothing written.
    const report = await callBackground('importCorpus', { upload: 'u3' });
    expect(report.problems.length).toBeGreaterThan(0);
    expect(await db.articles.count()).toBe(0);
    // And an upload is read once.
    await expect(callBackground('importCorpus', { upload: 'u3' })).rejects.toMatchObject({ code: 'interrupted' });
    expect(told).toEqual([]);
  });

  it('applies the file’s settings to this browser’s, but keeps the sites enabled here (each needs this browser’s permission)', async () => {
    await saveSettings({ userSites: ['here.example.com'], language: 'en' });
    const theirs = { ...DEFAULT_SETTINGS, highlight: 'first' as const, language: 'ar' as const, paintOwnEntities: true, userSites: ['there.example.com'] };
    await callBackground('importCorpusPart', { upload: 'u5', part: await exportCorpus(source, undefined, theirs) });
    const report = await callBackground('importCorpus', { upload: 'u5' });
    expect(report).toMatchObject({ problems: [], articlesAdded: 3, settings: 'applied' });
    expect(await loadSettings()).toEqual({ ...theirs, userSites: ['here.example.com'] });
  });

  it('a full disk writes nothing and says so by its code', async () => {
    await callBackground('importCorpusPart', { upload: 'u4', part: await exportCorpus(source) });
    await withFullDisk(() => expect(callBackground('importCorpus', { upload: 'u4' })).rejects.toMatchObject({ code: 'storage-full' }));
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
