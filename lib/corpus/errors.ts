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

/** Is this error (or one it wraps) one that a full disk raises among other causes? */
function isAmbiguous(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = x as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string' && AMBIGUOUS.has(name)) return true;
    x = inner ?? cause;
  }
  return false;
}

/** Does the browser's storage estimate say there is (almost) no room left? */
export async function storageNearlyFull(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<{ usage?: number; quota?: number }> } } }).navigator?.storage;
  const estimate = await storage?.estimate?.().catch(() => undefined);
  if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return false;
  return estimate.quota - estimate.usage < NEARLY_FULL;
}

/**
 * Runs a write; a full disk or quota becomes storageFullError (also when the browser says so only
 * by an aborted transaction or an unknown error while its storage is full), any other error passes
 * unchanged.
 */
export async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isStorageFull(e) || (isAmbiguous(e) && (await storageNearlyFull()))) throw storageFullError(e);
    throw e;
  }
}
