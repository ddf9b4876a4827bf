/**
 * Re-pointing: everything the corpus holds under one entity id moves to another, in one
 * transaction. Used when the user adds a discovered actor to the knowledge base (its history
 * follows it to its new id) or says that two ids are the same actor.
 */
import type { SpeakerKind } from '../analyze/types';
import { updateCounts } from './counters';
import { settleDiscovered } from './discovered';
import { writing } from './errors';
import { TOTAL, type ArticleLinksRecord, type ArticleStatementsRecord, type DiscoveredRecord, type MarsadDB, type StatementRecord, type StoredSpeaker } from './schema';
import { linkSetOf, linksTo, rowsOfSet, statementsBy, statementSetOf } from './sets';

export interface RepointOptions {
  /** The name the statements give the speaker from now on (the knowledge base's); kept as it was when absent. */
  name?: string;
  /**
   * 'entity': the speaker is now a knowledge-base entity, in every row; 'named': only the rows that
   * named it (kind 'discovered') become 'entity', and a row resolved from a bare title stays
   * 'title' (the article gave the title only). Its kind is kept when absent.
   */
  kind?: 'entity' | 'named';
}

export interface RepointResult {
  /** Statement rows now under the new id. */
  statements: number;
  /** Articles that now name the new id instead of the old. */
  articles: number;
  /** The discovered actor's record, now deleted (its forms are the aliases the knowledge base may want). */
  discovered: DiscoveredRecord | undefined;
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/**
 * Moves statements (speaker, kind, and the member of a joint subject), links (and every link's
 * list of who appears together), articles' entity lists and mention counts, and the counters from
 * `fromId` to `toId`, and deletes `fromId`'s discovered record. Where `toId` is already in an
 * article, the two merge: mention counts add up, one link per article, one row per statement.
 */
export async function repointEntity(db: MarsadDB, fromId: string, toId: string, options: RepointOptions = {}): Promise<RepointResult> {
  if (!fromId || !toId) throw new Error('Re-pointing needs two entity ids.');
  if (fromId === toId) return { statements: 0, articles: 0, discovered: undefined };
  const tables = [db.articles, db.articleStatements, db.articleLinks, db.counters, db.discovered];
  return writing(() => db.transaction('rw', tables, async () => {
    const discovered = await db.discovered.get(fromId);
    const links = await repointLinks(db, fromId, toId);
    await repointArticles(db, links.articleIds, fromId, toId);
    const statements = await repointStatements(db, fromId, toId, options);
    await moveCounts(db, fromId, toId, { articles: links.articleIds.length - links.merged, statements: statements.moved, dropped: statements.dropped });
    await db.discovered.delete(fromId);
    if (discovered) await mergeForms(db, toId, discovered);
    return { statements: statements.moved, articles: links.articleIds.length, discovered };
  }));
}

/** An entity list with `fromId` replaced by `toId`, once. */
const replaced = (ids: readonly string[], fromId: string, toId: string) => unique(ids.map((id) => (id === fromId ? toId : id)));

/**
 * Moves the links: in each article's links row `toId` takes `fromId`'s place; where `toId` is
 * already in the article, the mentions add up in its link.
 */
async function repointLinks(db: MarsadDB, fromId: string, toId: string): Promise<{ articleIds: number[]; merged: number }> {
  const articleIds = unique((await linksTo(db, fromId)).map((l) => l.articleId));
  if (articleIds.length === 0) return { articleIds, merged: 0 };
  const sets = (await db.articleLinks.bulkGet(articleIds)).filter((s) => s !== undefined);
  let merged = 0;
  const puts: ArticleLinksRecord[] = [];
  for (const set of sets) {
    if (toId in set.mentions) merged++;
    const mentions: Record<string, number> = {};
    for (const [id, n] of Object.entries(set.mentions)) {
      const now = id === fromId ? toId : id;
      mentions[now] = (mentions[now] ?? 0) + n;
    }
    puts.push(linkSetOf(set.articleId, set.publishedAt, mentions)!);
  }
  await db.articleLinks.bulkPut(puts);
  return { articleIds, merged };
}

async function repointArticles(db: MarsadDB, articleIds: readonly number[], fromId: string, toId: string): Promise<void> {
  const articles = (await db.articles.bulkGet([...articleIds])).filter((a) => a !== undefined);
  for (const a of articles) {
    const { [fromId]: moved = 0, ...counts } = a.mentionCounts;
    counts[toId] = (counts[toId] ?? 0) + moved;
    a.mentionCounts = counts;
    a.entityIds = replaced(a.entityIds, fromId, toId);
  }
  await db.articles.bulkPut(articles);
}

/** The same statement of the same article (a joint statement's rows differ by speaker only). */
const statementKey = (r: StatementRecord) => `${r.articleId}|${r.start}|${r.end}|${r.verbStart}|${r.verb}`;

/**
 * Moves the statement rows, and renames the member in the joint statements' other rows. A row of
 * a statement `toId` already has (both were members of one joint subject) is dropped.
 */
async function repointStatements(
  db: MarsadDB,
  fromId: string,
  toId: string,
  options: RepointOptions,
): Promise<{ moved: number; dropped: number }> {
  const rows = await statementsBy(db, fromId);
  if (rows.length === 0) return { moved: 0, dropped: 0 };
  const sets = (await db.articleStatements.bulkGet(unique(rows.map((r) => r.articleId)))).filter((s) => s !== undefined);
  const inArticles = sets.flatMap(rowsOfSet);
  const toHas = new Set(inArticles.filter((r) => r.speakerId === toId).map(statementKey));
  const kindOf = (kind: SpeakerKind): SpeakerKind =>
    options.kind === 'named' ? (kind === 'discovered' ? 'entity' : kind) : (options.kind ?? kind);
  const renamed = (who: { name: string; kind: SpeakerKind }) => ({ name: options.name ?? who.name, kind: kindOf(who.kind) });
  const members = (speakers: StoredSpeaker[] | undefined) => speakers && { speakers: renamedMembers(speakers, fromId, toId, renamed) };
  // Each article's statements row is written again with its rows moved (a dropped row left out).
  let dropped = 0;
  const puts: ArticleStatementsRecord[] = [];
  for (const set of sets) {
    const kept: StatementRecord[] = [];
    for (const r of rowsOfSet(set)) {
      if (r.speakerId === fromId && toHas.has(statementKey(r))) dropped++;
      else if (r.speakerId === fromId) {
        const { name, kind } = renamed({ name: r.speaker, kind: r.speakerKind });
        kept.push({ ...r, speakerId: toId, speaker: name, speakerKind: kind, ...members(r.speakers) });
      } else if (r.speakers?.some((m) => m.id === fromId)) kept.push({ ...r, ...members(r.speakers) });
      else kept.push(r);
    }
    const set2 = statementSetOf(set.articleId, kept.map(({ id: _id, ...row }) => row));
    if (set2) puts.push(set2);
    else await db.articleStatements.delete(set.articleId);
  }
  await db.articleStatements.bulkPut(puts);
  return { moved: rows.length - dropped, dropped };
}

/** A joint subject's members with `fromId` become `toId`, each entity once (where it is first named). */
function renamedMembers(
  speakers: readonly StoredSpeaker[],
  fromId: string,
  toId: string,
  renamed: (who: { name: string; kind: SpeakerKind }) => { name: string; kind: SpeakerKind },
): StoredSpeaker[] {
  const out = new Map<string, StoredSpeaker>();
  speakers.forEach((m, i) => {
    const member = m.id === fromId ? { ...m, id: toId, ...renamed(m) } : m;
    const key = member.id ?? `#${i}`; // members without an id are never the same
    if (!out.has(key)) out.set(key, member);
  });
  return [...out.values()];
}

/** The counters follow: `toId` gains what moved, `fromId` has none left, the total loses the dropped rows. */
async function moveCounts(db: MarsadDB, fromId: string, toId: string, moved: { articles: number; statements: number; dropped: number }): Promise<void> {
  await updateCounts(db, moved.dropped ? [fromId, toId, TOTAL] : [fromId, toId], (key, old) => {
    if (key === fromId) return null;
    if (key === toId) return { articles: old.articles + moved.articles, statements: old.statements + moved.statements };
    return { ...old, statements: Math.max(0, old.statements - moved.dropped) };
  });
}

/** When `toId` is a discovered actor too (two spellings of one name), it keeps the other's forms and role. */
async function mergeForms(db: MarsadDB, toId: string, from: DiscoveredRecord): Promise<void> {
  const to = await db.discovered.get(toId);
  if (!to) return;
  await db.discovered.put({ ...to, forms: unique([...to.forms, ...from.forms]), role: to.role ?? from.role });
  await settleDiscovered(db, [toId]);
}
