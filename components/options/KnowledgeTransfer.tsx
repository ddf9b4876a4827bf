/**
 * Export of the user's own entities and edits as a JSON file, and import of such a file: every
 * entry is checked first (nothing is written when any is wrong), then the records are sent one by
 * one; if one fails, those already sent are put back as they were.
 */
import { useState } from 'preact/hooks';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { BUILTIN_ENTITIES } from '../../lib/knowledge/builtin';
import { useOptions } from './context';
import { downloadText, readFileText } from '../../platform/download';
import { sendEdit } from './EntityEditor';
import { localDate } from './format';
import { exportableEdits, knowledgeFile, parseKnowledgeFile, planKnowledgeImport, undoRecord, type KnowledgeProblem } from '../../lib/knowledge/file';
import type { OptionsStrings } from '../../lib/i18n/options';
import { FileButton, Notice, type NoticeDetail, type NoticeState } from './ui';

let builtinIdSet: Set<string> | undefined;
export const builtinIds = (): ReadonlySet<string> => (builtinIdSet ??= new Set(BUILTIN_ENTITIES.map((e) => e.id)));

export function problemText(t: OptionsStrings, p: KnowledgeProblem): NoticeDetail {
  let msg: string;
  switch (p.code) {
    case 'notJson':
      msg = t.probNotJson(p.detail);
      break;
    case 'notKnowledge':
      msg = t.probNotKnowledge;
      break;
    case 'newer':
      msg = t.probNewer(p.detail);
      break;
    case 'noEntities':
      msg = t.probNoEntities;
      break;
    case 'notObject':
      msg = t.probNotObject;
      break;
    case 'badId':
      msg = t.probBadId;
      break;
    case 'badOrigin':
      msg = t.probBadOrigin;
      break;
    case 'userNeeds':
      msg = t.probUserNeeds;
      break;
    case 'badHidden':
      msg = t.probBadHidden;
      break;
    case 'unknownBuiltin':
      msg = t.probUnknownBuiltin(p.detail);
      break;
    case 'duplicate':
      msg = t.probDuplicate(p.detail);
      break;
    case 'badList':
      msg = t.probBadList(p.detail);
      break;
    case 'stopword':
      msg = t.probStopword(p.detail);
      break;
  }
  return { where: t.problemAt(p.entry), text: msg };
}

export function KnowledgeTransfer({ edits }: { edits: readonly KnowledgeEdit[] | undefined }) {
  const { t, db } = useOptions();
  const [notice, setNotice] = useState<NoticeState>(null);
  const [busy, setBusy] = useState(false);

  const exportFile = () => {
    const records = exportableEdits(edits ?? [], builtinIds());
    if (!records.length) {
      setNotice({ kind: 'ok', text: t.kbExportEmpty });
      return;
    }
    const now = new Date();
    downloadText(`marsad-knowledge-${localDate(now)}.json`, knowledgeFile(records, now), 'application/json');
    setNotice({ kind: 'ok', text: t.kbExported(records.length) });
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setNotice({ kind: 'busy', text: t.kbImporting });
    try {
      const now = new Date();
      const { edits: incoming, problems } = parseKnowledgeFile(await readFileText(file), builtinIds(), now);
      if (problems.length) {
        setNotice({ kind: 'error', text: t.kbImportProblems, details: problems.map((p) => problemText(t, p)) });
        return;
      }
      const stored = await db.entities.toArray();
      const before = new Map(stored.map((e) => [e.id, e]));
      const plan = planKnowledgeImport(incoming, stored);
      const sent: KnowledgeEdit[] = [];
      try {
        for (const w of plan.writes) {
          await sendEdit(w);
          sent.push(w);
        }
      } catch (e) {
        const msg = e instanceof Error && e.message ? e.message : t.unknownError;
        try {
          for (const w of sent.reverse()) await sendEdit(undoRecord(w, before.get(w.id), new Date()));
          setNotice({ kind: 'error', text: t.kbImportFailed(msg) });
        } catch {
          setNotice({ kind: 'error', text: t.kbImportPartial(msg) });
        }
        return;
      }
      setNotice({ kind: 'ok', text: t.kbImportDone(plan.added, plan.updated, plan.unchanged) });
    } catch (e) {
      setNotice({ kind: 'error', text: t.kbImportFailed(e instanceof Error && e.message ? e.message : t.unknownError) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="transfer">
      <div class="actions">
        <button type="button" onClick={exportFile} disabled={!edits}>
          {t.kbExport}
        </button>
        <FileButton label={t.kbImport} accept=".json,application/json" disabled={busy} onFile={(f) => void importFile(f)} />
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
    </div>
  );
}
