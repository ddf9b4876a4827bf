/**
 * Export of the user's own entities and edits as a JSON file, and import of such a file: every
 * entry is checked first (nothing is written when any is wrong), then the background merges them in
 * one write (lib/corpus/knowledge.ts), so a failure leaves every stored edit as it was.
 */
import { useState } from 'preact/hooks';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { builtinIds } from './builtin';
import { useOptions } from './context';
import { useClient } from '../client';
import { localDate } from './format';
import { exportableEdits, knowledgeFile, parseKnowledgeFile, type KnowledgeProblem } from '../../lib/knowledge/file';
import { errorCodeOf } from '../../lib/messages';
import { NotTextError } from '../../lib/text-file';
import { editProblemText, type OptionsStrings } from '../../lib/i18n/options';
import { FileButton, Notice, type NoticeDetail, type NoticeState } from './ui';

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
    case 'duplicate':
      msg = t.probDuplicate(p.detail);
      break;
    default:
      msg = editProblemText(t, p);
  }
  return { where: t.problemAt(p.entry), text: msg };
}

export function KnowledgeTransfer({ edits }: { edits: readonly KnowledgeEdit[] | undefined }) {
  const client = useClient();
  const { t } = useOptions();
  const [notice, setNotice] = useState<NoticeState>(null);
  const [busy, setBusy] = useState(false);

  const exportFile = async () => {
    const records = exportableEdits(edits ?? [], await builtinIds());
    if (!records.length) {
      setNotice({ kind: 'ok', text: t.kbExportEmpty });
      return;
    }
    const now = new Date();
    client.files.download(`marsad-knowledge-${localDate(now)}.json`, knowledgeFile(records, now), 'application/json');
    setNotice({ kind: 'ok', text: t.kbExported(records.length) });
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setNotice({ kind: 'busy', text: t.kbImporting });
    try {
      const now = new Date();
      const { edits: incoming, problems } = parseKnowledgeFile(await client.files.readText(file), await builtinIds(), now);
      if (problems.length) {
        setNotice({ kind: 'error', text: t.kbImportProblems, details: problems.map((p) => problemText(t, p)) });
        return;
      }
      // One write in the background: all of the file's edits, or (when it fails) none.
      const report = await client.call('importKnowledge', { edits: incoming });
      setNotice({ kind: 'ok', text: t.kbImportDone(report.added, report.updated, report.unchanged) });
    } catch (e) {
      const code = errorCodeOf(e);
      if (e instanceof NotTextError) setNotice({ kind: 'error', text: t.importNotText(e.encoding, e.line) });
      else if (code === 'storage-full') setNotice({ kind: 'error', text: t.storageFull });
      else setNotice({ kind: 'error', text: t.kbImportFailed(e instanceof Error && e.message ? e.message : t.unknownError) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="transfer">
      <div class="actions">
        <button type="button" onClick={() => void exportFile()} disabled={!edits}>
          {t.kbExport}
        </button>
        <FileButton label={t.kbImport} accept=".json,application/json" disabled={busy} onFile={(f) => void importFile(f)} />
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
    </div>
  );
}
