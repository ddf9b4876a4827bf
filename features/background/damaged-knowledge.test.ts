/**
 * One malformed knowledge-base record bricked Marsad everywhere (issue 11): imported from a corpus
 * file as «1 entity added», it stopped every page's highlighting, every save and the options page.
 * Every door now refuses such a record with the one check (lib/knowledge/edit.ts), and a record
 * already stored is skipped by every reader, reported, and deleted only when the user says so.
 * Through the background's typed messages, as Marsad's pages and content scripts send them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { saveArticle } from '../../lib/corpus/corpus';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import { BISHOP, CANBERRA, DENIAL, JAKARTA } from '../../lib/corpus/test-fixtures';
import { exportCorpus, importCorpus } from '../../lib/corpus/transfer';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { PAGE_MAY_CALL, type PageArticle } from '../../lib/messages';
import { callBackground, serveBackground } from '../../platform/messaging';
import { BAD_RECORDS } from '../../lib/knowledge/test-fixtures';
import { backgroundHandlers } from './handlers';
import { entityFromMenu } from './menus';
import { ImportCheck } from '../../lib/corpus/import-stream';

const LAVROV = 'person:sergei-lavrov';
const GOOD: KnowledgeEdit = { id: 'person:user-x', origin: 'user', type: 'person', name: 'سامي الراوي', nameEn: 'Sami al-Rawi', aliases: [], updatedAt: '2024-01-01T00:00:00.000Z' };
const PAGE: PageArticle = {
  url: 'https://news.example/lavrov',
  canonicalUrl: null,
  title: 'لافروف في باريس',
  site: 'news.example',
  byline: null,
  publishedAt: '2024-02-01',
  lang: 'arb',
  text: 'لافروف في باريس\n\nقال وزير الخارجية الروسي سيرغي لافروف إن روسيا و فرنسا ستعقدان محادثات. وقال سامي الراوي إن الاتفاق قريب.',
};
const fromPage = { tabId: 3, frameId: 0, url: PAGE.url, extension: false };
const fromOptions = { extension: true };

let db: MarsadDB;
let off: () => void;
let told: string[];

beforeEach(() => {
  fakeBrowser.reset();
  db = openCorpus(`test-${crypto.randomUUID()}`);
  told = [];
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 4 }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) => {
    told.push(message.type);
    return { res: undefined };
  }) as never);
  off = serveBackground(backgroundHandlers(db));
});
afterEach(async () => {
  off();
  vi.restoreAllMocks();
  await db.delete();
});

/** Writes the records as a bug or another program would: straight into the database. */
const storeDirectly = (records: unknown[]) => db.entities.bulkPut(records as KnowledgeEdit[]);

describe('records of the issue stored in the database', () => {
  beforeEach(() => storeDirectly([...Object.values(BAD_RECORDS), GOOD]));

  it('saving a page still works, with the good record applied and the bad ones skipped', async () => {
    const reply = await callBackground('savePage', PAGE);
    expect(reply.status).toBe('saved');
    const saved = await db.articles.get(reply.id);
    expect(saved?.entityIds).toEqual(expect.arrayContaining([LAVROV, 'place:fr', GOOD.id]));
    expect(saved?.entityIds).not.toContain('person:user-lq1-abc');
  });

  it('the pages are sent the good records only', async () => {
    expect(await backgroundHandlers(db).knowledgeEdits(undefined, fromPage)).toEqual([GOOD]);
  });

  it('the card may still hide a built-in entity whose stored record is damaged: the clean record replaces it', async () => {
    await backgroundHandlers(db).editKnowledge({ id: LAVROV, origin: 'edit', hidden: true, updatedAt: '2024-05-01T00:00:00.000Z' }, fromPage);
    expect(await db.entities.get(LAVROV)).toEqual({ id: LAVROV, origin: 'edit', hidden: true, updatedAt: '2024-05-01T00:00:00.000Z' });
  });

  it('«Add to Marsad» still works', async () => {
    for (const f of [JAKARTA, DENIAL, CANBERRA]) {
      const analysis = f.analysis();
      await saveArticle(db, { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis });
    }
    const reply = await callBackground('addDiscovered', { discoveredId: BISHOP, type: 'person', name: 'جولي بيشوب', nameEn: '', forms: [] });
    expect(reply.statements).toBeGreaterThan(0);
  });

  it('the export leaves them out, so that it imports again', async () => {
    const text = await exportCorpus(db);
    const entities = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { type?: string; entity?: KnowledgeEdit }).filter((l) => l.type === 'entity');
    expect(entities.map((l) => l.entity)).toEqual([GOOD]);
    const target = openCorpus(`test-${crypto.randomUUID()}`);
    expect((await importCorpus(target, text)).problems).toEqual([]);
    expect(await target.entities.toArray()).toEqual([GOOD]);
    await target.delete();
  });

  it('«Delete the record» deletes a damaged record, and never a good one', async () => {
    const keys = [LAVROV, 'place:fr', 'person:user-lq1-abc', GOOD.id];
    expect(await callBackground('removeDamagedKnowledge', { ids: keys })).toBe(3);
    expect(await db.entities.toArray()).toEqual([GOOD]);
  });

  it('deleting records is for Marsad’s own pages: a content script may not ask for it', () => {
    expect(PAGE_MAY_CALL.has('removeDamagedKnowledge')).toBe(false);
  });
});

describe('every door refuses them', () => {
  for (const [what, record] of Object.entries(BAD_RECORDS)) {
    it(`editKnowledge refuses ${what}, from Marsad's pages too, and writes nothing`, async () => {
      await expect(callBackground('editKnowledge', record as KnowledgeEdit)).rejects.toMatchObject({ code: 'invalid' });
      await expect(backgroundHandlers(db).editKnowledge(record as KnowledgeEdit, fromOptions)).rejects.toMatchObject({ code: 'invalid' });
      expect(await db.entities.count()).toBe(0);
      expect(told).toEqual([]);
    });

    it(`importKnowledge refuses a file with ${what} whole, and writes nothing`, async () => {
      await expect(callBackground('importKnowledge', { edits: [GOOD, record as KnowledgeEdit] })).rejects.toMatchObject({ code: 'invalid' });
      expect(await db.entities.count()).toBe(0);
      expect(told).toEqual([]);
    });

    it(`a corpus file's entity line with ${what} is reported by its number, and nothing is imported`, async () => {
      const lines = [
        JSON.stringify({ format: 'marsad-corpus', version: 2 }),
        JSON.stringify({ type: 'entity', entity: GOOD }),
        JSON.stringify({ type: 'entity', entity: record }),
      ];
      // The options page's check reports it ...
      const check = new ImportCheck();
      check.push(lines.join('\n'));
      const report = check.end();
      expect(report.problems.map((p) => p.line)).toEqual([3]);
      expect(report.problems[0]!.entity).toBeDefined();
      // ... and the background, which checks every line it writes, refuses it.
      await expect(callBackground('importCorpusWrite', { upload: 'u1', part: lines.join('\n'), first: true, last: true })).rejects.toThrow(/line 3/);
      expect(await db.entities.count()).toBe(0);
    });
  }

  it('importKnowledge refuses what is not a list of records, and an id given twice', async () => {
    await expect(callBackground('importKnowledge', { edits: 'all' as unknown as KnowledgeEdit[] })).rejects.toMatchObject({ code: 'invalid' });
    await expect(callBackground('importKnowledge', { edits: [GOOD, GOOD] })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.entities.count()).toBe(0);
  });

  it('the right-click menu refuses «و», as the options form does', () => {
    expect(entityFromMenu('marsad-add-person', 'و')).toEqual({ name: 'و', refused: { field: 'name', code: 'short', word: 'و' } });
  });
});

describe('a corpus file’s entity lines', () => {
  it('are merged with the stored records as a knowledge file’s are, not skipped', async () => {
    await db.entities.put({ id: LAVROV, origin: 'edit', aliases: ['لافروف الوزير'], updatedAt: '2024-01-01T00:00:00.000Z' });
    const lines = [
      JSON.stringify({ format: 'marsad-corpus', version: 2 }),
      JSON.stringify({ type: 'entity', entity: { id: LAVROV, origin: 'edit', aliases: ['لافروفا'], excluded: ['سيرغي'], hidden: true, updatedAt: '2024-02-01T00:00:00.000Z' } }),
      JSON.stringify({ type: 'entity', entity: GOOD }),
    ];
    const part = { upload: 'u2', part: lines.join('\n'), first: true, last: true };
    const check = new ImportCheck();
    check.push(part.part);
    expect(check.end()).toMatchObject({ problems: [] });
    const report = await callBackground('importCorpusWrite', part);
    expect(report).toMatchObject({ problems: [], entitiesAdded: 1, entitiesUpdated: 1, entitiesUnchanged: 0 });
    expect(await db.entities.get(LAVROV)).toEqual({ id: LAVROV, origin: 'edit', aliases: ['لافروف الوزير', 'لافروفا'], excluded: ['سيرغي'], hidden: true, updatedAt: '2024-02-01T00:00:00.000Z' });
    expect(await db.entities.get(GOOD.id)).toEqual(GOOD);
    // What pages highlight changed: every tab is told.
    expect(told).toContain('knowledgeChanged');
  });
});
