import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { withFullDisk } from '../../tests/full-disk';
import { isStorageFull, PROBE_DB, STORAGE_FULL, writing } from './errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isStorageFull', () => {
  it('knows the browser’s QuotaExceededError, alone or wrapped', () => {
    expect(isStorageFull(quota())).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isStorageFull(new Error('write failed', { cause: quota() }))).toBe(true);
    expect(isStorageFull(new Dexie.QuotaExceededError('full'))).toBe(true);
  });

  it('is false for every other error, and for what is no error', () => {
    expect(isStorageFull(new Dexie.ConstraintError('Key already exists'))).toBe(false);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isStorageFull(new TypeError('x is undefined'))).toBe(false);
    expect(isStorageFull(undefined)).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
  });
});

describe('writing', () => {
  it('turns a full disk into the error the interfaces explain, keeping the cause', async () => {
    const cause = new Dexie.AbortError('Transaction aborted', quota());
    const e = await writing(() => Promise.reject(cause)).catch((x: unknown) => x as Error);
    expect(e.name).toBe(STORAGE_FULL);
    expect(e.message).toMatch(/Nothing was changed/);
    expect(e.cause).toBe(cause);
  });

  it('passes other errors and results through unchanged', async () => {
    const other = new Dexie.ConstraintError('Key already exists');
    await expect(writing(() => Promise.reject(other))).rejects.toBe(other);
    await expect(writing(async () => 42)).resolves.toBe(42);
  });
});

describe('a full disk as Chromium really reports it', () => {
  it('knows Chromium’s full-disk messages: FILE_ERROR_NO_SPACE, and a blob it could not write', () => {
    expect(isStorageFull(new DOMException('Internal error: FILE_ERROR_NO_SPACE writing to the backing store.', 'UnknownError'))).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', new DOMException('Failed to write blobs (IOError)', 'DataError')))).toBe(true);
    expect(isStorageFull(new DOMException('Data provided to an operation does not meet requirements.', 'DataError'))).toBe(false);
  });

  /** Runs `f` while navigator.storage.estimate() says `free` bytes are left. */
  async function withRoom<T>(free: number, f: () => Promise<T>): Promise<T> {
    const nav = globalThis.navigator as unknown as { storage?: unknown };
    const had = Object.getOwnPropertyDescriptor(nav, 'storage');
    Object.defineProperty(nav, 'storage', { configurable: true, value: { estimate: async () => ({ usage: 1_000_000_000 - free, quota: 1_000_000_000 }) } });
    try {
      return await f();
    } finally {
      if (had) Object.defineProperty(nav, 'storage', had);
      else delete nav.storage;
    }
  }

  it('takes an aborted transaction or a constraint error for a full disk only when the storage is full', async () => {
    for (const raised of [new Dexie.AbortError('Transaction aborted'), new Dexie.ConstraintError('Key already exists'), new DOMException('Internal error.', 'UnknownError')]) {
      const full = await withRoom(1024, () => writing(() => Promise.reject(raised)).catch((x: unknown) => x as Error));
      expect(full.name, raised.name).toBe(STORAGE_FULL);
      expect(full.cause).toBe(raised);
      await expect(withRoom(5_000_000_000 / 10, () => writing(() => Promise.reject(raised)))).rejects.toBe(raised);
    }
  });

  it('looks inside a failed bulk write: a bulkAdd says why only in its failures', async () => {
    const bulk = new Dexie.BulkError('articles.bulkAdd(): 1 of 1 operations failed.', [new Dexie.AbortError('The transaction was aborted')]);
    expect(isStorageFull(new Dexie.BulkError('bulkPut failed', [quota()]))).toBe(true);
    const full = await withRoom(500_000_000, () => withFullDisk(() => writing(() => Promise.reject(bulk)).catch((x: unknown) => x as Error)));
    expect(full.name).toBe(STORAGE_FULL);
    await expect(withRoom(500_000_000, () => writing(() => Promise.reject(bulk)))).rejects.toBe(bulk);
  });

  it('takes an aborted transaction for a full disk when a small write is refused too, though the storage estimate shows room (a real full disk)', async () => {
    const raised = new Dexie.AbortError('Transaction aborted');
    // The estimate shows plenty of room, as Chromium's does on a full disk; the probe's write fails.
    const full = await withRoom(500_000_000, () => withFullDisk(() => writing(() => Promise.reject(raised)).catch((x: unknown) => x as Error)));
    expect(full.name).toBe(STORAGE_FULL);
    expect(full.cause).toBe(raised);
    // Room on the disk: the probe writes, and the error is what it was.
    await expect(withRoom(500_000_000, () => writing(() => Promise.reject(raised)))).rejects.toBe(raised);
    // The probe leaves nothing behind.
    expect(await new Promise((resolve) => {
      const open = indexedDB.open(PROBE_DB);
      open.onsuccess = () => {
        const count = open.result.transaction('probe').objectStore('probe').count();
        count.onsuccess = () => {
          open.result.close();
          resolve(count.result);
        };
      };
    })).toBe(0);
  });
});
