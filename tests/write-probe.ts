/**
 * For tests: watches a corpus database's writes at Dexie's lowest level (a DBCore middleware), to
 * count its read-write transactions and, once `fail` is set, to make the writes of `fail.table`
 * fail halfway: the first `failAfter` records of a bulk put are written, then the write throws, as
 * a disk that fails in the middle of an import would. Call before the database is first opened.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import type { MarsadDB } from '../lib/corpus/schema';

export interface WriteProbe {
  /** Read-write transactions begun, with the tables each holds. */
  readonly transactions: string[][];
  /** Set to make the writes of a table fail after that many records. */
  fail?: { table: string; failAfter: number };
  /** Records of `fail.table` written before the failure. */
  written: number;
}

export function probeWrites(db: MarsadDB): WriteProbe {
  const probe: WriteProbe = { transactions: [], written: 0 };
  db.use({
    stack: 'dbcore',
    name: 'write-probe',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction: (stores, mode, options) => {
        if (mode === 'readwrite') probe.transactions.push([...stores]);
        return down.transaction(stores, mode, options);
      },
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req: DBCoreMutateRequest) => {
            if (probe.fail?.table !== name || (req.type !== 'put' && req.type !== 'add')) return table.mutate(req);
            const n = probe.fail.failAfter;
            const res = await table.mutate({ ...req, values: req.values.slice(0, n), ...(req.keys ? { keys: req.keys.slice(0, n) } : {}) } as DBCoreMutateRequest);
            probe.written += n - res.numFailures;
            throw new Error(`the disk failed after ${n} records`);
          },
        };
      },
    }),
  });
  return probe;
}
