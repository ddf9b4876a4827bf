/**
 * The background's warm analyser: the knowledge base compiled with the user's edits, kept while
 * the service worker lives, so that a page sends its text and gets its entities back without
 * holding the knowledge base itself. Every change to the knowledge is the background's own write,
 * and `changed()` comes before every tab is told (broadcast.ts); a worker that was stopped
 * compiles it again on its first call (`warm()` starts that as soon as a page looks Arabic).
 */
import type { MarsadDB } from '../../lib/corpus/schema';
import { readEdits, userGazetteer } from '../../lib/knowledge/builtin';
import type { Gazetteer } from '../../lib/knowledge/matcher';
import { ownNames, type OwnNames } from '../../lib/highlight/own-names';

/** The user's knowledge base compiled, and the test for the user's own names (what pages do not paint unless asked). */
export interface Knowledge {
  gazetteer: Gazetteer;
  own: OwnNames;
}

export class KnowledgeEngine {
  private compiled: Promise<Knowledge> | undefined;

  constructor(private readonly db: MarsadDB) {}

  /** The user's knowledge base, compiled (once until it changes). */
  async gazetteer(): Promise<Gazetteer> {
    return (await this.knowledge()).gazetteer;
  }

  /** The user's knowledge, compiled (once until it changes). */
  knowledge(): Promise<Knowledge> {
    if (this.compiled) return this.compiled;
    // A damaged stored record is skipped, as every reader skips it (lib/knowledge/edit.ts).
    const compiling = this.db.entities.toArray().then((stored): Knowledge => {
      const { edits } = readEdits(stored);
      return { gazetteer: userGazetteer(edits), own: ownNames(edits) };
    });
    this.compiled = compiling;
    // A failed read is tried again by the next call.
    compiling.catch(() => {
      if (this.compiled === compiling) this.compiled = undefined;
    });
    return compiling;
  }

  /** Starts compiling, if it is not done: a page is about to ask. */
  warm(): void {
    this.knowledge().catch(() => undefined);
  }

  /** The knowledge changed: the next call compiles it again. */
  changed(): void {
    this.compiled = undefined;
  }
}
