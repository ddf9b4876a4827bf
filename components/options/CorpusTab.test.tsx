/** The corpus tab: the saved articles (newest first, paged, searchable), delete, export, import, storage. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticle } from '../../lib/corpus/corpus';
import type { ArticleRecord, MarsadDB, StatementRecord } from '../../lib/corpus/schema';
import { JAKARTA } from '../../lib/corpus/test-fixtures';
import { exportCorpus } from '../../lib/corpus/transfer';
import { withFullDisk } from '../../tests/full-disk';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../platform/settings';
import { endTest, startTest, byLabel, byText, click, mount, pickFile, type, waitFor, type Mounted } from './test-helpers';
import { allStatementRows, statementRowsOf, statementSetOf } from '../../lib/corpus/sets';

let db: MarsadDB;
let page: Mounted;

beforeEach(() => {
  db = startTest();
});

afterEach(async () => {
  await endTest(db, page);
  Reflect.deleteProperty(navigator, 'storage');
});

/** Saves an article straight into the database, with `statements` statements. */
async function addArticle(title: string, savedAt: string, o: { site?: string; publishedAt?: string | null; statements?: number } = {}): Promise<number> {
  const text = `${title}\n\nنص المقال ${title}.`;
  const id = (await db.articles.add({
    url: `https://news.example/${encodeURIComponent(title)}`,
    canonicalUrl: `https://news.example/${encodeURIComponent(title)}`,
    title,
    site: o.site ?? 'news.example',
    byline: null,
    publishedAt: o.publishedAt === undefined ? savedAt.slice(0, 10) : o.publishedAt,
    savedAt,
    lang: 'arb',
    text,
    contentHash: `hash-${title}`,
    entityIds: [],
    mentionCounts: {},
  } as Omit<ArticleRecord, 'id'> as ArticleRecord)) as number;
  const rows = Array.from({ length: o.statements ?? 0 }, (_, i) => ({
      articleId: id,
      url: `https://news.example/${encodeURIComponent(title)}`,
      title,
      site: o.site ?? 'news.example',
      speakerId: '',
      speaker: 'مسؤول',
      verb: 'قال',
      text: 'كلام',
      direct: false,
      start: 0,
      end: 4,
      prefix: '',
      suffix: '',
      publishedAt: savedAt.slice(0, 10),
      order: `${savedAt.slice(0, 10)}|${i}`,
    }) as Omit<StatementRecord, 'id'>);
  const said = statementSetOf(id, rows);
  if (said) await db.articleStatements.add(said);
  return id;
}

/**
 * Holds the statements table in a write transaction until `release()`: the export's reads of it wait
 * meanwhile (IndexedDB runs no reader of a table while a writer of it runs), so a test sees it midway.
 */
function holdStatements(): { release: () => Promise<void> } {
  let released = false;
  const done = db.transaction('rw', db.articleStatements, async () => {
    while (!released) await db.articleStatements.get(-1);
  });
  return {
    release: async () => {
      released = true;
      await done;
    },
  };
}

const titles = (c: HTMLElement) => [...c.querySelectorAll('[data-testid="articles"] tbody td.title')].map((td) => td.textContent);

async function openCorpusTab(): Promise<HTMLElement> {
  page = await mount(db, 'corpus');
  await waitFor(() => expect(page.container.querySelector('[data-testid="corpus-count"]')!.textContent).not.toBe('Loading…'));
  return page.container;
}

describe('the list', () => {
  it('shows the saved articles newest first, with site, dates and the number of statements', async () => {
    await addArticle('الأقدم', '2024-01-01T10:00:00.000Z', { statements: 1 });
    await addArticle('الأحدث', '2024-03-01T10:00:00.000Z', { site: 'aljazeera.net', publishedAt: '2024-02-28', statements: 3 });
    await addArticle('الأوسط', '2024-02-01T10:00:00.000Z', { publishedAt: null });
    const c = await openCorpusTab();
    expect(titles(c)).toEqual(['الأحدث', 'الأوسط', 'الأقدم']);
    expect(c.querySelector('[data-testid="corpus-count"]')!.textContent).toBe('3 articles');
    const first = c.querySelector('[data-testid="articles"] tbody tr')!;
    const cells = [...first.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells.slice(0, 5)).toEqual(['الأحدث', 'aljazeera.net', '28 Feb 2024', expect.stringMatching(/Mar 2024$/), '3']);
    expect(first.querySelector('a')!.getAttribute('href')).toBe('https://news.example/%D8%A7%D9%84%D8%A3%D8%AD%D8%AF%D8%AB');
    // No date: a dash, not "Invalid Date".
    expect(c.querySelectorAll('[data-testid="articles"] tbody tr')[1]!.querySelectorAll('td')[2]!.textContent).toBe('—');
  });

  it('counts a joint statement once, though it is stored once per member (a regression: it was counted per row)', async () => {
    // «وقالت فرنسا وبريطانيا ...» and three more: four statements, five rows.
    const analysis = JAKARTA.analysis();
    await saveArticle(db, { url: JAKARTA.url, title: 'بيشوب تزور جاكرتا', site: 'news.example', publishedAt: JAKARTA.publishedAt, analysis });
    expect(analysis.statements).toHaveLength(4);
    expect((await allStatementRows(db)).length).toBe(5);
    const c = await openCorpusTab();
    const cells = [...c.querySelectorAll('[data-testid="articles"] tbody tr td')].map((td) => td.textContent);
    expect(cells[0]).toBe('بيشوب تزور جاكرتا');
    expect(cells[4]).toBe('4');
  });

  it('pages 50 at a time', async () => {
    await db.transaction('rw', db.articles, async () => {
      for (let i = 0; i < 60; i++) await addArticle(`مقال ${i}`, new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString());
    });
    const c = await openCorpusTab();
    expect(titles(c)).toHaveLength(50);
    expect(titles(c)[0]).toBe('مقال 59');
    // A regression: the search box's timer once sent the list back to page 1 after a quick "Next".
    await click(byText(c, 'nav button', 'Next'));
    await new Promise((r) => setTimeout(r, 300));
    await waitFor(() => expect(titles(c)).toHaveLength(10));
    await click(byText(c, 'nav button', 'Previous'));
    await waitFor(() => expect(titles(c)).toHaveLength(50));
    expect(c.textContent).toContain('Page 1 of 2');
    await click(byText(c, 'nav button', 'Next'));
    await waitFor(() => expect(titles(c)).toHaveLength(10));
    expect(titles(c)[9]).toBe('مقال 0');
    expect(byText<HTMLButtonElement>(c, 'nav button', 'Next').disabled).toBe(true);
  });

  it('searches titles (normalised) and sites', async () => {
    await addArticle('إيران تعلن', '2024-01-01T10:00:00.000Z', { site: 'alarabiya.net' });
    await addArticle('سوريا اليوم', '2024-01-02T10:00:00.000Z', { site: 'enabbaladi.net' });
    const c = await openCorpusTab();
    await type(byLabel(c, 'Search by title or site'), 'ايران');
    await waitFor(() => expect(titles(c)).toEqual(['إيران تعلن']));
    await type(byLabel(c, 'Search by title or site'), 'enabbaladi');
    await waitFor(() => expect(titles(c)).toEqual(['سوريا اليوم']));
    await type(byLabel(c, 'Search by title or site'), 'لا شيء');
    await waitFor(() => expect(c.textContent).toContain('No article matches your search.'));
  });

  it('deletes an article after confirmation, with its statements', async () => {
    await addArticle('يبقى', '2024-01-01T10:00:00.000Z', { statements: 1 });
    const gone = await addArticle('يُحذف', '2024-01-02T10:00:00.000Z', { statements: 2 });
    const c = await openCorpusTab();
    await click(byLabel(c, 'Delete “يُحذف”'));
    const confirm = byText(c, '.confirm', /Delete this article and its statements\?/);
    expect(document.activeElement?.textContent).toBe('Cancel');
    await click(byText(confirm, 'button', 'Cancel'));
    expect(await db.articles.count()).toBe(2);
    await click(byLabel(c, 'Delete “يُحذف”'));
    await click(byText(c, '.confirm button', 'Yes, delete'));
    await waitFor(() => expect(titles(c)).toEqual(['يبقى']));
    expect(await db.articles.get(gone)).toBeUndefined();
    expect((await statementRowsOf(db, gone)).length).toBe(0);
    expect(c.textContent).toContain('Deleted “يُحذف”.');
  });

  it('says how to save when the corpus is empty', async () => {
    const c = await openCorpusTab();
    expect(c.textContent).toContain('You have not saved any article yet.');
  });
});

describe('export and import', () => {
  it('exports everything as JSON Lines named by the date', async () => {
    await addArticle('مقال', '2024-01-01T10:00:00.000Z', { statements: 1 });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:marsad-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await saveSettings({ highlight: 'first', paintOwnEntities: true });
    const c = await openCorpusTab();
    await click(byText(c, 'button', 'Export everything (JSON Lines)'));
    await waitFor(() => expect(names).toHaveLength(1));
    expect(names[0]).toMatch(/^marsad-corpus-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = (await blobs[0]!.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].format).toBe('marsad-corpus');
    // The settings, with their version: a backup of the archive is a backup of the settings too.
    expect(lines[1]).toEqual({ type: 'settings', settings: { version: SETTINGS_VERSION, ...(await loadSettings()) } });
    expect(lines[1].settings).toMatchObject({ highlight: 'first', paintOwnEntities: true });
    expect(lines[2]).toMatchObject({ type: 'article', title: 'مقال' });
    expect(lines[2].statements).toHaveLength(1);
  });

  it('exports in parts, showing the articles exported of how many, and downloads exportCorpus’s file', async () => {
    await db.transaction('rw', db.articles, db.articleStatements, async () => {
      for (let i = 0; i < 1000; i++) await addArticle(`مقال ${i}`, new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(), { statements: i % 2 });
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:marsad-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const c = await openCorpusTab();
    const held = holdStatements();
    await click(byText(c, 'button', 'Export everything (JSON Lines)'));
    // The total first (the articles are read a page at a time after it, their statements waiting here).
    await waitFor(() => expect(c.querySelector('.export-progress')!.textContent).toContain('0 of 1,000 articles exported'));
    expect(c.querySelector<HTMLProgressElement>('.export-progress progress')!.max).toBe(1000);
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    await held.release();
    await waitFor(() => expect(c.textContent).toContain('Your archive was exported.'));
    expect(c.querySelector('.export-progress')).toBeNull();
    const text = await blobs[0]!.text();
    const exportedAt = (JSON.parse(text.split('\n', 1)[0]!) as { exportedAt: string }).exportedAt;
    expect(text).toBe(await exportCorpus(db, new Date(exportedAt), await loadSettings()));
  });

  it('cancels an export: no file is downloaded, and it says so', async () => {
    await db.transaction('rw', db.articles, async () => {
      for (let i = 0; i < 1000; i++) await addArticle(`مقال ${i}`, new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString());
    });
    const created = vi.spyOn(URL, 'createObjectURL');
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const c = await openCorpusTab();
    const held = holdStatements();
    await click(byText(c, 'button', 'Export everything (JSON Lines)'));
    await waitFor(() => expect(c.querySelector('.export-progress')!.textContent).toContain('0 of 1,000 articles exported'));
    await click(byText(c, '.export-progress button', 'Cancel'));
    expect(c.textContent).toContain('Cancelling the export…');
    await held.release();
    await waitFor(() => expect(c.textContent).toContain('Export cancelled. No file was downloaded.'));
    expect(created).not.toHaveBeenCalled();
    expect(clicked).not.toHaveBeenCalled();
    expect(c.querySelector('.export-progress')).toBeNull();
    // And the next export runs whole.
    created.mockImplementation(() => 'blob:marsad-test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await click(byText(c, 'button', 'Export everything (JSON Lines)'));
    await waitFor(() => expect(c.textContent).toContain('Your archive was exported.'));
    expect(clicked).toHaveBeenCalledOnce();
  });

  it('applies the settings of an imported file and says so', async () => {
    const c = await openCorpusTab();
    const file = [
      JSON.stringify({ format: 'marsad-corpus', version: 3 }),
      JSON.stringify({ type: 'settings', settings: { ...DEFAULT_SETTINGS, version: SETTINGS_VERSION, highlight: 'first', types: { person: true, organization: false, place: true } } }),
      JSON.stringify({ type: 'article', url: 'https://a.example/1', title: 'جديد', text: 'نص جديد' }),
    ].join('\n');
    await pickFile(c.querySelector('.card input[type="file"]'), 'corpus.jsonl', file);
    await waitFor(() => expect(c.textContent).toContain('The file’s settings were applied, except the sites you enabled Marsad on'));
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlight: 'first', types: { person: true, organization: false, place: true } });
  });

  it('reports a bad line with its number and leaves the corpus as it was', async () => {
    await addArticle('موجود', '2024-01-01T10:00:00.000Z');
    const c = await openCorpusTab();
    const file = [
      JSON.stringify({ format: 'marsad-corpus', version: 1 }),
      JSON.stringify({ type: 'article', url: 'https://a.example/1', title: 'جديد', text: 'نص جديد' }),
      '{"type": "article", "url": ',
      JSON.stringify({ type: 'article', url: 'https://a.example/2', title: 'آخر', text: '' }),
    ].join('\n');
    await pickFile(c.querySelector('.card input[type="file"]'), 'corpus.jsonl', file);
    const alert = await waitFor(() => byText(c, '[role="alert"]', /Nothing was imported/));
    expect(alert.textContent).toContain('the file has 2 problems. Nothing in your archive was changed.');
    const problems = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(problems[0]).toMatch(/^Line 3: not valid JSON/);
    expect(problems[1]).toBe('Line 4: "text" must be a non-empty string');
    expect(await db.articles.count()).toBe(1);
    expect(titles(c)).toEqual(['موجود']);
  });

  it('imports a good file and reports what was added and skipped', async () => {
    await addArticle('موجود', '2024-01-01T10:00:00.000Z');
    const c = await openCorpusTab();
    const file = [
      JSON.stringify({ format: 'marsad-corpus', version: 1 }),
      JSON.stringify({ type: 'article', url: 'https://news.example/%D9%85%D9%88%D8%AC%D9%88%D8%AF', title: 'موجود', text: 'نص' }),
      JSON.stringify({ type: 'article', url: 'https://a.example/1', title: 'جديد', text: 'نص جديد', savedAt: '2024-05-01T00:00:00.000Z' }),
      JSON.stringify({ type: 'entity', entity: { id: 'person:user-a-1', origin: 'user', type: 'person', name: 'فلان الفلاني', updatedAt: '2024-01-01T00:00:00Z' } }),
    ].join('\n');
    await pickFile(c.querySelector('.card input[type="file"]'), 'corpus.jsonl', file);
    await waitFor(() =>
      expect(c.textContent).toContain('Import complete: 1 article added (1 already saved, skipped), 1 entity added, 0 already present merged with the file’s, 0 unchanged.'),
    );
    await waitFor(() => expect(titles(c)).toEqual(['جديد', 'موجود']));
  });
});

describe('a file that is not UTF-8 text', () => {
  it('says so with the line of the first bad byte, and imports nothing (it was read as U+FFFD and imported)', async () => {
    await addArticle('موجود', '2024-01-01T10:00:00.000Z');
    const c = await openCorpusTab();
    const good = new TextEncoder().encode(
      [
        JSON.stringify({ format: 'marsad-corpus', version: 2 }),
        JSON.stringify({ type: 'article', url: 'https://a.example/1', title: 'جديد', text: 'نص جديد' }),
        '{"type": "article", "url": "https://a.example/2", "title": "',
      ].join('\n'),
    );
    // A byte of windows-1256 in the middle of line 3.
    const bytes = new Uint8Array([...good, 0xc7, ...new TextEncoder().encode('", "text": "نص"}\n')]);
    await pickFile(c.querySelector('.card input[type="file"]'), 'corpus.jsonl', bytes);
    const alert = await waitFor(() => byText(c, '.notice.error', /not valid UTF-8/));
    expect(alert.textContent).toContain('Nothing was imported: the file is not valid UTF-8 text (line 3)');
    expect(titles(c)).toEqual(['موجود']);
    expect(await db.articles.count()).toBe(1);
  });
});

describe('a full disk', () => {
  it('explains the refused import, in the interface’s language, and leaves the corpus as it was', async () => {
    await addArticle('موجود', '2024-01-01T10:00:00.000Z');
    const c = await openCorpusTab();
    const file = [
      JSON.stringify({ format: 'marsad-corpus', version: 1 }),
      JSON.stringify({ type: 'article', url: 'https://a.example/1', title: 'جديد', text: 'نص جديد' }),
    ].join('\n');
    // IndexedDB refuses every write, as when the disk or the storage quota is full.
    await withFullDisk(async () => {
      await pickFile(c.querySelector('.card input[type="file"]'), 'corpus.jsonl', file);
      const alert = await waitFor(() => byText(c, '[role="alert"]', /no room left/));
      expect(alert.textContent).toContain('Nothing was changed, and everything saved before is intact.');
    });
    expect(await db.articles.count()).toBe(1);
    expect(titles(c)).toEqual(['موجود']);
  });
});

describe('storage', () => {
  it('shows the space used and asks for persistent storage', async () => {
    let persisted = false;
    const persist = vi.fn(async () => (persisted = true));
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: async () => ({ usage: 5 * 1024 * 1024, quota: 2 * 1024 ** 3 }), persisted: async () => persisted, persist },
    });
    const c = await openCorpusTab();
    const box = c.querySelector<HTMLElement>('[data-testid="storage"]')!;
    await waitFor(() => expect(box.textContent).toContain('Using 5 MB of 2 GB available to Marsad.'));
    expect(box.textContent).toContain('Storage is not persistent');
    await click(byText(box, 'button', 'Ask for persistent storage'));
    await waitFor(() => expect(box.textContent).toContain('Storage is persistent'));
    expect(persist).toHaveBeenCalledOnce();
    expect(box.querySelector('button')).toBeNull();
  });

  it('says so when the browser has no storage manager', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: undefined });
    const c = await openCorpusTab();
    const box = c.querySelector<HTMLElement>('[data-testid="storage"]')!;
    await waitFor(() => expect(box.textContent).toContain('This browser does not report how much storage is used.'));
    expect(box.textContent).toContain('This browser does not say whether storage is persistent.');
    expect(box.querySelector('button')).toBeNull();
  });
});
