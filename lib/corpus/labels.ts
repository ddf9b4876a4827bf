/**
 * Entities named for the interface's replies (the popup holds no knowledge base): the user's
 * knowledge base first (the background's, compiled: the built-in entities with the user's edits,
 * and the user's own), then a built-in entity the user hid, then a discovered actor the corpus
 * holds. An entity's overview with the entities that appear with it named, and what the popup
 * shows of an entity before its history.
 */
import { builtinEntity } from '../knowledge/builtin';
import { discoveredLabel, labelOf, type EntityLabel } from '../knowledge/label';
import type { Gazetteer } from '../knowledge/matcher';
import { overview, type EntityOverview } from './queries';
import type { MarsadDB } from './schema';

/** An entity's overview with the entities that appear with it named. */
export interface NamedOverview extends Omit<EntityOverview, 'coMentioned'> {
  coMentioned: (EntityLabel & { articles: number })[];
}

/** What the popup shows of an entity before its history: its names, and whether the corpus is empty. */
export interface EntityDescription {
  /** The knowledge base's entity (with the user's edits), or a discovered actor the corpus holds; null when neither knows it. */
  entity: EntityLabel | null;
  /** No article is saved at all. */
  corpusEmpty: boolean;
}

/** The labels of `ids` that something names (`g`: the user's knowledge base, compiled). */
export async function entityLabels(db: MarsadDB, g: Gazetteer, ids: readonly string[]): Promise<Map<string, EntityLabel>> {
  const labels = new Map<string, EntityLabel>();
  const rest: string[] = [];
  for (const id of ids) {
    const i = g.indexOf.get(id);
    const record = i === undefined ? builtinEntity(id) : g.entities[i];
    if (record) labels.set(id, labelOf(record));
    else rest.push(id);
  }
  if (rest.length) {
    for (const r of await db.discovered.bulkGet(rest)) if (r) labels.set(r.id, discoveredLabel(r));
  }
  return labels;
}

export async function namedOverview(db: MarsadDB, g: Gazetteer, q: { entityId: string; limit: number }): Promise<NamedOverview> {
  const o = await overview(db, q);
  const labels = await entityLabels(db, g, o.coMentioned.map((c) => c.id));
  // An entity nothing names any more (one of the user's own, deleted since) is left out.
  const coMentioned = o.coMentioned.flatMap((c) => {
    const label = labels.get(c.id);
    return label ? [{ ...label, articles: c.articles }] : [];
  });
  return { ...o, coMentioned };
}

export async function describeEntity(db: MarsadDB, g: Gazetteer, entityId: string): Promise<EntityDescription> {
  const [labels, first] = await Promise.all([entityLabels(db, g, [entityId]), db.articles.limit(1).primaryKeys()]);
  return { entity: labels.get(entityId) ?? null, corpusEmpty: first.length === 0 };
}
