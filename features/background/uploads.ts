/**
 * A corpus file on its way from the options page to the background, which owns every write. The
 * page reads the file in parts, twice (lib/corpus/import-stream.ts): first it checks every part
 * itself, and with any problem nothing is sent; then every part's articles are written here in a
 * transaction of their own (each line checked again), so a file of any size is never whole in
 * memory and the page shows progress.
 *
 * A write that does not finish is undone: the ids of the articles it added are stored (in
 * storage.local, outside the worker's memory) after every part; *Cancel* undoes them at once, and
 * a worker that stopped in the middle (the options page was closed, the browser quit) undoes them
 * when it starts again. Parts of an import the worker no longer knows are refused as interrupted.
 *
 * The page sends the next part while this one is written (two parts on their way at most): parts
 * are written in the order they arrive, one after another, and each part's lines are read and
 * hashed while the part before it is still being written (ImportWrite.prepare). A cancel waits for
 * the part being written, so that nothing it adds escapes the undo.
 */
import { ImportWrite, undoImport } from '../../lib/corpus/import-stream';
import type { MarsadDB } from '../../lib/corpus/schema';
import type { ImportReport } from '../../lib/corpus/transfer';
import { MarsadError } from '../../lib/messages';
import type { Settings } from '../../lib/settings';

/** A larger part is refused, and the import undone (the page sends parts of 12 MB). */
export const MAX_PART = 16 * 1024 * 1024;
/** Where an unfinished write keeps the ids of the articles it added. */
export const PENDING_KEY = 'marsad.pendingImport';

interface Pending {
  upload: string;
  added: number[];
}

let writing: { upload: string; write: ImportWrite } | undefined;
/** The write (or cancel) under way: the next waits for it. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `job` after every write and cancel already asked for. */
function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const result = queue.then(job);
  queue = result.catch(() => undefined);
  return result;
}

const tooLarge = () => new MarsadError('too-large', `A part of more than ${MAX_PART / 1024 / 1024} MB characters.`);

/**
 * Writes a part; with `last`, ends the import. Returns the report so far. Parts are written in
 * the order they arrive; a part's lines are read as it arrives, while the one before is written.
 */
export function writePart(
  db: MarsadDB,
  data: { upload: string; part: string; first: boolean; last: boolean },
  applySettings?: (settings: Settings) => Promise<unknown>,
): Promise<ImportReport> {
  if (data.first) writing = { upload: data.upload, write: new ImportWrite(db) };
  const w = writing;
  if (w?.upload !== data.upload) return Promise.reject(interrupted());
  // Read now, in the order the parts came (the lines run across parts); written in turn, where a
  // part that cannot be read undoes the import.
  const prepared = data.part.length > MAX_PART ? Promise.reject(tooLarge()) : w.write.prepare(data.part);
  prepared.catch(() => undefined); // (its failure is met when the part's turn comes)
  return inTurn(async () => {
    if (data.first) await undoPending(db);
    // A cancel (or a failed part) came between: this part is not written.
    if (writing !== w) throw interrupted();
    return writeInTurn(db, w, prepared, data.last, applySettings);
  });
}

const interrupted = () =>
  new MarsadError('interrupted', 'The import was interrupted (the background restarted); what it had written was undone. Please import the file again.');

async function writeInTurn(
  db: MarsadDB,
  w: { upload: string; write: ImportWrite },
  prepared: ReturnType<ImportWrite['prepare']>,
  last: boolean,
  applySettings?: (settings: Settings) => Promise<unknown>,
): Promise<ImportReport> {
  try {
    await w.write.commit(await prepared);
    await keepPending({ upload: w.upload, added: w.write.added });
    if (!last) return w.write.report;
    const report = await w.write.end(applySettings);
    writing = undefined;
    await clearPending();
    return report;
  } catch (e) {
    // A failed part (a full disk) undoes the whole import: the corpus is as it was.
    writing = undefined;
    await undoImport(db, w.write.added);
    await clearPending();
    throw e;
  }
}

/** Cancels the import under way: what it wrote is deleted. Returns how many articles were removed. */
export function cancelImport(db: MarsadDB, upload: string): Promise<{ removed: number }> {
  // The parts not yet written are not (they find `writing` gone); the one being written ends first.
  const w = writing?.upload === upload ? writing : undefined;
  if (w) writing = undefined;
  return inTurn(async () => {
    if (!w) return { removed: await undoPending(db) };
    const removed = await undoImport(db, w.write.added);
    await clearPending();
    return { removed };
  });
}

async function clearPending(): Promise<void> {
  await browser.storage.local.remove(PENDING_KEY);
}

async function keepPending(p: Pending): Promise<void> {
  await browser.storage.local.set({ [PENDING_KEY]: p });
}

/** Undoes a write an earlier worker left unfinished (call when the background starts). */
export async function undoPending(db: MarsadDB): Promise<number> {
  const stored = (await browser.storage.local.get(PENDING_KEY))[PENDING_KEY] as Pending | undefined;
  if (!stored || !Array.isArray(stored.added)) return 0;
  const removed = await undoImport(db, stored.added.filter((id) => Number.isInteger(id)));
  await clearPending();
  return removed;
}
