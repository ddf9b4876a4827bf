/**
 * A corpus file imported as a stream, for files of any size: it is never whole in memory. The
 * options page reads the file twice, in parts:
 * 1. `check`: every line is read and checked (lib/corpus/transfer.ts readLine); with any problem
 *    nothing is written, and the problems are reported by line, as for a small file;
 * 2. `write`: each part's articles are written in one transaction of their own (the corpus is
 *    consistent after every part, the page shows progress); discovered actors and knowledge edits,
 *    small, are kept and written once the articles are all in.
 * A cancelled or interrupted write is undone: the ids of the articles it added are kept (and, in the
 * extension, stored outside the worker's memory) until it finishes, so that undoing leaves the corpus
 * as it was.
 */
import { deleteArticle } from './corpus';
import { writing } from './errors';
import { contentHash } from './hash';
import type { MarsadDB } from './schema';
import type { Settings } from '../settings';
import { addArticles, addKnowledge, addSettings, emptyReport, LineChecker, type FileArticle, type ImportProblem, type ImportReport, type Line } from './transfer';

/** At most this many problems are kept: a broken file of a million lines is reported by its first ones. */
export const MAX_PROBLEMS = 200;

/** Cuts text arriving in parts into numbered lines (a line may be split across parts). */
export class LineReader {
  private carry = '';
  private count = 0;
  private first = true;

  /** The complete lines of this part, with their line numbers (from 1). */
  push(part: string): { n: number; text: string }[] {
    let text = this.carry + part;
    if (this.first && text.length > 0) {
      text = text.replace(/^\uFEFF/, '');
      this.first = false;
    }
    const pieces = text.split(/\r?\n/);
    this.carry = pieces.pop() ?? '';
    return pieces.map((t) => ({ n: ++this.count, text: t }));
  }

  /** The last line, when the file does not end with a line break. */
  end(): { n: number; text: string }[] {
    const rest = this.carry;
    this.carry = '';
    return rest.length ? [{ n: ++this.count, text: rest }] : [];
  }

  get lines(): number {
    return this.count;
  }
}

/** The check of a file, part by part. */
export class ImportCheck {
  private readonly reader = new LineReader();
  readonly problems: ImportProblem[] = [];
  problemCount = 0;
  articles = 0;
  private sawHeader = false;
  private anyLine = false;

  push(part: string): void {
    this.read(this.reader.push(part));
  }

  /** Ends the check: the problems (the first MAX_PROBLEMS of them) and how many articles the file holds. */
  end(): { problems: ImportProblem[]; problemCount: number; articles: number; lines: number } {
    this.read(this.reader.end());
    if (!this.sawHeader && this.problemCount === 0 && !this.anyLine) this.problem(1, 'the file is empty');
    return { problems: this.problems, problemCount: this.problemCount, articles: this.articles, lines: this.reader.lines };
  }

  private readonly checker = new LineChecker();

  private read(lines: { n: number; text: string }[]): void {
    for (const { n, text } of lines) {
      const r = this.checker.read(text);
      if (r.kind === 'problems') for (const p of r.problems) this.problem(n, p.message, p.entity);
      else if (r.kind === 'header') this.sawHeader = true;
      else if (r.kind === 'line') {
        this.anyLine = true;
        if (r.line.type === 'article') this.articles++;
      }
    }
  }

  private problem(line: number, message: string, entity?: ImportProblem['entity']): void {
    this.problemCount++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ line, message, ...(entity ? { entity } : {}) });
  }
}

/** The write of a checked file, part by part: each part's articles in one transaction. */
export class ImportWrite {
  private readonly reader = new LineReader();
  readonly report: ImportReport = emptyReport();
  /** The articles this import added, in order: what undoing it deletes. */
  readonly added: number[] = [];
  private readonly knowledge: Line[] = [];
  private readonly checker = new LineChecker();

  constructor(private readonly db: MarsadDB) {}

  /**
   * Reads a part's lines and hashes its articles' texts: what writing it needs before its
   * transaction. Parts must be prepared in the file's order (a line may run across two); the
   * reading is done before this returns, the hashing when the promise settles. A line that does
   * not pass the check (the file changed since it was checked) rejects it.
   */
  prepare(part: string): Promise<PreparedPart> {
    try {
      return this.read(this.reader.push(part));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Writes a prepared part's articles in one transaction (parts in the order they were prepared). Returns the ids it added. */
  async commit(part: PreparedPart): Promise<number[]> {
    this.knowledge.push(...part.knowledge);
    if (!part.articles.length) return [];
    const db = this.db;
    const ids = await writing(() =>
      db.transaction('rw', [db.articles, db.articleStatements, db.articleLinks, db.counters, db.discovered], async () => await addArticles(db, part.articles, part.hashes, this.report)),
    );
    this.added.push(...ids);
    return ids;
  }

  /** Writes the last line, then the discovered actors and knowledge edits, then hands on the settings. */
  async end(applySettings?: (settings: Settings) => Promise<unknown>): Promise<ImportReport> {
    await this.commit(await this.read(this.reader.end()));
    const db = this.db;
    await writing(() =>
      // (An async callback: Dexie keeps its transaction across its awaits; a callback that merely
      // returns the promise of another async function lost it here.)
      db.transaction('rw', [db.articles, db.articleStatements, db.articleLinks, db.entities, db.counters, db.discovered], async () => {
        await addKnowledge(db, this.knowledge, this.report);
      }),
    );
    await addSettings(this.knowledge, this.report, applySettings);
    return this.report;
  }

  private read(lines: { n: number; text: string }[]): Promise<PreparedPart> {
    const articles: FileArticle[] = [];
    const knowledge: Line[] = [];
    for (const { n, text } of lines) {
      const r = this.checker.read(text);
      // The file was checked; one that changed since is refused here rather than half written.
      if (r.kind === 'problems') throw new Error(`line ${n}: ${r.problems.map((p) => p.message).join('; ')}`);
      if (r.kind !== 'line') continue;
      if (r.line.type === 'article') articles.push(r.line);
      else knowledge.push(r.line);
    }
    // Hashes before the transaction: nothing but Dexie may be awaited inside a Dexie transaction.
    return Promise.all(articles.map((a) => contentHash(a.text))).then((hashes) => ({ articles, hashes, knowledge }));
  }
}

/** A part read and hashed, ready for its transaction (ImportWrite.prepare). */
export interface PreparedPart {
  articles: FileArticle[];
  hashes: string[];
  /** Its other lines (discovered actors, knowledge edits, settings): written at the end. */
  knowledge: Line[];
}

/** Undoes an import: deletes the articles it added (each with its statements, links and counts). */
export async function undoImport(db: MarsadDB, added: readonly number[]): Promise<number> {
  let removed = 0;
  for (const id of added) if (await deleteArticle(db, id)) removed++;
  return removed;
}
