/**
 * The corpus's counters (articles and statements per entity, and in all), kept by every write in
 * the same transaction. Since version 5 they are stored in COUNT_BUCKETS rows, each holding the
 * counters of the keys that hash to it: an import's part touches thousands of entities, and
 * reading and writing a row per entity cost it more than writing its articles; it now touches at
 * most COUNT_BUCKETS rows. One counter is still one read.
 */
import type { CountBucketRecord, CountRecord, MarsadDB } from './schema';

/** How many rows the counters live in. Never change it: a stored counter is found by it. */
export const COUNT_BUCKETS = 256;

/** The row a key's counter lives in: FNV-1a over the key's UTF-16 code units. Never change it. */
export function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % COUNT_BUCKETS;
}

type Counts = { articles: number; statements: number };

/** Counter rows (as CountRecord) gathered into their bucket rows. */
export function bucketsOf(records: readonly CountRecord[]): CountBucketRecord[] {
  const buckets = new Map<number, CountBucketRecord>();
  for (const { key, articles, statements } of records) {
    const bucket = bucketOf(key);
    const row = buckets.get(bucket) ?? { bucket, counts: {} };
    row.counts[key] = { articles, statements };
    buckets.set(bucket, row);
  }
  return [...buckets.values()];
}

/** The counters of these keys, in their order (undefined for a key never counted). */
export async function readCounts(db: MarsadDB, keys: readonly string[]): Promise<(CountRecord | undefined)[]> {
  const buckets = [...new Set(keys.map(bucketOf))];
  const rows = new Map((await db.counters.bulkGet(buckets)).filter((r) => r !== undefined).map((r) => [r.bucket, r]));
  return keys.map((key) => {
    const c = rows.get(bucketOf(key))?.counts[key];
    return c ? { key, articles: c.articles, statements: c.statements } : undefined;
  });
}

/** One key's counter. */
export async function readCount(db: MarsadDB, key: string): Promise<CountRecord | undefined> {
  return (await readCounts(db, [key]))[0];
}

/**
 * Changes counters: `update` gets each key's counter (zeros when it has none) and gives the new
 * one, or null to delete it. Each bucket is read and written once. Call inside a transaction
 * holding `counters`.
 */
export async function updateCounts(db: MarsadDB, keys: readonly string[], update: (key: string, old: Counts) => Counts | null): Promise<void> {
  const buckets = [...new Set(keys.map(bucketOf))];
  const had = await db.counters.bulkGet(buckets);
  const rows = new Map(buckets.map((bucket, i) => [bucket, had[i] ?? { bucket, counts: {} }]));
  for (const key of keys) {
    const row = rows.get(bucketOf(key))!;
    const next = update(key, row.counts[key] ?? { articles: 0, statements: 0 });
    if (next) row.counts[key] = next;
    else delete row.counts[key];
  }
  await db.counters.bulkPut([...rows.values()]);
}

/** Adds (or, with sign -1, removes) deltas: a counter never goes below zero, and one at zero is kept (as a delete leaves it). */
export function addToCounts(db: MarsadDB, delta: ReadonlyMap<string, Counts>, sign: 1 | -1): Promise<void> {
  return updateCounts(db, [...delta.keys()], (key, old) => {
    const d = delta.get(key)!;
    return { articles: Math.max(0, old.articles + sign * d.articles), statements: Math.max(0, old.statements + sign * d.statements) };
  });
}

/** Every counter, by key (for the tests and the benchmark; a research corpus has tens of thousands). */
export async function allCounts(db: MarsadDB): Promise<CountRecord[]> {
  const out: CountRecord[] = [];
  for (const row of await db.counters.toArray()) for (const [key, c] of Object.entries(row.counts)) out.push({ key, articles: c.articles, statements: c.statements });
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

