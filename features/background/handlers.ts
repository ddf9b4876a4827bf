/**
 * The background's answers to every call of the contract (lib/messages.ts BackgroundCalls), typed
 * from it. Each opens what it needs; nothing is kept between calls (an MV3 service worker may stop
 * at any time).
 */
import { deleteArticle } from '../../lib/corpus/corpus';
import { writing } from '../../lib/corpus/errors';
import { importKnowledge } from '../../lib/corpus/knowledge';
import { pageStatus, removePage, savePage } from '../../lib/corpus/pages';
import { entityCards, history, overview } from '../../lib/corpus/queries';
import type { MarsadDB } from '../../lib/corpus/schema';
import { importCorpus } from '../../lib/corpus/transfer';
import type { BackgroundHandlers } from '../../lib/messages';
import { setBadge } from '../../platform/badge';
import { injectAnalyser } from '../../platform/tabs';
import { addDiscovered } from './add-discovered';
import { broadcastKnowledge } from './broadcast';
import { receivePart, takeUpload } from './uploads';

export function backgroundHandlers(db: MarsadDB): BackgroundHandlers {
  return {
    savePage: (data) => savePage(db, data),
    removePage: (data) => removePage(db, data),
    deleteArticle: (data) => deleteArticle(db, data.id),
    pageStatus: (data) => pageStatus(db, data),
    entityCards: (data) => entityCards(db, data),
    history: (data) => history(db, data),
    overview: (data) => overview(db, data),
    knowledgeEdits: () => db.entities.toArray(),
    editKnowledge: async (data) => {
      await writing(() => db.entities.put(data));
      await broadcastKnowledge();
    },
    importKnowledge: async (data) => {
      const report = await importKnowledge(db, data.edits);
      if (report.added + report.updated > 0) await broadcastKnowledge();
      return report;
    },
    importCorpusPart: (data) => receivePart(data.upload, data.part),
    importCorpus: async (data) => {
      const report = await importCorpus(db, takeUpload(data.upload));
      // The file's knowledge edits change what every page highlights.
      if (report.entitiesAdded > 0) await broadcastKnowledge();
      return report;
    },
    addDiscovered: (data) => addDiscovered(db, data, broadcastKnowledge),
    pageAnalysed: async (data, sender) => {
      if (sender.tabId !== undefined) await setBadge(sender.tabId, data.entityCount > 0 ? String(data.entityCount) : '', 'ok');
    },
    startAnalyser: async (_, sender) => {
      if (sender.tabId !== undefined) await injectAnalyser(sender.tabId, { frameId: sender.frameId ?? 0 });
    },
    openHistory: async (data) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(data.entityId)}`) });
    },
  };
}
