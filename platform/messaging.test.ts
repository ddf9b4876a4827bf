/** The contract bound to the browser's messaging: replies and coded errors cross intact. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storageFullError } from '../lib/corpus/errors';
import { MarsadError } from '../lib/messages';
import { callBackground, callPage, serveBackground } from './messaging';

let stop: () => void = () => undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

describe('calls to the background', () => {
  it('gives the handler the request and who sent it, and the caller the reply', async () => {
    const seen: unknown[] = [];
    stop = serveBackground({
      pageStatus: (data, sender) => {
        seen.push(data, sender.tabId);
        return { saved: true, articleId: 7, savedAt: '2024-01-02T03:04:05.000Z' };
      },
    });
    const reply = await callBackground('pageStatus', { url: 'https://a.example/x', canonicalUrl: null });
    expect(reply).toEqual({ saved: true, articleId: 7, savedAt: '2024-01-02T03:04:05.000Z' });
    expect(seen[0]).toEqual({ url: 'https://a.example/x', canonicalUrl: null });
  });

  it('a full disk arrives as the code the interface words, not as an English message to match', async () => {
    stop = serveBackground({
      removePage: () => {
        throw storageFullError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      },
    });
    const e = await callBackground('removePage', { url: 'https://a.example/x', canonicalUrl: null }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MarsadError);
    expect((e as MarsadError).code).toBe('storage-full');
  });

  it('any other failure arrives as «failed» with its message; a MarsadError keeps its own code', async () => {
    stop = serveBackground({
      removePage: () => {
        throw new Error('the index is gone');
      },
      deleteArticle: () => {
        throw new MarsadError('not-found', 'No such article.');
      },
    });
    await expect(callBackground('removePage', { url: 'u', canonicalUrl: null })).rejects.toMatchObject({ code: 'failed', message: 'the index is gone' });
    await expect(callBackground('deleteArticle', { id: 3 })).rejects.toMatchObject({ code: 'not-found', message: 'No such article.' });
  });
});

describe('calls to a page', () => {
  it('a tab where Marsad does not run answers «not running», without an error in the console', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(callPage(12, 'getPage')).rejects.toMatchObject({ code: 'not-running' });
  });

  it('unwraps the page’s reply', async () => {
    const reply = { res: { ok: true, value: { url: 'https://a.example/x', analysed: false, isArabic: false, isArabicNews: false, entities: [], article: null } } };
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(reply as never);
    expect((await callPage(12, 'getPage')).url).toBe('https://a.example/x');
  });
});

describe('who may ask the background for what', () => {
  /** Delivers a call as the browser does, from `sender`; returns the Result the caller would get. */
  async function from(sender: Record<string, unknown>, type: string, data: unknown): Promise<unknown> {
    return new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, { id: fakeBrowser.runtime.id, ...sender }, (reply: { res?: unknown }) =>
        resolve(reply?.res),
      );
    });
  }
  const page = { tab: { id: 5 }, frameId: 0, url: 'https://news.example/a' };

  it('a content script may not delete, import or remove: only Marsad’s own pages may', async () => {
    const called: string[] = [];
    stop = serveBackground({
      removePage: () => {
        called.push('removePage');
        return true;
      },
      importCorpusWrite: () => {
        called.push('importCorpusWrite');
        return { problems: [], articlesAdded: 0, articlesSkipped: 0, entitiesAdded: 0, entitiesUpdated: 0, entitiesUnchanged: 0, settings: 'none', discoveredAdded: 0 };
      },
      deleteArticle: () => {
        called.push('deleteArticle');
        return true;
      },
      importKnowledge: () => {
        called.push('importKnowledge');
        return { added: 0, updated: 0, unchanged: 0 };
      },
    });
    for (const [type, data] of [['removePage', { url: page.url, canonicalUrl: null }], ['importCorpusWrite', { upload: 'u', part: '', first: true, last: true }], ['deleteArticle', { id: 1 }], ['importKnowledge', { edits: [] }]] as const) {
      expect(await from(page, type, data), type).toMatchObject({ ok: false, code: 'invalid' });
    }
    expect(called).toEqual([]);
    const own = { tab: { id: 6 }, url: browser.runtime.getURL('/options.html') };
    expect(await from(own, 'deleteArticle', { id: 1 })).toMatchObject({ ok: true });
    expect(called).toEqual(['deleteArticle']);
  });

  it('a content script may ask what its page needs, and is told it is a page', async () => {
    let seen: unknown;
    stop = serveBackground({
      pageAnalysed: (_, sender) => {
        seen = sender;
      },
    });
    expect(await from(page, 'pageAnalysed', { entityCount: 2 })).toEqual({ ok: true });
    expect(seen).toEqual({ tabId: 5, frameId: 0, url: page.url, extension: false });
  });

  it('a content script reads nothing of the corpus or the knowledge base, nor edits them: the hover card’s frame, Marsad’s own page in the tab, does', async () => {
    const called: string[] = [];
    stop = serveBackground({
      entityCards: () => {
        called.push('entityCards');
        return [];
      },
      knowledgeEdits: () => {
        called.push('knowledgeEdits');
        return [];
      },
      openHistory: () => {
        called.push('openHistory');
      },
    });
    for (const [type, data] of [['entityCards', { entityIds: ['person:sergei-lavrov'], articles: 3, statements: 3 }], ['knowledgeEdits', undefined], ['openHistory', { entityId: 'person:x' }]] as const) {
      expect(await from(page, type, data), type).toMatchObject({ ok: false, code: 'invalid' });
    }
    expect(called).toEqual([]);
    // The frame: in the page's tab, at Marsad's own address.
    const frame = { tab: { id: 5 }, frameId: 7, url: `${browser.runtime.getURL('/card.html')}#0123456789abcdef0123456789abcdef` };
    expect(await from(frame, 'entityCards', { entityIds: ['person:sergei-lavrov'], articles: 3, statements: 3 })).toEqual({ ok: true, value: [] });
    expect(await from(frame, 'knowledgeEdits', undefined)).toEqual({ ok: true, value: [] });
    expect(called).toEqual(['entityCards', 'knowledgeEdits']);
    // A page's address that merely looks like Marsad's is not.
    const lookalike = { tab: { id: 5 }, frameId: 0, url: `https://evil.example/${browser.runtime.getURL('/card.html')}` };
    expect(await from(lookalike, 'entityCards', { entityIds: [], articles: 3, statements: 3 })).toMatchObject({ ok: false, code: 'invalid' });
  });
});
