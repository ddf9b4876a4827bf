/**
 * The files a command runs over: the paths given, a directory's pages (recursively, in name
 * order), and the paths listed in a file (`--list`, one per line; `-` reads them from stdin).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeTextFile } from '../lib/text-file';

/** The extensions a directory is searched for. */
export const PAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.txt']);

/**
 * Every file to read, in order: each path as given (a missing one too, so that it is reported
 * where it stands), each directory's pages sorted by path. An unreadable directory is an error.
 */
export async function expandInputs(paths: readonly string[], lists: readonly string[] = []): Promise<string[]> {
  const out: string[] = [];
  for (const list of lists) {
    const bytes = list === '-' ? await readStdin() : await readFile(list);
    let text: string;
    try {
      text = decodeTextFile(bytes);
    } catch (e) {
      // A path read as U+FFFD would be reported as missing, under a name that is not its own.
      throw new Error(`${list === '-' ? 'standard input' : list}: ${(e as Error).message}`);
    }
    for (const line of text.split(/\r?\n/)) if (line.trim()) out.push(line.trim());
  }
  const given = [...out.splice(0), ...paths];
  for (const p of given) {
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) {
      const pages = await pagesUnder(p);
      // A directory with no page stays in the list, to be reported where it stands.
      out.push(...(pages.length ? pages : [p]));
    }
    else out.push(p);
  }
  return out;
}

async function pagesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  // Iteration, not recursion: a deep tree costs no stack.
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) stack.push(p);
      else if (entry.isFile() && PAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(p);
    }
  }
  return found.sort();
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
