/**
 * How much storage the corpus uses and whether the browser may evict it (StorageManager:
 * estimate, persisted, persist), with a button to ask for persistence. Any of these may be absent.
 */
import { useEffect, useState } from 'preact/hooks';
import { useOptions } from './context';
import { formatBytes } from './format';
import { failure, Notice, type NoticeState } from './ui';

interface StorageState {
  usage: number | null;
  quota: number | null;
  /** null: the browser does not say. */
  persisted: boolean | null;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? (navigator.storage as StorageManager | undefined) : undefined;
}

async function readStorage(): Promise<StorageState> {
  const sm = storageManager();
  const state: StorageState = { usage: null, quota: null, persisted: null };
  if (!sm) return state;
  if (typeof sm.estimate === 'function') {
    try {
      const e = await sm.estimate();
      state.usage = typeof e.usage === 'number' ? e.usage : null;
      state.quota = typeof e.quota === 'number' ? e.quota : null;
    } catch {
      // Left unknown.
    }
  }
  if (typeof sm.persisted === 'function') {
    try {
      state.persisted = await sm.persisted();
    } catch {
      // Left unknown.
    }
  }
  return state;
}

/** `refreshKey`: the estimate is read again whenever it changes (the number of articles, after an import or a deletion). */
export function StorageStatus({ refreshKey }: { refreshKey?: unknown }) {
  const { t, locale } = useOptions();
  const [state, setState] = useState<StorageState | null>(null);
  const [notice, setNotice] = useState<NoticeState>(null);

  useEffect(() => {
    let live = true;
    void readStorage().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [refreshKey]);

  const canPersist = typeof storageManager()?.persist === 'function';
  const ask = async () => {
    setNotice(null);
    try {
      const granted = await storageManager()!.persist();
      setState(await readStorage());
      if (!granted) setNotice({ kind: 'ok', text: t.persistRefused });
    } catch (e) {
      setNotice(failure(t, e));
    }
  };

  return (
    <section class="card" aria-labelledby="storage-title" data-testid="storage">
      <h3 id="storage-title">{t.storageTitle}</h3>
      {state === null ? (
        <p>{t.loading}</p>
      ) : (
        <>
          <p>
            {state.usage !== null && state.quota !== null ? t.storageUsed(formatBytes(state.usage, locale), formatBytes(state.quota, locale)) : t.storageUnknown}
          </p>
          {state.usage !== null && state.quota ? (
            <meter min={0} max={state.quota} value={state.usage} aria-label={t.storageTitle} />
          ) : null}
          <p>{state.persisted === null ? t.persistUnknown : state.persisted ? t.persisted : t.notPersisted}</p>
          {state.persisted === false && canPersist ? (
            <button type="button" onClick={() => void ask()}>
              {t.persistAsk}
            </button>
          ) : null}
        </>
      )}
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
    </section>
  );
}
