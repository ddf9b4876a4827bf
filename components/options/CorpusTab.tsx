/**
 * The corpus tab: the saved articles, newest first, 50 a page, searchable by title or site; delete
 * one; export everything as JSON Lines (in parts, with progress and *Cancel*); import such a file
 * (all or nothing, with progress, *Cancel* and the report); and the storage the corpus uses.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { statementsOfRows } from '../../lib/corpus/corpus';
import { statementRowsOf } from '../../lib/corpus/sets';
import { linkableUrl } from '../../lib/corpus/urls';
import type { ArticleRecord, MarsadDB } from '../../lib/corpus/schema';
import type { ImportCheck } from '../../lib/corpus/import-stream';
import { useOptions } from './context';
import { useClient } from '../client';
import { formatDay, formatSaved, localDate } from './format';
import { foldQuery } from '../../lib/knowledge/catalogue';
import { editProblemText } from '../../lib/i18n/options';
import { NotTextError } from '../../lib/text-file';
import { useLiveQuery } from './live';
import { StorageStatus } from './StorageStatus';
import { Confirm, failure, FileButton, Notice, type NoticeState } from './ui';

export const PAGE_SIZE = 50;

export interface ArticleRow {
  id: number;
  url: string;
  title: string;
  site: string | null;
  publishedAt: string | null;
  savedAt: string;
  statements: number;
}

export interface ArticlePage {
  total: number;
  rows: ArticleRow[];
}

/** One page of saved articles, newest saved first, optionally only those whose title or site contains the query (normalised). */
export async function articlePage(db: MarsadDB, query: string, page: number): Promise<ArticlePage> {
  const q = foldQuery(query);
  const matches = (a: ArticleRecord) => foldQuery(a.title).includes(q) || (a.site !== null && foldQuery(a.site).includes(q));
  const newest = () => {
    const c = db.articles.orderBy('savedAt').reverse();
    return q ? c.filter(matches) : c;
  };
  const total = await newest().count();
  const articles = await newest().offset(page * PAGE_SIZE).limit(PAGE_SIZE).toArray();
  // A joint statement («قالت فرنسا وبريطانيا») is stored once per member: count the statements, not the rows.
  const counts = await Promise.all(articles.map(async (a) => statementsOfRows(await statementRowsOf(db, a.id)).length));
  return {
    total,
    rows: articles.map((a, i) => ({ id: a.id, url: a.url, title: a.title, site: a.site, publishedAt: a.publishedAt, savedAt: a.savedAt, statements: counts[i] ?? 0 })),
  };
}

function ArticleItem({ row, onDeleted, onError }: { row: ArticleRow; onDeleted: (title: string) => void; onError: (e: unknown) => void }) {
  const { t, locale } = useOptions();
  const client = useClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const del = useRef<HTMLButtonElement>(null);
  const title = row.title.trim() || t.untitled;
  const published = formatDay(row.publishedAt, locale);
  const saved = formatSaved(row.savedAt, locale);
  const isLink = linkableUrl(row.url) !== undefined;

  const remove = async () => {
    setBusy(true);
    try {
      // The background owns the corpus's writes: it deletes, and every count stays in one place.
      await client.call('deleteArticle', { id: row.id });
      onDeleted(title);
    } catch (e) {
      onError(e);
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <tr data-id={row.id}>
      {/* Page text in its own direction (an Arabic title reads right to left in the English page). */}
      <td class="title" dir="auto">
        {isLink ? (
          <a href={row.url} target="_blank" rel="noopener noreferrer">
            <bdi>{title}</bdi>
          </a>
        ) : (
          <bdi>{title}</bdi>
        )}
      </td>
      <td dir="auto">
        <bdi>{row.site ?? t.noDate}</bdi>
      </td>
      <td>{published ? <time dateTime={row.publishedAt ?? undefined}>{published}</time> : t.noDate}</td>
      <td>{saved ? <time dateTime={row.savedAt}>{saved}</time> : t.noDate}</td>
      <td class="num">{row.statements.toLocaleString(locale)}</td>
      <td class="row-actions">
        {confirming ? (
          <Confirm
            question={t.delConfirm}
            yes={t.delYes}
            busy={busy}
            onYes={() => void remove()}
            onNo={() => {
              setConfirming(false);
              setTimeout(() => del.current?.focus(), 0);
            }}
          />
        ) : (
          <button type="button" class="small danger" ref={del} aria-label={t.delLabel(title)} onClick={() => setConfirming(true)}>
            {t.del}
          </button>
        )}
      </td>
    </tr>
  );
}

/** What a long transfer shows: the share of the file checked or written, or the articles exported. */
type Progress = { phase: 'check' | 'write'; share: number } | { phase: 'export'; articles: number; total: number | null };

function ProgressBar({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t } = useOptions();
  const exporting = progress.phase === 'export';
  const label = exporting ? t.exporting : progress.phase === 'check' ? t.importChecking : t.importing;
  return (
    <div class={exporting ? 'export-progress' : 'import-progress'}>
      {exporting ? (
        <>
          {/* Until the articles are counted, a bar that says only that it works. */}
          {progress.total === null ? (
            <progress aria-label={label} />
          ) : (
            <>
              <progress max={Math.max(1, progress.total)} value={progress.articles} aria-label={label} />{' '}
              <span>{t.exportProgress(progress.articles, progress.total)}</span>
            </>
          )}{' '}
        </>
      ) : (
        <>
          <progress max={1} value={progress.share} aria-label={label} /> <span>{Math.round(progress.share * 100)}%</span>{' '}
        </>
      )}
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}

function Transfer() {
  const client = useClient();
  const { t, db, settings } = useOptions();
  const [notice, setNotice] = useState<NoticeState>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  /** What *Cancel* does for the transfer under way. */
  const cancel = useRef<(() => void) | null>(null);

  /**
   * Exports the whole archive in parts (lib/corpus/export-stream.ts): the file is never one string,
   * the page counts the articles exported, and *Cancel* stops it before any file is downloaded.
   */
  const exportAll = async () => {
    const abort = new AbortController();
    cancel.current = () => {
      abort.abort();
      setNotice({ kind: 'busy', text: t.exportCancelling });
    };
    setBusy(true);
    setNotice({ kind: 'busy', text: t.exporting });
    setProgress({ phase: 'export', articles: 0, total: null });
    try {
      // The export reads the stored knowledge against the built-in ids: the knowledge base comes
      // with it, loaded when an export is asked for, not with the page.
      const { exportFile } = await import('../../lib/corpus/export-stream');
      const now = new Date();
      const file = await exportFile(db, {
        now,
        settings,
        type: 'application/x-ndjson',
        signal: abort.signal,
        onProgress: (p) => {
          if (!abort.signal.aborted) setProgress({ phase: 'export', ...p });
        },
      });
      if (!file) {
        setNotice({ kind: 'ok', text: t.exportCancelled });
        return;
      }
      client.files.download(`marsad-corpus-${localDate(now)}.jsonl`, file, 'application/x-ndjson');
      setNotice({ kind: 'ok', text: t.exportedAll });
    } catch (e) {
      setNotice(failure(t, e));
    } finally {
      cancel.current = null;
      setProgress(null);
      setBusy(false);
    }
  };

  /**
   * Imports a file of any size: read in parts twice, checked here first (with any problem nothing
   * is written), then written by the background part by part, with progress and *Cancel*, which
   * leaves the archive as it was (features/background/uploads.ts).
   */
  const importFile = async (file: File) => {
    const upload = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const run = { upload, cancelled: false };
    cancel.current = () => {
      run.cancelled = true;
      setNotice({ kind: 'busy', text: t.importCancelling });
    };
    setBusy(true);
    setNotice({ kind: 'busy', text: t.importChecking });
    setProgress({ phase: 'check', share: 0 });
    try {
      // The check is the page's own (lib/corpus/import-stream.ts ImportCheck): every line read,
      // nothing sent, so that a file with any problem is refused before anything is written.
      // It needs the built-in knowledge base's ids (an entity line names one), loaded now as for
      // an export.
      const checkFile = async (): Promise<ReturnType<ImportCheck['end']> | undefined> => {
        const check = new (await import('../../lib/corpus/import-stream')).ImportCheck();
        for await (const part of client.files.readParts(file)) {
          if (run.cancelled) return undefined;
          check.push(part.text);
          setProgress({ phase: 'check', share: part.read / Math.max(1, file.size) });
        }
        return check.end();
      };
      // The write is the background's, part by part.
      const send = async () => {
        let first = true;
        let pending: { text: string; read: number } | undefined;
        // The part sent before, still on its way: the next part is read and sent meanwhile (the
        // background takes them in turn), so that reading the file and carrying it to the
        // background cost no time beside the background's own work. At most two are on their way.
        let before: Promise<unknown> | undefined;
        const sendPart = (text: string, read: number, last: boolean) => {
          const sent = client.call('importCorpusWrite', { upload, part: text, first, last }).then((reply) => {
            setProgress({ phase: 'write', share: read / Math.max(1, file.size) });
            return reply;
          });
          sent.catch(() => undefined); // (met where it is awaited)
          first = false;
          return sent;
        };
        try {
          // One part ahead of the one sent: the last part is sent with `last`.
          for await (const part of client.files.readParts(file)) {
            if (run.cancelled) break;
            if (pending) {
              const previous = before;
              before = sendPart(pending.text, pending.read, false);
              await previous;
            }
            pending = part;
          }
          await before;
        } finally {
          // Cancelled or failed: what is on its way ends before anything else is asked (a cancel waits for it).
          await before?.catch(() => undefined);
        }
        if (run.cancelled) return undefined;
        const last = await sendPart(pending?.text ?? '', file.size, true);
        setProgress({ phase: 'write', share: 1 });
        return last;
      };
      const checked = await checkFile();
      if (!checked || run.cancelled) {
        setNotice({ kind: 'ok', text: t.importCancelled });
        return;
      }
      if (checked.problems.length) {
        setNotice({
          kind: 'error',
          text: t.importProblems(checked.problemCount),
          // An entity line's problem in the interface's words; the others as the file's reader wrote them.
          details: checked.problems.map((p) => (p.entity ? { where: t.lineN(p.line), text: editProblemText(t, p.entity) } : { where: t.lineN(p.line), text: p.message, lang: 'en' })),
        });
        return;
      }
      setNotice({ kind: 'busy', text: t.importWriting(checked.articles) });
      setProgress({ phase: 'write', share: 0 });
      const report = await send();
      if (!report || run.cancelled) {
        const { removed } = await client.call('importCorpusCancel', { upload });
        setNotice({ kind: 'ok', text: t.importCancelledUndone(removed) });
        return;
      }
      setNotice({
        kind: 'ok',
        text: [
          t.importReport(report.articlesAdded, report.articlesSkipped, report.entitiesAdded, report.entitiesUpdated, report.entitiesUnchanged),
          ...(report.settings === 'applied' ? [t.importSettingsApplied] : report.settings === 'failed' ? [t.importSettingsFailed] : []),
        ].join(' '),
      });
    } catch (e) {
      // Bytes that are not text: said with their line, not read as U+FFFD.
      setNotice(e instanceof NotTextError ? { kind: 'error', text: t.importNotText(e.encoding, e.line) } : failure(t, e));
    } finally {
      cancel.current = null;
      setProgress(null);
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="corpus-transfer">
      <h3 id="corpus-transfer">{t.transferTitle}</h3>
      <p class="muted">{t.transferIntro}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportAll()} disabled={busy}>
          {t.exportAll}
        </button>
        <FileButton label={t.importFile} accept=".jsonl,.json,.txt,application/x-ndjson,application/json,text/plain" disabled={busy} onFile={(f) => void importFile(f)} />
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)}>
        {progress ? <ProgressBar progress={progress} onCancel={() => cancel.current?.()} /> : null}
      </Notice>
    </section>
  );
}

export function CorpusTab() {
  const { t, db } = useOptions();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  // Searching reads every saved article: wait until the typing pauses.
  useEffect(() => {
    if (input === query) return undefined;
    const timer = setTimeout(() => {
      setQuery(input);
      setPage(0);
    }, 200);
    return () => clearTimeout(timer);
    // Only typing starts the timer (a page change must not reset the page).
  }, [input]);
  const [notice, setNotice] = useState<NoticeState>(null);
  const list = useLiveQuery(() => articlePage(db, query, page), [db, query, page]);
  const total = list.value?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  // A deletion can empty the last page: step back to one that exists.
  useEffect(() => {
    if (list.value && page > 0 && page >= pages) setPage(pages - 1);
  }, [list.value, page, pages]);

  return (
    <div class="corpus">
      <p class="intro">{t.corpusIntro}</p>
      <div class="toolbar">
        <div class="field grow">
          <label for="corpus-search">{t.corpusSearch}</label>
          <input
            id="corpus-search"
            type="search"
            dir="auto"
            value={input}
            autoComplete="off"
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </div>
        <p class="count" role="status" data-testid="corpus-count">
          {list.value === undefined ? t.loading : t.corpusCount(total)}
        </p>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {list.error ? <Notice notice={failure(t, list.error)} /> : null}
      {list.value && list.value.rows.length === 0 ? <p>{query ? t.corpusNoMatch : t.corpusNone}</p> : null}
      {list.value && list.value.rows.length > 0 ? (
        <div class="table-wrap">
          <table class="articles" data-testid="articles">
            <thead>
              <tr>
                <th scope="col">{t.colTitle}</th>
                <th scope="col">{t.colSite}</th>
                <th scope="col">{t.colDate}</th>
                <th scope="col">{t.colSaved}</th>
                <th scope="col" class="num">
                  {t.colStatements}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t.colActions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.value.rows.map((row) => (
                <ArticleItem
                  key={row.id}
                  row={row}
                  onDeleted={(title) => setNotice({ kind: 'ok', text: t.deletedArticle(title) })}
                  onError={(e) => setNotice(failure(t, e))}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <nav class="pager" aria-label={t.pagination}>
          <button type="button" disabled={page === 0} onClick={() => setPage((p) => Math.max(0, p - 1))}>
            {t.prev}
          </button>
          <span aria-live="polite">{t.pageOf(page + 1, pages)}</span>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage((p) => p + 1)}>
            {t.next}
          </button>
        </nav>
      ) : null}
      <Transfer />
      <StorageStatus refreshKey={list.value?.total} />
    </div>
  );
}
