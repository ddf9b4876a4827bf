/**
 * Reads and analyses many files on all cores: worker threads (worker.ts) each build the knowledge
 * base once and take files in small batches as they free up; the results are handed on in the
 * order the files were given, so the output is the same whatever the number of workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { builtinGazetteer } from '../lib/knowledge/builtin';
import { analyseFile, type FileResult } from './analyse-file';

export interface PoolOptions {
  /** How many worker threads (1: analyse in this thread). Default: the machine's cores. */
  jobs?: number;
  date?: string | undefined;
  /** Told after each file, in order. */
  progress?: (done: number, total: number) => void;
}

/** Below this many files per worker, starting workers (each compiles the knowledge base) costs more than it saves. */
const FILES_PER_WORKER = 8;
const BATCH = 4;

/**
 * Starts a worker on worker.ts. Run from source (tsx), the worker is TypeScript too and needs the
 * same loader, which a worker thread does not inherit: a two-line bootstrap registers it first.
 */
function startWorker(date: string | undefined): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const module = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  if (!fromSource) return new Worker(module, { workerData: { date } });
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(boot, { eval: true, workerData: { date } });
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** Calls `onResult` for every file, in the order given. */
export async function analyseFiles(
  files: readonly string[],
  options: PoolOptions,
  onResult: (source: string, result: FileResult) => void,
): Promise<void> {
  const jobs = Math.min(options.jobs ?? defaultJobs(), Math.floor(files.length / FILES_PER_WORKER));
  let done = 0;
  const deliver = (source: string, result: FileResult) => {
    onResult(source, result);
    options.progress?.(++done, files.length);
  };
  if (jobs <= 1) {
    const g = builtinGazetteer();
    for (const source of files) deliver(source, await analyseFile(g, source, options.date));
    return;
  }
  await inWorkers(files, jobs, options.date, deliver);
}

async function inWorkers(
  files: readonly string[],
  jobs: number,
  date: string | undefined,
  deliver: (source: string, result: FileResult) => void,
): Promise<void> {
  const waiting = new Map<number, FileResult>();
  let nextToDeliver = 0;
  let nextToSend = 0;
  const flush = () => {
    while (waiting.has(nextToDeliver)) {
      const result = waiting.get(nextToDeliver)!;
      waiting.delete(nextToDeliver);
      deliver(files[nextToDeliver]!, result);
      nextToDeliver++;
    }
  };
  const send = (w: Worker): boolean => {
    if (nextToSend >= files.length) return false;
    const batch = [];
    for (let k = 0; k < BATCH && nextToSend < files.length; k++, nextToSend++) batch.push({ index: nextToSend, source: files[nextToSend]! });
    w.postMessage(batch);
    return true;
  };
  await Promise.all(
    Array.from({ length: jobs }, () => {
      const w = startWorker(date);
      return new Promise<void>((resolve, reject) => {
        w.on('message', (m: { index: number; result: FileResult } | { done: true }) => {
          if ('done' in m) {
            if (!send(w)) {
              w.postMessage(null);
              resolve();
            }
            return;
          }
          waiting.set(m.index, m.result);
          flush();
        });
        w.on('error', reject);
        w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker stopped with code ${code}`))));
        if (!send(w)) {
          w.postMessage(null);
          resolve();
        }
      });
    }),
  );
  flush();
}
