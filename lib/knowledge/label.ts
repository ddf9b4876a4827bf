/**
 * An entity as the interface shows it: its names, type and grammatical gender, and for a discovered
 * actor its role and the forms it was written in. The background, which holds the knowledge base,
 * gives it with every reply that names an entity (lib/analyze/page.ts, lib/corpus/labels.ts): the
 * page, the popup and the options page do not load the knowledge base to name what they show.
 */
import { genderOf, type Gender } from './gender';
import type { EntityRecord, EntityType } from './types';

export interface EntityLabel {
  id: string;
  name: string;
  nameEn: string;
  type: EntityType;
  gender: Gender;
  /** A discovered actor: a name the knowledge base lacks (lib/analyze/types.ts). */
  discovered?: true;
  /** A discovered actor's title or role (on the page, or the latest the corpus saw). */
  role?: string;
  /** A discovered actor's forms (what "Add to Marsad" keeps as other names). */
  forms?: string[];
}

/** A knowledge-base entity's label (its gender from its roles). */
export function labelOf(e: EntityRecord): EntityLabel {
  return { id: e.id, name: e.name, nameEn: e.nameEn, type: e.type, gender: genderOf(e) };
}

/** A discovered actor's label: no English name; its gender from its role. */
export function discoveredLabel(a: { id: string; name: string; type: EntityType; role?: string | null; forms: readonly string[] }): EntityLabel {
  return {
    id: a.id,
    name: a.name,
    nameEn: '',
    type: a.type,
    gender: genderOf({ type: a.type, role: a.role }),
    discovered: true,
    ...(a.role ? { role: a.role } : {}),
    forms: [...a.forms],
  };
}
