/**
 * The knowledge base the user sees: the built-in entities with the user's edits applied (aliases
 * added, entities hidden, wrong matches excluded), plus the user's own entities.
 */
import { usableEdits } from './edit';
import type { EntityRecord, EntityType } from './types';

export interface KnowledgeEdit {
  /** The entity this applies to: a built-in id, or the id of the user's own entity. */
  id: string;
  /** 'user': an entity of the user's own (all fields given); 'edit': changes to a built-in one. */
  origin: 'user' | 'edit';
  type?: EntityType;
  name?: string;
  nameEn?: string;
  aliases?: string[];
  /** Never highlight this entity. */
  hidden?: boolean;
  /** Forms that matched but are not this entity («this is not X»). */
  excluded?: string[];
  updatedAt: string;
}

const idSets = new WeakMap<readonly EntityRecord[], ReadonlySet<string>>();

/** The ids of a knowledge base (computed once per list). */
export function idsOf(entities: readonly EntityRecord[]): ReadonlySet<string> {
  let ids = idSets.get(entities);
  if (!ids) {
    ids = new Set(entities.map((e) => e.id));
    idSets.set(entities, ids);
  }
  return ids;
}

/**
 * Applies the user's edits and entities to the built-in knowledge base. The edits are read as
 * stored: a record that does not pass the check every door uses (lib/knowledge/edit.ts) is left
 * out, never thrown over.
 */
export function applyEdits(builtin: readonly EntityRecord[], stored: readonly KnowledgeEdit[]): EntityRecord[] {
  const { edits } = usableEdits(stored, idsOf(builtin));
  const byId = new Map(edits.map((e) => [e.id, e]));
  const out: EntityRecord[] = [];
  for (const e of builtin) {
    const edit = byId.get(e.id);
    if (!edit) {
      out.push(e);
      continue;
    }
    if (edit.hidden) continue;
    out.push(withExclusions({ ...e, aliases: [...(e.aliases ?? []), ...(edit.aliases ?? [])] }, edit.excluded));
  }
  for (const edit of edits) {
    if (edit.origin !== 'user' || edit.hidden || !edit.type || !edit.name) continue;
    out.push(
      withExclusions(
        { id: edit.id, type: edit.type, name: edit.name, nameEn: edit.nameEn || edit.name, aliases: edit.aliases ?? [] },
        edit.excluded,
      ),
    );
  }
  return out;
}

function withExclusions(e: EntityRecord, excluded: readonly string[] | undefined): EntityRecord {
  return excluded?.length ? { ...e, exclude: [...(e.exclude ?? []), ...excluded] } : e;
}

/** A fresh id for an entity of the user's own: user-made ids never collide with built-in ones. */
export function userEntityId(type: EntityType, name: string, now = Date.now()): string {
  const prefix = type === 'organization' ? 'org' : type;
  return `${prefix}:user-${now.toString(36)}-${Math.abs(hash(name)).toString(36)}`;
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}
