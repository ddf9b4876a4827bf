/**
 * The corpus export for a corpus of any size (issue 11, item 10): the export's lines
 * (transfer.ts exportItems, the one way an export is made) gathered into parts of a bounded size,
 * each turned into a Blob as soon as it is complete, so that the file is never one string in
 * memory; the file is a Blob made of those Blobs (a browser keeps a large one on disk). It reports
 * how many articles it has exported of how many, and stops when cancelled, leaving no file.
 */
import type { Settings } from '../settings';
import type { MarsadDB } from './schema';
import { exportItems } from './transfer';

/** About how many characters one part of the file holds (a few megabytes of UTF-8). */
export const EXPORT_PART_CHARS = 1 << 20;

export interface ExportProgress {
  /** Articles exported so far. */
  articles: number;
  /** Articles in the corpus when the export began. */
  total: number;
}

export interface ExportOptions {
  now?: Date;
  /** The settings' line (the extension's export has one, the command line's none). */
  settings?: Settings;
  /** At least this many characters make a part (the last part may be shorter). */
  partChars?: number;
  /** Stops the export: no more is read (checked between lines). */
  signal?: AbortSignal;
}

/**
 * The export in parts: whole lines, each followed by a line break; with each part, the articles
 * exported so far and the total. The first part is the header line, given before any article is
 * read, so that the total is known at once; every other part but the last holds at
 * least `partChars` characters. The parts joined are exportCorpus's text.
 */
export async function* exportParts(db: MarsadDB, options: ExportOptions = {}): AsyncGenerator<{ text: string } & ExportProgress> {
  const size = options.partChars ?? EXPORT_PART_CHARS;
  const total = await db.articles.count();
  let articles = 0;
  let lines: string[] = [];
  let chars = 0;
  let first = true;
  for await (const line of exportItems(db, options.now, options.settings)) {
    if (options.signal?.aborted) return;
    lines.push(line.text, '\n');
    chars += line.text.length + 1;
    if (line.article) articles++;
    if (chars >= size || first) {
      first = false;
      // (An article saved while the export runs may make it one more than the total it began with.)
      yield { text: lines.join(''), articles, total: Math.max(total, articles) };
      lines = [];
      chars = 0;
    }
  }
  yield { text: lines.join(''), articles, total: Math.max(total, articles) };
}

/**
 * The export as a file (a Blob of `type`), made part by part; `onProgress` hears after each part.
 * Undefined when `signal` aborts it: then no file is made at all, and the parts made so far go.
 */
export async function exportFile(
  db: MarsadDB,
  options: ExportOptions & { type?: string; onProgress?: (p: ExportProgress) => void } = {},
): Promise<Blob | undefined> {
  const blobs: Blob[] = [];
  for await (const part of exportParts(db, options)) {
    if (options.signal?.aborted) return undefined;
    blobs.push(new Blob([part.text]));
    options.onProgress?.({ articles: part.articles, total: part.total });
  }
  if (options.signal?.aborted) return undefined;
  return new Blob(blobs, { type: options.type ?? 'application/x-ndjson' });
}
