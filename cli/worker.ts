/**
 * A worker thread of the command line: builds the knowledge base once, then reads and analyses
 * the files it is sent, replying with each one's result (see pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { builtinGazetteer } from '../lib/knowledge/builtin';
import { analyseFile } from './analyse-file';

interface Job {
  index: number;
  source: string;
}

const g = builtinGazetteer();
const { date } = workerData as { date: string | undefined };

parentPort!.on('message', (jobs: Job[] | null) => {
  if (jobs === null) {
    parentPort!.close();
    return;
  }
  void (async () => {
    for (const job of jobs) parentPort!.postMessage({ index: job.index, result: await analyseFile(g, job.source, date) });
    parentPort!.postMessage({ done: true });
  })();
});
