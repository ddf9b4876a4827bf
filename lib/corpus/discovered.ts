/**
 * Discovered actors in the corpus: names the knowledge base lacks that saved articles gave a role
 * or a statement to. Their mentions and statements are stored like any entity's (links,
 * statements); the `discovered` table keeps their name, forms and role, and lives exactly as long
 * as a saved article mentions them. Every function here runs inside the caller's transaction.
 */
import type { EntityMentions } from '../analyze/types';
import type { DiscoveredRecord, MarsadDB } from './schema';
import { linkDates } from './sets';

/** The discovered actors of an analysis. */
export function discoveredOf(entities: readonly EntityMentions[]): EntityMentions[] {
  return entities.filter((e) => e.discovered === true);
}

/** What one article says about a discovered actor: the fields a record is merged from. */
export type DiscoveredSighting = Pick<DiscoveredRecord, 'id' | 'type' | 'name' | 'forms' | 'role'> & { seen: string };

/** A sighting of a discovered entity in an article dated `seen`: its name and every form written. */
export function sightingOf(e: EntityMentions, seen: string): DiscoveredSighting {
  return { id: e.id, type: e.type, name: e.name, forms: [e.name, ...e.mentions.map((m) => m.text)], role: e.role ?? null, seen };
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * Merges sightings into the stored records: forms are united; the role kept is the one of the
 * latest-dated article that gave one (an older article imported later does not undo a promotion).
 * Call after the article's links are written: the dates are then settled from them.
 */
export async function recordDiscovered(db: MarsadDB, sightings: readonly DiscoveredSighting[]): Promise<void> {
  if (sightings.length === 0) return;
  const had = await db.discovered.bulkGet(sightings.map((s) => s.id));
  const merged = new Map<string, DiscoveredRecord>();
  sightings.forEach((s, i) => {
    const old = merged.get(s.id) ?? had[i];
    const newer = !old || s.seen >= old.lastSeen;
    merged.set(s.id, {
      id: s.id,
      type: old?.type ?? s.type,
      name: old?.name ?? s.name,
      forms: union(old?.forms ?? [], s.forms),
      role: (newer ? s.role ?? old?.role : old.role ?? s.role) ?? null,
      firstSeen: old && old.firstSeen < s.seen ? old.firstSeen : s.seen,
      lastSeen: old && old.lastSeen > s.seen ? old.lastSeen : s.seen,
    });
  });
  await db.discovered.bulkPut([...merged.values()]);
  await settleDiscovered(db, [...merged.keys()]);
}

/**
 * After articles changed: a discovered actor no saved article mentions any more is deleted; the
 * others get their first and last dates from their links. Ids that are not discovered actors are
 * ignored.
 */
export async function settleDiscovered(db: MarsadDB, ids: readonly string[]): Promise<void> {
  const records = (await db.discovered.bulkGet([...new Set(ids)])).filter((r): r is DiscoveredRecord => r !== undefined);
  for (const r of records) {
    const dates = await linkDates(db, r.id);
    if (!dates) await db.discovered.delete(r.id);
    else if (dates.first !== r.firstSeen || dates.last !== r.lastSeen) await db.discovered.update(r.id, { firstSeen: dates.first, lastSeen: dates.last });
  }
}

/** The discovered actors of the corpus, most recently seen first. */
export async function discoveredActors(db: MarsadDB, options: { limit?: number; offset?: number } = {}): Promise<DiscoveredRecord[]> {
  return db.discovered
    .orderBy('lastSeen')
    .reverse()
    .offset(options.offset ?? 0)
    .limit(options.limit ?? 100)
    .toArray();
}
