/**
 * The form of an entity id, written once: the knowledge base's validator, the knowledge file's
 * reader and the corpus's import all test ids with it.
 *
 * An id is its type's prefix (`person`, `org`, `place`), a colon, and a slug of lowercase ASCII
 * letters and digits in runs joined by single hyphens: `person:sergei-lavrov`, `org:un`. Ids that
 * Marsad makes have the same form: an entity of the user's own `person:user-<base36>-<base36>`
 * (knowledge/user.ts), a discovered actor `person:found-<base36>` (statements/discover.ts).
 */
export const ENTITY_ID = /^(person|org|place):[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A discovered actor's id: an entity id whose slug begins with `found-`. */
export const DISCOVERED_ID = /^(person|org|place):found-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Is `s` an entity id (see ENTITY_ID)? */
export function isEntityId(s: unknown): s is string {
  return typeof s === 'string' && ENTITY_ID.test(s);
}

/** Is `s` a discovered actor's id (see DISCOVERED_ID)? */
export function isDiscoveredId(s: unknown): s is string {
  return typeof s === 'string' && DISCOVERED_ID.test(s);
}
