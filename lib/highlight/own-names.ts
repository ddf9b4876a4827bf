/**
 * The user's own names in a page: a mention of an entity of the user's own, or of a built-in entity
 * in a form the user added to it. They say what the user researches, and a page can read whatever
 * Marsad paints (the ranges in `CSS.highlights`, or the fallback's <marsad-mark> elements): unless
 * the user chooses otherwise (the `paintOwnEntities` setting), they are found and listed (the
 * popup) but not painted.
 */
import { foldQuery } from '../knowledge/catalogue';
import { withoutProclitics } from '../arabic/search';
import type { KnowledgeEdit } from '../knowledge/user';

/** Is this mention (its entity, its text as written) one of the user's own names? */
export type OwnNames = (entityId: string, text: string) => boolean;

/** The test for the user's records (read as every reader reads them: lib/knowledge/edit.ts). */
export function ownNames(edits: readonly KnowledgeEdit[]): OwnNames {
  const own = new Set<string>();
  const added = new Map<string, Set<string>>();
  for (const e of edits) {
    if (e.origin === 'user') own.add(e.id);
    else if (e.aliases?.length) added.set(e.id, new Set(e.aliases.map(foldQuery)));
  }
  return (entityId, text) => {
    if (own.has(entityId)) return true;
    const forms = added.get(entityId);
    if (!forms) return false;
    // As written, or with the proclitics the matcher strips («وماكغون»).
    const folded = foldQuery(text);
    return forms.has(folded) || withoutProclitics(folded).some((f) => forms.has(f));
  };
}
