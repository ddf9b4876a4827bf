/**
 * The background's answers to every call of the contract (lib/messages.ts BackgroundCalls), typed
 * from it. Each opens what it needs; the one thing kept between calls is the compiled knowledge
 * base (engine.ts), which a stopped worker compiles again (an MV3 service worker may stop at any
 * time).
 */
import { deleteArticle } from '../../lib/corpus/corpus';
import { writing } from '../../lib/corpus/errors';
import { importKnowledge } from '../../lib/corpus/knowledge';
import { pageStatus, removePage, savePage } from '../../lib/corpus/pages';
import { describeEntity, namedOverview } from '../../lib/corpus/labels';
import { entityCards, history } from '../../lib/corpus/queries';
import { detect } from '../../lib/detect/detect';
import type { MarsadDB } from '../../lib/corpus/schema';
import { importCorpus } from '../../lib/corpus/transfer';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { MarsadError, type BackgroundHandlers } from '../../lib/messages';
import { setBadge } from '../../platform/badge';
import { injectAnalyser } from '../../platform/tabs';
import { addDiscovered } from './add-discovered';
import { readPageTexts } from '../../lib/analyze/page';
import { knowledgeChanged } from './broadcast';
import { KnowledgeEngine } from './engine';
import { receivePart, takeUpload } from './uploads';

export function backgroundHandlers(db: MarsadDB, engine = new KnowledgeEngine(db)): BackgroundHandlers {
  const changed = knowledgeChanged(engine);
  return {
    analysePage: async (data) => readPageTexts(data, await engine.gazetteer()),
    savePage: async (data, sender) => {
      // A content script saves its own page, nothing else.
      if (!sender.extension && !samePage(data.url, sender.url)) throw new MarsadError('invalid', 'A page may save only itself.');
      return savePage(db, data, await engine.gazetteer());
    },
    removePage: (data) => removePage(db, data),
    deleteArticle: (data) => deleteArticle(db, data.id),
    pageStatus: (data) => pageStatus(db, data),
    entityCards: (data) => entityCards(db, data),
    history: (data) => history(db, data),
    overview: async (data) => namedOverview(db, await engine.gazetteer(), data),
    describeEntity: async (data) => describeEntity(db, await engine.gazetteer(), data.entityId),
    detectText: (data) => detect(data.text),
    knowledgeEdits: () => db.entities.toArray(),
    editKnowledge: async (data, sender) => {
      // The card (in the page) hides an entity or says a form is not it; anything else — a new
      // entity, a name, other names — comes from Marsad's own pages.
      if (!sender.extension && !onlyHidesOrExcludes(data, await db.entities.get(data.id))) {
        throw new MarsadError('invalid', 'A page may only hide an entity or exclude a form.');
      }
      await writing(() => db.entities.put(data));
      await changed();
    },
    importKnowledge: async (data) => {
      const report = await importKnowledge(db, data.edits);
      if (report.added + report.updated > 0) await changed();
      return report;
    },
    importCorpusPart: (data) => receivePart(data.upload, data.part),
    importCorpus: async (data) => {
      const report = await importCorpus(db, takeUpload(data.upload));
      // The file's knowledge edits change what every page highlights.
      if (report.entitiesAdded > 0) await changed();
      return report;
    },
    addDiscovered: (data) => addDiscovered(db, data, changed),
    pageAnalysed: async (data, sender) => {
      if (sender.tabId !== undefined) await setBadge(sender.tabId, data.entityCount > 0 ? String(data.entityCount) : '', 'ok');
    },
    startAnalyser: async (_, sender) => {
      // The page will ask for its reading: compile the knowledge base (a worker just woken has none) while the analyser starts.
      engine.warm();
      if (sender.tabId !== undefined) await injectAnalyser(sender.tabId, { frameId: sender.frameId ?? 0 });
    },
    openHistory: async (data) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(data.entityId)}`) });
    },
  };
}

/** Are these the same page (the fragment aside)? */
function samePage(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const strip = (u: string) => u.replace(/#.*$/, '');
  return strip(a) === strip(b);
}

/** Does this edit change no more than whether the entity is hidden and which forms are excluded? */
function onlyHidesOrExcludes(edit: KnowledgeEdit, stored: KnowledgeEdit | undefined): boolean {
  const rest = ({ hidden: _h, excluded: _x, updatedAt: _u, ...fields }: KnowledgeEdit) => fields;
  const changed = rest(edit);
  if (stored) return JSON.stringify(sorted(changed)) === JSON.stringify(sorted(rest(stored)));
  // No edit stored yet: an edit of a built-in entity that sets nothing else.
  return edit.origin === 'edit' && Object.keys(changed).every((k) => k === 'id' || k === 'origin');
}

const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
