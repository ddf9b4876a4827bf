/**
 * The one check of a knowledge-base record (a KnowledgeEdit, lib/knowledge/user.ts), wherever one
 * comes from: a knowledge file, a corpus file's entity line, the options form, the right-click
 * menu, «Add to Marsad», the card's «hide» and «not this», a message to the background, and the
 * `entities` table itself. What it refuses is never written; a stored record it refuses is skipped
 * by every reader (and listed in the options page), so that one bad record never takes the
 * knowledge base, the highlighting or saving down with it.
 *
 * The rules are the options form's (validateDraft, validateAliases in catalogue.ts) plus the
 * record's shape: an entity id, an origin, for a built-in entity an id the knowledge base has, for
 * an entity of one's own a type and a name, lists of strings, `hidden` true or false.
 */
import { isEntityId } from './ids';
import { MAX_NAME, parseAliases, validateAliases, validateDraft, type FieldError } from './catalogue';
import { ENTITY_TYPES, type EntityType } from './types';
import type { KnowledgeEdit } from './user';

/** What is wrong with a record. `field` carries the options form's own error (a name, an alias). */
export type EditProblem =
  | { code: 'notObject' | 'badId' | 'badOrigin' | 'userNeeds' | 'badHidden' }
  | { code: 'unknownBuiltin' | 'builtinId'; detail: string }
  | { code: 'badList'; detail: 'aliases' | 'excluded' }
  | { code: 'badText'; detail: 'nameEn' | 'updatedAt' }
  | { code: 'field'; error: FieldError };

/** More forms than anyone excludes by hand: a list longer than this is not the user's. */
export const MAX_EXCLUDED = 1000;

export type EditCheck = { edit: KnowledgeEdit; problems: [] } | { edit: undefined; problems: EditProblem[] };

const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * Checks a record of any shape. When it passes, `edit` is the record to store: its names trimmed
 * and their spaces collapsed, its lists without repeats, a missing or unreadable `updatedAt` set to
 * `now`, and no field the record did not give (nor any the format does not know).
 */
export function checkEdit(raw: unknown, builtinIds: ReadonlySet<string>, now: Date = new Date()): EditCheck {
  const fail = (...problems: EditProblem[]): EditCheck => ({ edit: undefined, problems });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail({ code: 'notObject' });
  const o = raw as Record<string, unknown>;
  const id = o['id'];
  if (!isEntityId(id)) return fail({ code: 'badId' });
  const origin = o['origin'];
  if (origin !== 'user' && origin !== 'edit') return fail({ code: 'badOrigin' });
  const problems: EditProblem[] = [];
  if (origin === 'edit' && !builtinIds.has(id)) problems.push({ code: 'unknownBuiltin', detail: id });
  if (origin === 'user' && builtinIds.has(id)) problems.push({ code: 'builtinId', detail: id });
  const given = (k: string) => o[k] !== undefined;
  for (const f of ['aliases', 'excluded'] as const) if (given(f) && !isStrList(o[f])) problems.push({ code: 'badList', detail: f });
  if (given('hidden') && typeof o['hidden'] !== 'boolean') problems.push({ code: 'badHidden' });
  if (given('updatedAt') && (typeof o['updatedAt'] !== 'string' || Number.isNaN(Date.parse(o['updatedAt'])))) problems.push({ code: 'badText', detail: 'updatedAt' });
  const aliases = isStrList(o['aliases']) ? o['aliases'] : [];
  const excludedRaw = isStrList(o['excluded']) ? o['excluded'] : [];
  const excluded = [...new Set(excludedRaw.map((f) => f.replace(/\s+/g, ' ').trim()))];
  if (excluded.includes('')) problems.push({ code: 'badList', detail: 'excluded' });
  if (excluded.length > MAX_EXCLUDED || excluded.some((f) => f.length > MAX_NAME)) problems.push({ code: 'field', error: { field: 'excluded', code: 'tooLong' } });

  const edit: KnowledgeEdit = { id, origin, updatedAt: typeof o['updatedAt'] === 'string' && !Number.isNaN(Date.parse(o['updatedAt'])) ? o['updatedAt'] : now.toISOString() };
  if (origin === 'user') {
    const type = o['type'];
    const name = o['name'];
    if (typeof name !== 'string' || !ENTITY_TYPES.includes(type as EntityType)) problems.push({ code: 'userNeeds' });
    if (given('nameEn') && typeof o['nameEn'] !== 'string') problems.push({ code: 'badText', detail: 'nameEn' });
    if (typeof name === 'string' && ENTITY_TYPES.includes(type as EntityType)) {
      // The options form's validator, as the form runs it: the names, then the other names.
      const v = validateDraft({ type: type as EntityType, name, nameEn: typeof o['nameEn'] === 'string' ? o['nameEn'] : '', aliases: aliases.join('\n') });
      for (const error of v.errors) problems.push({ code: 'field', error });
      edit.type = type as EntityType;
      edit.name = v.name;
      if (given('nameEn')) edit.nameEn = v.nameEn;
      if (given('aliases')) edit.aliases = v.aliases;
    }
  } else if (given('aliases')) {
    const parsed = parseAliases(aliases.join('\n'));
    for (const error of validateAliases(parsed)) problems.push({ code: 'field', error });
    edit.aliases = parsed;
  }
  if (given('excluded')) edit.excluded = excluded;
  if (given('hidden')) edit.hidden = o['hidden'] === true;
  return problems.length ? fail(...problems) : { edit, problems: [] };
}

/** A stored record the readers skip, with what is wrong with it (for the options page). */
export interface DamagedRecord {
  /** The record's key (its `id`) when it is a string or a number (to delete it by), else undefined. */
  id: string | number | undefined;
  /** Its name when it has a string one (for the user to recognise it). */
  name: string | undefined;
  problems: EditProblem[];
}

/**
 * The stored records every reader may use, and those it must skip. A record is used as stored
 * (normalised as checkEdit gives it); a damaged one is reported, never thrown over.
 */
export function usableEdits(stored: readonly unknown[], builtinIds: ReadonlySet<string>): { edits: KnowledgeEdit[]; damaged: DamagedRecord[] } {
  const edits: KnowledgeEdit[] = [];
  const damaged: DamagedRecord[] = [];
  for (const raw of stored) {
    const c = checkEdit(raw, builtinIds);
    if (c.edit) edits.push(c.edit);
    else {
      const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
      damaged.push({
        id: typeof o['id'] === 'string' || typeof o['id'] === 'number' ? o['id'] : undefined,
        name: typeof o['name'] === 'string' ? o['name'] : undefined,
        problems: c.problems,
      });
    }
  }
  return { edits, damaged };
}
