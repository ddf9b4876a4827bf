import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull, STORAGE_FULL, writing } from './errors';

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
