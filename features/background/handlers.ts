/**
 * The background's answers to every call of the contract (lib/messages.ts BackgroundCalls), typed
 * from it. Each opens what it needs; the one thing kept between calls is the compiled knowledge
 * base (engine.ts), which a stopped worker compiles again (an MV3 service worker may stop at any
 * time).
 */
import { deleteArticle } from '../../lib/corpus/corpus';
import { writing } from '../../lib/corpus/errors';
import { importKnowledge, removeDamagedKnowledge } from '../../lib/corpus/knowledge';
import { pageStatus, removePage, savePage } from '../../lib/corpus/pages';
import { describeEntity, namedOverview } from '../../lib/corpus/labels';
import { entityCards, history } from '../../lib/corpus/queries';
import { detect } from '../../lib/detect/detect';
import type { MarsadDB } from '../../lib/corpus/schema';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { builtinIds, readEdits } from '../../lib/knowledge/builtin';
import { checkEdit } from '../../lib/knowledge/edit';
import { editProblemText, optionsStrings } from '../../lib/i18n/options';
import { MarsadError, type BackgroundHandlers } from '../../lib/messages';
import { setBadge } from '../../platform/badge';
import { applyImportedSettings } from '../../platform/settings';
import { injectAnalyser, injectReadability } from '../../platform/tabs';
import { addDiscovered } from './add-discovered';
import { readPageTexts } from '../../lib/analyze/page';
import { knowledgeChanged } from './broadcast';
import { KnowledgeEngine } from './engine';
import { cancelImport, writePart } from './uploads';

export function backgroundHandlers(db: MarsadDB, engine = new KnowledgeEngine(db)): BackgroundHandlers {
  const changed = knowledgeChanged(engine);
  return {
    analysePage: async (data) => {
      const { gazetteer, own } = await engine.knowledge();
      return readPageTexts(data, gazetteer, own);
    },
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
    // Only the records every door would take: a damaged one stored is left out, never sent on.
    knowledgeEdits: async () => readEdits(await db.entities.toArray()).edits,
    editKnowledge: async (data, sender) => {
      const edit = checked(data);
      // Only Marsad's own pages call this (the hover card from its frame: lib/messages.ts
      // PAGE_MAY_CALL). Should a page's sender ever be let through, it could only hide an entity
      // or say a form is not it, never add a name.
      if (!sender.extension && !onlyHidesOrExcludes(edit, checkEdit(await db.entities.get(edit.id), builtinIds()).edit)) {
        throw new MarsadError('invalid', 'A page may only hide an entity or exclude a form.');
      }
      await writing(() => db.entities.put(edit));
      await changed();
    },
    importKnowledge: async (data) => {
      const report = await importKnowledge(db, checkedAll(data?.edits));
      if (report.added + report.updated > 0) await changed();
      return report;
    },
    removeDamagedKnowledge: async (data) => {
      const ids = Array.isArray(data?.ids) ? data.ids.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number') : [];
      // They were never read: what pages highlight does not change.
      return removeDamagedKnowledge(db, ids);
    },
    importCorpusWrite: async (data) => {
      const report = await writePart(db, data, applyImportedSettings);
      // The file's knowledge edits change what every page highlights.
      if (data.last && report.entitiesAdded + report.entitiesUpdated > 0) await changed();
      return report;
    },
    importCorpusCancel: (data) => cancelImport(db, data.upload),
    addDiscovered: (data) => addDiscovered(db, data, changed),
    pageAnalysed: async (data, sender) => {
      if (sender.tabId !== undefined) await setBadge(sender.tabId, data.entityCount > 0 ? String(data.entityCount) : '', 'ok');
    },
    startAnalyser: async (data, sender) => {
      // The page will ask for its reading: compile the knowledge base (a worker just woken has none) while the analyser starts.
      engine.warm();
      if (sender.tabId !== undefined) await injectAnalyser(sender.tabId, { frameId: sender.frameId ?? 0, readability: data?.marked !== true });
    },
    loadReadability: async (_, sender) => {
      if (sender.tabId !== undefined) await injectReadability(sender.tabId, { frameId: sender.frameId ?? 0 });
    },
    openHistory: async (data) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(data.entityId)}`) });
    },
  };
}

/** A record from a message, as every door checks it (lib/knowledge/edit.ts); refused with what is wrong. */
function checked(raw: unknown): KnowledgeEdit {
  const c = checkEdit(raw, builtinIds());
  if (!c.edit) throw new MarsadError('invalid', `The knowledge-base record was refused: ${c.problems.map((p) => editProblemText(EN, p)).join(' ')}`);
  return c.edit;
}

/** The records of an import, each checked, no id twice; any refused refuses them all. */
function checkedAll(raw: unknown): KnowledgeEdit[] {
  if (!Array.isArray(raw)) throw new MarsadError('invalid', 'An import of knowledge-base records needs a list of them.');
  const seen = new Set<string>();
  return raw.map((r: unknown, i) => {
    try {
      const edit = checked(r);
      if (seen.has(edit.id)) throw new MarsadError('invalid', `The id ${edit.id} is given twice.`);
      seen.add(edit.id);
      return edit;
    } catch (e) {
      throw new MarsadError('invalid', `Record ${i + 1}: ${(e as Error).message}`);
    }
  });
}

const EN = optionsStrings('en');

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
