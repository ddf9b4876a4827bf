/**
 * A hostile page or a bad file against the built extension in Chromium (issue 11), each attack as
 * the audit ran it, each shown to do no harm:
 *
 * - 9: a page that re-sends WXT's "content script started" announcement does not switch Marsad
 *   off, and Marsad never announced itself to the page;
 * - 4: a page that plants the name of an entity the user added does not see it painted;
 * - 2: a corpus file whose entity line is malformed is refused with that line's number; a damaged
 *   record written straight into the database is skipped and listed in the options page, and
 *   pages keep being highlighted;
 * - 7: article addresses other than http(s) or a file's path are refused at import with their
 *   line, and an imported file path is shown as text, never as a link;
 * - 6: the content script's world (which a page's exploit could reach) may not read, delete, import
 *   or rewrite what Marsad stores;
 * - 5 (its own browser): a real full disk — the profile on a small tmpfs — is named as such, and
 *   what was saved before is intact.
 *
 * Pages are served under a built-in news host (see `launchWithExtension`'s `mapHosts`).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optionsStrings } from '../../lib/i18n/options';
import { stringsFor } from '../../lib/i18n/strings';
import { collectErrors, type ExtensionBrowser, hasChromium, launchWithExtension, openPopup, SKIP_REASON, startStaticServer, type StaticServer, stopServiceWorker } from './harness';
import { highlightedWords, NEWS_HOST, newsUrl, waitForHighlights } from './marsad-page';
import { pageStatus } from './popup-reading';

if (!hasChromium) console.warn(SKIP_REASON);
const suite = hasChromium ? describe : describe.skip;

/** Chromium here has only the en-US locale: the interface speaks English. */
const t = stringsFor('en');
const o = optionsStrings('en');
const ARTICLE = 'lavrov-doha-2019-03-01.html';
const HEADER = JSON.stringify({ format: 'marsad-corpus', version: 3, exportedAt: '2026-11-30T00:00:00.000Z' });

/** An article line of a corpus file, as a researcher's crawl would give it. */
function articleLine(url: string, title: string): string {
  return JSON.stringify({
    type: 'article',
    url,
    canonicalUrl: url,
    title,
    site: 'أرشيف الفريق',
    byline: null,
    publishedAt: '2019-05-02',
    savedAt: '2026-11-30T08:00:00.000Z',
    lang: 'ar',
    text: `${title}. قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن الحل في سوريا سياسي.`,
    mentions: { 'person:sergei-lavrov': 1, 'place:moscow': 1 },
  });
}

suite(hasChromium ? 'a hostile page or a bad file (built extension, Chromium)' : SKIP_REASON, () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  const watched: { label: string; errors: readonly string[] }[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchWithExtension({ mapHosts: { hosts: [NEWS_HOST], port: server.port } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openNews(path: string, beforeScripts?: string): Promise<Page> {
    const page = await browser.context.newPage();
    watched.push({ label: `page ${path}`, errors: collectErrors(page) });
    if (beforeScripts) await page.addInitScript(beforeScripts);
    await page.goto(newsUrl(path));
    return page;
  }

  async function optionsPage(tab: string): Promise<Page> {
    const page = await browser.context.newPage();
    watched.push({ label: `options ${tab}`, errors: collectErrors(page) });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#${tab}`);
    return page;
  }

  /** Imports `text` as a corpus file in the options page; gives the notice or the alert it shows. */
  async function importCorpusFile(options: Page, name: string, text: string): Promise<string> {
    await options.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/x-ndjson', buffer: Buffer.from(text) });
    const said = options.locator('section[aria-labelledby="corpus-transfer"] .notice, [role="alert"]');
    await expect.poll(async () => (await said.allInnerTexts()).join('\n'), { timeout: 10_000 }).toMatch(/\S/);
    await expect.poll(async () => (await said.allInnerTexts()).join('\n'), { timeout: 10_000 }).not.toMatch(/Importing|Checking/);
    return (await said.allInnerTexts()).join('\n');
  }

  it('9: a page re-sending WXT’s start announcement does not switch Marsad off; Marsad never announced itself', async () => {
    // Every message the page's window receives, from the first script on.
    const page = await openNews(ARTICLE, `window.__heard = []; addEventListener('message', (e) => window.__heard.push(JSON.stringify(e.data)));`);
    await waitForHighlights(page);
    const before = await highlightedWords(page);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard.filter((m) => m.includes('content-script-started') || m.includes(browser.extensionId))).toEqual([]);

    // The forgeries, also with the extension's id and the scripts' names a page might have learned.
    await page.evaluate((id) => {
      for (const name of ['content', 'analyser']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
        window.postMessage({ type: 'wxt:content-script-started', contentScriptName: name, messageId: 'forged' }, '*');
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
        window.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
      }
    }, browser.extensionId);
    await page.waitForTimeout(1_000);
    expect(await highlightedWords(page)).toEqual(before);
    expect(before.person).toContain('لافروف');
    // Still alive: a change to the page is read and painted.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الحل سياسي.';
      // Into the story, where the reader reads.
      const story = document.querySelectorAll('article p');
      story[story.length - 1]!.after(p);
    });
    await expect.poll(async () => (await highlightedWords(page)).person, { timeout: 8_000 }).toContain('إيمانويل ماكرون');
    await page.close();
  });

  it('4: a page that plants the name of an entity the user added does not see it painted', async () => {
    const options = await optionsPage('knowledge');
    const own = { id: 'person:user-hostile-1', origin: 'user', type: 'person', name: 'سامي الراوي', nameEn: 'Sami al-Rawi', aliases: ['الراوي'], updatedAt: '2026-11-30T00:00:00.000Z' };
    const added = (await options.evaluate(
      (data) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ id: 1, type: 'importKnowledge', data, timestamp: 0 }),
      { edits: [own] },
    )) as { res: { ok: boolean } };
    expect(added.res.ok).toBe(true);
    await options.close();
    // The page plants candidates: the user's entity among built-in names.
    const planted = 'قال الباحث سامي الراوي إن وزير الخارجية الروسي سيرغي لافروف سيزور موسكو، وأضاف الراوي أن الزيارة مهمة.';
    const page = await openNews(ARTICLE);
    await waitForHighlights(page);
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      const story = document.querySelectorAll('article p');
      story[story.length - 1]!.after(p);
    }, planted);
    await expect.poll(async () => (await highlightedWords(page)).person.filter((w) => w === 'سيرغي لافروف').length, { timeout: 8_000 }).toBe(2);
    const painted = Object.values(await highlightedWords(page)).flat();
    expect(painted).not.toContain('سامي الراوي');
    expect(painted).not.toContain('الراوي');
    expect(await page.evaluate(() => document.querySelectorAll('marsad-mark').length)).toBe(0);
    await page.close();
  });

  it('2: a malformed entity line is refused with its line; a damaged record stored straight is skipped, listed, deletable, and pages keep highlighting', async () => {
    const options = await optionsPage('corpus');
    const poisoned = [
      HEADER,
      JSON.stringify({ type: 'entity', entity: { id: 'person:user-abc-1', origin: 'user', type: 'person', name: 'و', aliases: [], updatedAt: '2026-11-30T00:00:00.000Z' } }),
      JSON.stringify({ type: 'entity', entity: { id: 'person:sergei-lavrov', origin: 'edit', excluded: { length: 1 }, hidden: 'no', updatedAt: '2026-11-30T00:00:00.000Z' } }),
      '',
    ].join('\n');
    const said = await importCorpusFile(options, 'poisoned.jsonl', poisoned);
    expect(said).toContain(`${o.lineN(2)}:`);
    expect(said).toContain(`${o.lineN(3)}:`);
    expect(said).not.toContain(o.importReport(0, 0, 0, 0, 0));

    // Written straight into the database (by an older build, a hand edit, a bug): the shapes that bricked Marsad.
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('marsad');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('entities', 'readwrite');
            tx.objectStore('entities').put({ id: 'person:sergei-lavrov', origin: 'edit', excluded: { length: 1 }, hidden: 'no', updatedAt: '2026-11-30T00:00:00.000Z' });
            tx.objectStore('entities').put({ id: 'person:user-xyz-2', origin: 'user', type: 'person', name: 'و', aliases: 'none' });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    // The background compiled its knowledge before the write: a new worker (as after a restart) reads it.
    await stopServiceWorker(browser.context);
    const page = await openNews(ARTICLE);
    await waitForHighlights(page);
    expect((await highlightedWords(page)).person).toContain('لافروف');
    await page.close();

    await options.goto(`chrome-extension://${browser.extensionId}/options.html#knowledge`);
    const damaged = options.locator('[data-testid="kb-damaged"]');
    await expect.poll(() => damaged.innerText(), { timeout: 10_000 }).toContain(o.kbDamagedTitle(2));
    await options.getByRole('button', { name: o.kbDamagedDeleteOf('person:user-xyz-2') }).click();
    await expect.poll(() => damaged.innerText(), { timeout: 5_000 }).toContain(o.kbDamagedDeleted('person:user-xyz-2'));
    await options.getByRole('button', { name: o.kbDamagedDeleteOf('person:sergei-lavrov') }).click();
    await expect.poll(() => options.locator('[data-testid="kb-damaged"] li').count(), { timeout: 5_000 }).toBe(0);
    await options.close();
  });

  it('7: addresses other than http(s) or a file path are refused with their lines; an imported file path is text, not a link', async () => {
    const options = await optionsPage('corpus');
    const bad = [
      HEADER,
      articleLine('javascript:alert(document.domain)', 'مقال برابط خبيث'),
      articleLine('data:text/html,<script>alert(1)</script>', 'مقال برابط بيانات'),
      articleLine('http://archive.example/lavrov-1.html', 'مقال سليم'),
      '',
    ].join('\n');
    const refused = await importCorpusFile(options, 'bad-urls.jsonl', bad);
    expect(refused).toContain(o.importProblems(2));
    expect(refused).toContain(`${o.lineN(2)}:`);
    expect(refused).toContain(`${o.lineN(3)}:`);
    expect(refused).not.toContain(`${o.lineN(4)}:`);

    const TITLE = 'مقال من أرشيف على القرص';
    const good = [HEADER, articleLine('/home/researcher/crawl/lavrov-1.html', TITLE), ''].join('\n');
    expect(await importCorpusFile(options, 'crawl.jsonl', good)).toContain(o.importReport(1, 0, 0, 0, 0));
    await options.close();

    const popup = await browser.context.newPage();
    watched.push({ label: 'popup (history)', errors: collectErrors(popup) });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?entity=${encodeURIComponent('person:sergei-lavrov')}`);
    const title = popup.locator('[data-testid="articles"] .title', { hasText: TITLE });
    await expect.poll(() => title.count(), { timeout: 10_000 }).toBe(1);
    expect(await title.getAttribute('href')).toBeNull();
    // No link anywhere in the popup leads anywhere but http(s).
    const hrefs = await popup.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((h) => !/^https?:/.test(h))).toEqual([]);
    await popup.close();
  });

  /** The content script's isolated world in `page`, through the DevTools protocol. */
  async function contentWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
    const cdp = await browser.context.newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin.includes(browser.extensionId)), { timeout: 5_000 }).toBe(true);
    return { cdp, contextId: contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(browser.extensionId))!.id };
  }

  it('6: the content script’s world may not read, delete, import or rewrite what Marsad stores', async () => {
    const page = await openNews(ARTICLE);
    await waitForHighlights(page);
    const { cdp, contextId } = await contentWorld(page);
    const ask = async (type: string, data: unknown): Promise<string> => {
      const expression = `chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: 0 })}).then((r) => JSON.stringify(r))`;
      const reply = (await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true })) as { result: { value?: string } };
      return reply.result.value ?? '';
    };
    const file = [HEADER, articleLine('http://archive.example/planted.html', 'مقال مزروع'), ''].join('\n');
    const upload = 'planted-upload';
    const refused = {
      removePage: await ask('removePage', { url: newsUrl(ARTICLE) }),
      deleteArticle: await ask('deleteArticle', { id: 1 }),
      importCorpusWrite: await ask('importCorpusWrite', { upload, part: file, first: true, last: true }),
      importKnowledge: await ask('importKnowledge', { edits: [{ id: 'person:user-planted-1', origin: 'user', type: 'person', name: 'اسم مزروع', aliases: [], updatedAt: '2026-11-30T00:00:00.000Z' }] }),
      removeDamagedKnowledge: await ask('removeDamagedKnowledge', { ids: ['person:sergei-lavrov'] }),
      // Reading what the corpus and the knowledge base hold is for Marsad's own pages (the card asks from its frame).
      history: await ask('history', { entityId: 'person:sergei-lavrov', limit: 50 }),
      overview: await ask('overview', { entityId: 'person:sergei-lavrov', limit: 8 }),
      entityCards: await ask('entityCards', { entityIds: ['person:sergei-lavrov'], excludeUrl: null, articles: 3, statements: 3 }),
      knowledgeEdits: await ask('knowledgeEdits', undefined),
      hideByEdit: await ask('editKnowledge', { id: 'person:sergei-lavrov', origin: 'edit', hidden: true, updatedAt: '2026-11-30T00:00:00.000Z' }),
      renameByEdit: await ask('editKnowledge', { id: 'person:sergei-lavrov', origin: 'edit', aliases: ['اسم مزروع'], updatedAt: '2026-11-30T00:00:00.000Z' }),
    };
    for (const [call, reply] of Object.entries(refused)) {
      expect(JSON.parse(reply) as unknown, call).toMatchObject({ res: { ok: false, code: 'invalid' } });
    }
    await cdp.detach();

    // Nothing planted: the options page lists neither the article nor the name.
    const options = await optionsPage('corpus');
    await expect.poll(() => options.locator('[data-testid="articles"]').innerText(), { timeout: 5_000 }).toContain('مقال من أرشيف على القرص');
    expect(await options.locator('[data-testid="articles"]').innerText()).not.toContain('مقال مزروع');
    await options.close();
    const planted = await openNews('lavrov-moscow-talks-2019-06-15.html');
    await waitForHighlights(planted);
    expect(Object.values(await highlightedWords(planted)).flat()).not.toContain('اسم مزروع');
    await planted.close();
    await page.close();
  });

  it('logged no error in the pages and sent nothing over the network', () => {
    for (const w of watched) expect(w.errors, w.label).toEqual([]);
    expect(browser.externalRequests()).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. A real full disk

/** Mounts a tmpfs of `mb` MB at a new folder; undefined where this machine does not allow it (not root). */
function mountTmpfs(mb: number): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

function unmount(dir: string): void {
  execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}

/** Can this machine mount a tmpfs? (Tried once, and unmounted at once.) */
function canMount(): boolean {
  const dir = mountTmpfs(1);
  if (dir) unmount(dir);
  return dir !== undefined;
}

/** Writes `file` until the filesystem has no byte left. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (let chunk = 1 << 20; chunk >= 1; ) {
      try {
        writeSync(fd, Buffer.alloc(chunk));
      } catch {
        chunk >>= 1;
      }
    }
  } finally {
    closeSync(fd);
  }
}

const MOUNTS = hasChromium && canMount();
const FULL_DISK_SKIP = hasChromium ? 'the full-disk test needs a tmpfs, which only root may mount here' : SKIP_REASON;
if (hasChromium && !MOUNTS) console.warn(FULL_DISK_SKIP);

(MOUNTS ? describe : describe.skip)(MOUNTS ? 'a real full disk (the profile on a 96 MB tmpfs)' : FULL_DISK_SKIP, () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let disk: string;

  beforeAll(async () => {
    disk = mountTmpfs(96)!;
    server = await startStaticServer();
    browser = await launchWithExtension({ mapHosts: { hosts: [NEWS_HOST], port: server.port }, profileDir: join(disk, 'profile') });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (disk) unmount(disk);
  });

  /** Saves the tab's page through its popup; gives what the popup says. */
  async function saveThroughPopup(page: Page): Promise<string> {
    const { page: popup } = await openPopup(browser.context, browser.extensionId, page);
    await expect.poll(() => pageStatus(popup), { timeout: 10_000 }).toContain(t.arabicNews);
    await popup.locator('[data-testid="save"]').click();
    const note = popup.locator('.note');
    await expect.poll(() => note.allInnerTexts().then((x) => x.join(' ')), { timeout: 15_000 }).toMatch(/\S/);
    await expect.poll(() => note.allInnerTexts().then((x) => x.join(' ')), { timeout: 15_000 }).not.toMatch(/Saving/);
    const said = (await note.allInnerTexts()).join(' ');
    await popup.close();
    return said;
  }

  it('is named as a full disk, changes nothing, and what was saved before is intact', async () => {
    const first = await browser.context.newPage();
    await first.goto(newsUrl('lavrov-doha-2019-03-01.html'));
    await waitForHighlights(first);
    expect(await saveThroughPopup(first)).toContain(t.savedNow);

    // The disk fills up (another program's file), to the last byte.
    const filler = join(disk, 'filler');
    fillDisk(filler);
    expect(statfsSync(disk).bavail).toBe(0);
    const second = await browser.context.newPage();
    await second.goto(newsUrl('lavrov-moscow-talks-2019-06-15.html'));
    await waitForHighlights(second);
    expect(await saveThroughPopup(second)).toContain(t.storageFull);

    // Room again: the first article is still there, and the second saves.
    rmSync(filler);
    expect(await saveThroughPopup(second)).toContain(t.savedNow);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#corpus`);
    await expect.poll(() => options.locator('[data-testid="corpus-count"]').innerText(), { timeout: 10_000 }).toBe(optionsStrings('en').corpusCount(2));
    await options.close();
  });
});
