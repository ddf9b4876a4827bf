/** The counters in their bucket rows: one counter is one read, many are one read per bucket. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToCounts, allCounts, bucketOf, COUNT_BUCKETS, readCount, readCounts, updateCounts } from './counters';
import { openCorpus, TOTAL, type MarsadDB } from './schema';

describe('the counters', () => {
  let db: MarsadDB;
  beforeEach(() => {
    db = openCorpus(`test-counters-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('find a key in the same bucket forever (stored counters are found by it)', () => {
    // FNV-1a 32-bit of the key's code units, mod 256: fixed values, so a change of the function fails here.
    expect([bucketOf(''), bucketOf('*'), bucketOf('person:vladimir-putin'), bucketOf('place:sy')]).toEqual([197, 61, 75, 158]);
    const spread = new Set(Array.from({ length: 2000 }, (_, i) => bucketOf(`person:p${i}`)));
    expect(spread.size).toBeGreaterThan(COUNT_BUCKETS * 0.9);
    for (const b of spread) expect(b >= 0 && b < COUNT_BUCKETS && Number.isInteger(b)).toBe(true);
  });

  it('add and remove deltas in few rows, never below zero, keeping a counter at zero', async () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `person:p${i}`);
    const delta = new Map(keys.map((k, i) => [k, { articles: 1 + (i % 3), statements: i % 2 }]));
    delta.set(TOTAL, { articles: 3000, statements: 1500 });
    await db.transaction('rw', db.counters, () => addToCounts(db, delta, 1));
    expect(await db.counters.count()).toBeLessThanOrEqual(COUNT_BUCKETS);
    expect(await readCount(db, 'person:p4')).toEqual({ key: 'person:p4', articles: 2, statements: 0 });
    expect(await readCounts(db, ['person:p5', 'person:none', TOTAL])).toEqual([
      { key: 'person:p5', articles: 3, statements: 1 },
      undefined,
      { key: TOTAL, articles: 3000, statements: 1500 },
    ]);
    await addToCounts(db, new Map([['person:p4', { articles: 5, statements: 5 }]]), -1);
    expect(await readCount(db, 'person:p4')).toEqual({ key: 'person:p4', articles: 0, statements: 0 });
    const all = await allCounts(db);
    expect(all).toHaveLength(3001);
    expect(all.map((c) => c.key)).toEqual([...all.map((c) => c.key)].sort());
  });

  it('delete a counter when an update says so', async () => {
    await addToCounts(db, new Map([['a', { articles: 1, statements: 1 }], ['b', { articles: 2, statements: 0 }]]), 1);
    await updateCounts(db, ['a', 'b'], (key, old) => (key === 'a' ? null : { ...old, articles: old.articles + 1 }));
    expect(await allCounts(db)).toEqual([{ key: 'b', articles: 3, statements: 0 }]);
  });
});
