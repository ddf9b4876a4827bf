/**
 * The editor that opens under an entity in the knowledge base: for a built-in entity, the names the
 * user added, hide / show, and the excluded forms; for one of the user's own, every field, the
 * excluded forms and delete. Every write is one `editKnowledge` message with the complete record.
 */
import { useId, useState } from 'preact/hooks';
import { useClient } from '../client';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { useOptions } from './context';
import { EntityForm, FieldErrors } from './EntityForm';
import { fieldErrorText } from '../../lib/i18n/options';
import { parseAliases, recordFor, validateAliases, type KnowledgeRow } from '../../lib/knowledge/catalogue';
import { Confirm, failure, Notice, type NoticeState } from './ui';

/** Sends a knowledge edit to the background, which stores it and tells every tab. */
export function useSendEdit(): (edit: KnowledgeEdit) => Promise<void> {
  const client = useClient();
  return (edit) => client.call('editKnowledge', edit);
}

export function ExcludedForms({ row, onNotice }: { row: KnowledgeRow; onNotice: (n: NoticeState) => void }) {
  const sendEdit = useSendEdit();
  const { t } = useOptions();
  const [busy, setBusy] = useState(false);
  const allow = async (form: string) => {
    setBusy(true);
    try {
      await sendEdit(recordFor(row, { excluded: row.excluded.filter((f) => f !== form) }, new Date()));
      onNotice({ kind: 'ok', text: t.saved });
    } catch (e) {
      onNotice(failure(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="excluded">
      <h4>{t.kbExcluded}</h4>
      {row.excluded.length === 0 ? (
        <p class="muted">{t.kbExcludedNone}</p>
      ) : (
        <ul class="chips">
          {row.excluded.map((form) => (
            <li key={form}>
              <bdi lang="ar">{form}</bdi>{' '}
              <button type="button" class="small" disabled={busy} aria-label={t.kbUnexcludeForm(form, row.name)} onClick={() => allow(form)}>
                {t.kbUnexclude}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function BuiltinEditor({ row }: { row: KnowledgeRow }) {
  const sendEdit = useSendEdit();
  const { t } = useOptions();
  const uid = useId();
  const [text, setText] = useState(row.added.join('\n'));
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [busy, setBusy] = useState(false);

  const write = async (edit: KnowledgeEdit) => {
    setBusy(true);
    setNotice(null);
    try {
      await sendEdit(edit);
      setNotice({ kind: 'ok', text: t.saved });
    } catch (e) {
      setNotice(failure(t, e));
    } finally {
      setBusy(false);
    }
  };

  const saveAliases = (e: Event) => {
    e.preventDefault();
    const aliases = parseAliases(text, [row.name, ...row.aliases]);
    const errs = validateAliases(aliases).map((x) => fieldErrorText(t, x));
    setErrors(errs);
    if (errs.length) return;
    void write(recordFor(row, { aliases }, new Date()));
  };

  return (
    <div class="editor">
      <dl class="facts">
        <dt>{t.kbBuiltinNames}</dt>
        <dd>
          <bdi lang="ar">{[row.name, ...row.aliases].join('، ')}</bdi>
        </dd>
        {row.contextAliases.length ? (
          <>
            <dt>{t.kbContextAliases}</dt>
            <dd>
              <bdi lang="ar">{row.contextAliases.join('، ')}</bdi>
            </dd>
          </>
        ) : null}
      </dl>
      <form onSubmit={saveAliases} noValidate>
        <label for={`${uid}-aliases`}>{t.kbYourAliases}</label>
        <textarea
          id={`${uid}-aliases`}
          lang="ar"
          dir="rtl"
          rows={3}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={`${uid}-hint${errors.length ? ` ${uid}-err` : ''}`}
        />
        <p class="hint" id={`${uid}-hint`}>
          {t.formAliasesHint}
        </p>
        {errors.length ? (
          <p class="form-error" role="alert">
            {t.formErrorsTitle}
          </p>
        ) : null}
        <FieldErrors id={`${uid}-err`} errors={errors} />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t.kbSaveAliases}
          </button>
          <button type="button" disabled={busy} onClick={() => void write(recordFor(row, { hidden: !row.hidden }, new Date()))}>
            {row.hidden ? t.kbUnhide : t.kbHide}
          </button>
        </div>
      </form>
      {row.hidden ? <p class="muted">{t.kbHiddenNote}</p> : null}
      <ExcludedForms row={row} onNotice={setNotice} />
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
    </div>
  );
}

function OwnEditor({ row, onDeleted }: { row: KnowledgeRow; onDeleted: (name: string) => void }) {
  const sendEdit = useSendEdit();
  const { t } = useOptions();
  const [notice, setNotice] = useState<NoticeState>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (v: { type: KnowledgeRow['type']; name: string; nameEn: string; aliases: string[] }) => {
    setNotice(null);
    try {
      await sendEdit(recordFor(row, v, new Date()));
      setNotice({ kind: 'ok', text: t.saved });
    } catch (e) {
      setNotice(failure(t, e));
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      await sendEdit(recordFor(row, { hidden: true }, new Date()));
      onDeleted(row.name);
    } catch (e) {
      setNotice(failure(t, e));
      setBusy(false);
    }
  };

  return (
    <div class="editor">
      <EntityForm
        initial={{ type: row.type, name: row.name, nameEn: row.nameEn, aliases: row.aliases.join('\n') }}
        submitLabel={t.save}
        onSubmit={save}
      />
      <ExcludedForms row={row} onNotice={setNotice} />
      <div class="danger-zone">
        {confirming ? (
          <Confirm question={t.kbDeleteConfirm(row.name)} yes={t.kbDeleteYes(row.gender)} busy={busy} onYes={remove} onNo={() => setConfirming(false)} />
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t.kbDelete}
          </button>
        )}
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
    </div>
  );
}

export function EntityEditor({ row, onDeleted }: { row: KnowledgeRow; onDeleted: (name: string) => void }) {
  return row.builtin ? <BuiltinEditor row={row} /> : <OwnEditor row={row} onDeleted={onDeleted} />;
}
