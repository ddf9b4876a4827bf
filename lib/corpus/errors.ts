/**
 * Storage errors the user can act on. A full disk or storage quota shows up from IndexedDB as a
 * QuotaExceededError, sometimes only as the `inner` error of Dexie's AbortError, or as the cause of
 * another error; every write is one transaction, so when it fails nothing of it was stored and
 * nothing stored before was touched.
 */

/** The name of the error Marsad throws for a full disk or quota (it survives being sent as a message). */
export const STORAGE_FULL = 'MarsadStorageFullError';

/**
 * What browsers really raise when the disk or the quota is full: QuotaExceededError (Firefox, and
 * Chromium over quota); Chromium on a full disk: «UnknownError … FILE_ERROR_NO_SPACE», and for a
 * large value «DataError: Failed to write blobs (IOError)» (seen on a 40 MB tmpfs).
 */
const QUOTA = /QuotaExceeded|NO_SPACE|no space left|disk is full|Failed to write blobs|\bIOError\b/i;
/**
 * Errors a full disk also shows up as in Chromium (a transaction aborted, a constraint or an
 * unknown error), which other causes raise too: a full disk only when the storage says so.
 */
const AMBIGUOUS = new Set(['AbortError', 'ConstraintError', 'UnknownError', 'DataError']);
/** Less room left than this is a full disk. */
const NEARLY_FULL = 16 * 1024 * 1024;

/** Is this error (or one it wraps) the browser refusing to store more? */
export function isStorageFull(e: unknown): boolean {
  return someError(e, (x) => {
    const { name, message, code } = x as { name?: unknown; message?: unknown; code?: unknown };
    // (A MarsadError that crossed a message carries the code lib/messages.ts gave it.)
    if (name === STORAGE_FULL || code === 'storage-full' || (typeof name === 'string' && QUOTA.test(name))) return true;
    return typeof message === 'string' && QUOTA.test(message);
  });
}

/**
 * Does `test` hold for this error or one it wraps: Dexie's `inner`, a `cause`, and each failure of
 * a Dexie BulkError (a `bulkAdd` that failed says why only there)?
 */
function someError(e: unknown, test: (x: object) => boolean): boolean {
  let level: unknown[] = [e];
  for (let depth = 0; depth < 5 && level.length; depth++) {
    const next: unknown[] = [];
    for (const x of level) {
      if (!x || typeof x !== 'object') continue;
      if (test(x)) return true;
      const { inner, cause, failures } = x as { inner?: unknown; cause?: unknown; failures?: unknown };
      next.push(inner, cause);
      if (Array.isArray(failures)) next.push(...failures.slice(0, 8));
    }
    level = next;
  }
  return false;
}

/** The error to show for a full disk or quota (English; the interfaces show their own wording by name). */
export function storageFullError(cause?: unknown): Error {
  const e = new Error(
    'The browser has no room left for Marsad’s data (the disk or the storage quota is full). Nothing was changed; what was saved before is intact. Free some disk space or delete saved articles, then try again.',
    { cause },
  );
  e.name = STORAGE_FULL;
  return e;
}

/** Is this error (or one it wraps) one that a full disk raises among other causes? */
function isAmbiguous(e: unknown): boolean {
  return someError(e, (x) => {
    const { name } = x as { name?: unknown };
    return typeof name === 'string' && AMBIGUOUS.has(name);
  });
}

/** Does the browser's storage estimate say there is (almost) no room left? */
export async function storageNearlyFull(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<{ usage?: number; quota?: number }> } } }).navigator?.storage;
  const estimate = await storage?.estimate?.().catch(() => undefined);
  if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return false;
  return estimate.quota - estimate.usage < NEARLY_FULL;
}

/** The scratch database `storageRefusesWrites` writes to: never holds anything once it is done. */
export const PROBE_DB = 'marsad-write-probe';
const PROBE_TIMEOUT = 3_000;

/**
 * Does the browser refuse a small write right now? A real full disk does not show in the storage
 * estimate (Chromium's quota is a share of the disk's size, not of what is left: 1 GB reported on
 * a full 96 MB filesystem), and the write that failed says only «AbortError»; a write of a few
 * bytes to a database of its own tells. It fails on a full disk (Chromium: «UnknownError … IO
 * error … FILE_ERROR_NO_SPACE», then «Internal error opening backing store»), and succeeds when
 * the first error had another cause.
 */
export async function storageRefusesWrites(): Promise<boolean> {
  const idb = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!idb) return false;
  const probe = new Promise<boolean>((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = idb.open(PROBE_DB, 1);
    } catch {
      resolve(true);
      return;
    }
    open.onupgradeneeded = () => open.result.createObjectStore('probe');
    open.onerror = () => resolve(true);
    open.onblocked = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      const done = (refused: boolean) => {
        db.close();
        resolve(refused);
      };
      try {
        const tx = db.transaction('probe', 'readwrite');
        const store = tx.objectStore('probe');
        store.put('x'.repeat(4096), 'probe');
        store.delete('probe');
        tx.oncomplete = () => done(false);
        tx.onabort = () => done(true);
        tx.onerror = () => undefined;
      } catch {
        done(true);
      }
    };
  });
  // A browser that neither answers nor fails: no verdict, the error stays as it was.
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT));
  return Promise.race([probe, timeout]);
}

/**
 * Runs a write; a full disk or quota becomes storageFullError (also when the browser says so only
 * by an aborted transaction or an unknown error, while its storage is full or it refuses a small
 * write), any other error passes unchanged.
 */
export async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isStorageFull(e) || (isAmbiguous(e) && ((await storageNearlyFull()) || (await storageRefusesWrites())))) throw storageFullError(e);
    throw e;
  }
}
