/**
 * The knowledge-base records Marsad cannot use: stored, but refused by the check every door uses
 * (lib/knowledge/edit.ts), so every reader skips them. Each is shown with what is wrong with it and
 * can be deleted (the background deletes only a record that is still damaged).
 */
import { useState } from 'preact/hooks';
import type { DamagedRecord } from '../../lib/knowledge/edit';
import { editProblemText } from '../../lib/i18n/options';
import { useClient } from '../client';
import { useOptions } from './context';
import { failure, Notice, type NoticeState } from './ui';

export function DamagedRecords({ damaged }: { damaged: readonly DamagedRecord[] }) {
  const client = useClient();
  const { t } = useOptions();
  const [notice, setNotice] = useState<NoticeState>(null);
  const [busy, setBusy] = useState(false);
  if (!damaged.length && !notice) return null;

  const remove = async (id: string | number) => {
    setBusy(true);
    try {
      await client.call('removeDamagedKnowledge', { ids: [id] });
      setNotice({ kind: 'ok', text: t.kbDamagedDeleted(String(id)) });
    } catch (e) {
      setNotice(failure(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card damaged" aria-labelledby="kb-damaged" data-testid="kb-damaged">
      <h3 id="kb-damaged">{t.kbDamagedTitle(damaged.length)}</h3>
      {damaged.length ? <p class="muted">{t.kbDamagedIntro}</p> : null}
      <ul>
        {damaged.map((d, i) => (
          <li key={`${String(d.id)}|${i}`}>
            <bdi dir="ltr" class="record-id">
              {d.id === undefined ? t.kbDamagedNoId : String(d.id)}
            </bdi>
            {d.name ? (
              <>
                {' '}
                <bdi dir="auto">«{d.name}»</bdi>
              </>
            ) : null}
            <ul class="problems">
              {d.problems.map((p, j) => (
                <li key={j}>{editProblemText(t, p)}</li>
              ))}
            </ul>
            {d.id !== undefined ? (
              <button type="button" class="small danger" disabled={busy} aria-label={t.kbDamagedDeleteOf(String(d.id))} onClick={() => void remove(d.id!)}>
                {t.kbDamagedDelete}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
    </section>
  );
}
