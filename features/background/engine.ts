/**
 * The background's warm analyser: the knowledge base compiled with the user's edits, kept while
 * the service worker lives, so that a page sends its text and gets its entities back without
 * holding the knowledge base itself. Every change to the knowledge is the background's own write,
 * and `changed()` comes before every tab is told (broadcast.ts); a worker that was stopped
 * compiles it again on its first call (`warm()` starts that as soon as a page looks Arabic).
 */
import type { MarsadDB } from '../../lib/corpus/schema';
import { userGazetteer } from '../../lib/knowledge/builtin';
import type { Gazetteer } from '../../lib/knowledge/matcher';

export class KnowledgeEngine {
  private compiled: Promise<Gazetteer> | undefined;

  constructor(private readonly db: MarsadDB) {}

  /** The user's knowledge base, compiled (once until it changes). */
  gazetteer(): Promise<Gazetteer> {
    if (this.compiled) return this.compiled;
    const compiling = this.db.entities.toArray().then((edits) => userGazetteer(edits));
    this.compiled = compiling;
    // A failed read is tried again by the next call.
    compiling.catch(() => {
      if (this.compiled === compiling) this.compiled = undefined;
    });
    return compiling;
  }

  /** Starts compiling, if it is not done: a page is about to ask. */
  warm(): void {
    this.gazetteer().catch(() => undefined);
  }

  /** The knowledge changed: the next call compiles it again. */
  changed(): void {
    this.compiled = undefined;
  }
}
