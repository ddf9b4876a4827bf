/**
 * Storage errors the user can act on. A full disk or storage quota shows up from IndexedDB as a
 * QuotaExceededError, sometimes only as the `inner` error of Dexie's AbortError, or as the cause of
 * another error; every write is one transaction, so when it fails nothing of it was stored and
 * nothing stored before was touched.
 */

/** The name of the error Marsad throws for a full disk or quota (it survives being sent as a message). */
export const STORAGE_FULL = 'MarsadStorageFullError';

const QUOTA = /QuotaExceeded/i;

/** Is this error (or one it wraps) the browser refusing to store more? */
export function isStorageFull(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 5; depth++) {
    const { name, message, inner, cause, code } = x as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; code?: unknown };
    // (A MarsadError that crossed a message carries the code lib/messages.ts gave it.)
    if (name === STORAGE_FULL || code === 'storage-full' || (typeof name === 'string' && QUOTA.test(name))) return true;
    if (typeof message === 'string' && QUOTA.test(message)) return true;
    x = inner ?? cause;
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

/** Runs a write; a full disk or quota becomes storageFullError, any other error passes unchanged. */
export async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    throw isStorageFull(e) ? storageFullError(e) : e;
  }
}
