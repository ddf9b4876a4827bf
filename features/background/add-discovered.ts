/**
 * "Add to Marsad" for a discovered actor (from the hover card, the popup or the options page): the
 * new entity of the user's own is stored and the actor's saved statements, articles and counters
 * move to it (lib/corpus/repoint.ts), in one transaction; then every tab is told, and the pages
 * highlight the name as a knowledge-base entity. When anything fails, nothing is changed.
 */
import { validateAliases, validateDraft, foldQuery } from '../../lib/knowledge/catalogue';
import { writing } from '../../lib/corpus/errors';
import { repointEntity } from '../../lib/corpus/repoint';
import type { MarsadDB } from '../../lib/corpus/schema';
import { ENTITY_TYPES } from '../../lib/knowledge/types';
import { userEntityId, type KnowledgeEdit } from '../../lib/knowledge/user';
import type { AddDiscoveredReply, AddDiscoveredRequest } from '../../lib/messages';
import { isDiscoveredId } from '../../lib/knowledge/ids';
import { builtinIds, readEdits } from '../../lib/knowledge/builtin';
import { checkEdit } from '../../lib/knowledge/edit';

/** A discovered actor's id, as the analyzer makes it (never a built-in or a user's id). */

const PROBLEMS: Record<string, string> = {
  required: 'The Arabic name is required.',
  notArabic: 'Write the name in Arabic letters.',
  tooLong: 'The name is too long.',
  stopword: 'That is a common word, not a name.',
  short: 'That is too short to be a name.',
};

/** The request, checked as every door checks an entity (the options page's validator); throws what is wrong. */
function checked(req: AddDiscoveredRequest): { name: string; nameEn: string } {
  if (!isDiscoveredId(req.discoveredId)) throw new Error(`Not a discovered actor: ${req.discoveredId}`);
  if (!ENTITY_TYPES.includes(req.type)) throw new Error(`Not an entity type: ${String(req.type)}`);
  const v = validateDraft({ type: req.type, name: req.name, nameEn: req.nameEn, aliases: '' });
  const problem = v.errors[0];
  if (problem) throw new Error(problem.field === 'nameEn' ? 'The English name is too long.' : PROBLEMS[problem.code] ?? 'The name is not valid.');
  return { name: v.name, nameEn: v.nameEn };
}

/**
 * The other names worth keeping: the forms the actor was written in that are not the name itself
 * (after normalising) and have two words or more (a surname alone is linked to the full name by the
 * matcher within an article; alone, it would match too much).
 */
function otherNames(name: string, forms: readonly string[]): string[] {
  const seen = new Set([foldQuery(name)]);
  const out: string[] = [];
  for (const form of forms) {
    const f = form.replace(/\s+/g, ' ').trim();
    const key = foldQuery(f);
    if (!key.includes(' ') || seen.has(key) || validateAliases([f]).length) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

export async function addDiscovered(
  db: MarsadDB,
  req: AddDiscoveredRequest,
  broadcast: () => Promise<void>,
  now = new Date(),
): Promise<AddDiscoveredReply> {
  const { name, nameEn } = checked(req);
  const tables = [db.entities, db.articles, db.articleStatements, db.articleLinks, db.counters, db.discovered];
  const reply = await writing(() =>
    db.transaction('rw', tables, async () => {
      const record = await db.discovered.get(req.discoveredId);
      const forms = [...(req.forms ?? []), ...(record ? [record.name, ...record.forms] : [])];
      // Added twice (from the card, then from the popup): the entity of the same name and type is the one.
      const key = foldQuery(name);
      // Among the records every reader takes: a damaged one is not the entity.
      const mine = readEdits(await db.entities.where('type').equals(req.type).toArray()).edits;
      const same = mine.find((e) => e.origin === 'user' && !e.hidden && e.name !== undefined && foldQuery(e.name) === key);
      const draft: KnowledgeEdit = same
        ? { ...same, nameEn: same.nameEn || nameEn, aliases: otherNames(name, [...(same.aliases ?? []), ...forms]), updatedAt: now.toISOString() }
        : {
            id: userEntityId(req.type, name, now.getTime()),
            origin: 'user',
            type: req.type,
            name,
            nameEn,
            aliases: otherNames(name, forms),
            excluded: [],
            hidden: false,
            updatedAt: now.toISOString(),
          };
      // The check every door uses: what is stored is what every reader takes.
      const checked = checkEdit(draft, builtinIds(), now);
      if (!checked.edit) throw new Error(`The entity was refused: ${checked.problems.map((p) => p.code).join(', ')}`);
      const entity = checked.edit;
      await db.entities.put(entity);
      // Its statements keep their history under the new id; those that named it are now the
      // knowledge base's, those resolved from a bare title still say so.
      const moved = await repointEntity(db, req.discoveredId, entity.id, { name: entity.name ?? name, kind: 'named' });
      return { id: entity.id, name: entity.name ?? name, type: req.type, statements: moved.statements, articles: moved.articles };
    }),
  );
  await broadcast();
  return reply;
}
