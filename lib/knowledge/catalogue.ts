/**
 * The knowledge base as the options page shows it (pure: no browser, no database): rows built from
 * the built-in entities and the user's records, search with Arabic normalisation, validation of an
 * entity the user writes, and the complete record a change sends.
 */
import { normalize } from '../arabic/normalize';
import { withoutProclitics } from '../arabic/search';
import { isStopword } from './stoplist';
import { genderOf, type Gender } from './gender';
import type { EntityRecord, EntityType } from './types';
import { idsOf, type KnowledgeEdit } from './user';
import { usableEdits } from './edit';
import { hasArabicLetter } from '../arabic/letters';

export interface KnowledgeRow {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string;
  /** Its grammatical gender (from a built-in person's roles), for the words that refer to it. */
  gender: Gender;
  /** Built-in aliases (for a built-in entity) or the user's aliases (for their own). */
  aliases: string[];
  contextAliases: string[];
  /** Aliases the user added to a built-in entity. */
  added: string[];
  excluded: string[];
  builtin: boolean;
  hidden: boolean;
  /** The user's record for this entity, if any. */
  edit: KnowledgeEdit | undefined;
  /** Search keys: every name, normalised; and the English name folded. */
  keys: string[];
  en: string;
}

/** English folded for search: lower case, no accents ("Élisabeth" → "elisabeth"). */
export function foldLatin(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Arabic (and anything else) folded for search. */
export function foldQuery(s: string): string {
  return normalize(s).replace(/\s+/g, ' ').trim();
}

const builtinKeys = new WeakMap<EntityRecord, { keys: string[]; en: string }>();

function keysOf(e: EntityRecord): { keys: string[]; en: string } {
  let k = builtinKeys.get(e);
  if (!k) {
    k = { keys: [e.name, ...(e.aliases ?? []), ...(e.contextAliases ?? [])].map(foldQuery), en: foldLatin(e.nameEn) };
    builtinKeys.set(e, k);
  }
  return k;
}

/** Is this record a change worth keeping for a built-in entity? */
export function isEdited(edit: KnowledgeEdit | undefined): boolean {
  return !!edit && (!!edit.hidden || !!edit.aliases?.length || !!edit.excluded?.length);
}

/**
 * Every entity the user can see: the built-in ones (hidden ones included, marked), with the user's
 * added aliases and exclusions, then the user's own (a hidden one of their own is deleted: left out).
 */
export function knowledgeRows(builtin: readonly EntityRecord[], stored: readonly KnowledgeEdit[]): KnowledgeRow[] {
  // A damaged record is left out (the options page lists it apart).
  const { edits } = usableEdits(stored, idsOf(builtin));
  const byId = new Map(edits.map((e) => [e.id, e]));
  const rows: KnowledgeRow[] = [];
  const builtinIds = new Set<string>();
  for (const e of builtin) {
    builtinIds.add(e.id);
    const edit = byId.get(e.id);
    const k = keysOf(e);
    const added = edit?.aliases ?? [];
    rows.push({
      id: e.id,
      type: e.type,
      gender: genderOf(e),
      name: e.name,
      nameEn: e.nameEn,
      aliases: e.aliases ?? [],
      contextAliases: e.contextAliases ?? [],
      added,
      excluded: edit?.excluded ?? [],
      builtin: true,
      hidden: edit?.hidden === true,
      edit: isEdited(edit) ? edit : undefined,
      keys: added.length ? [...k.keys, ...added.map(foldQuery)] : k.keys,
      en: k.en,
    });
  }
  for (const edit of edits) {
    if (edit.origin !== 'user' || builtinIds.has(edit.id) || edit.hidden || !edit.type || !edit.name) continue;
    const aliases = edit.aliases ?? [];
    rows.push({
      id: edit.id,
      type: edit.type,
      gender: genderOf({ type: edit.type }),
      name: edit.name,
      nameEn: edit.nameEn ?? '',
      aliases,
      contextAliases: [],
      added: [],
      excluded: edit.excluded ?? [],
      builtin: false,
      hidden: false,
      edit,
      keys: [edit.name, ...aliases].map(foldQuery),
      en: foldLatin(edit.nameEn ?? ''),
    });
  }
  return rows;
}

export type ShowFilter = 'all' | 'mine' | 'edited' | 'hidden';

export interface SearchOptions {
  query: string;
  type: EntityType | 'all';
  show: ShowFilter;
  limit: number;
}

export interface SearchResult {
  total: number;
  rows: KnowledgeRow[];
}

/** How well one of `keys` matches the folded query: 0 exact, 1 a word starts with it, 2 it is inside, 3 not at all. */
function matchScore(keys: readonly string[], q: string): number {
  let score = 3;
  for (const k of keys) {
    if (k === q) return 0;
    if (score > 1 && (k.startsWith(q) || k.includes(' ' + q))) score = 1;
    else if (score > 2 && k.includes(q)) score = 2;
  }
  return score;
}

/**
 * Finds entities by any of their names. Arabic is compared normalised on both sides (أ/ا, ى/ي, ة/ه,
 * tashkeel ...), English case- and accent-insensitively. A name written with proclitics glued to it,
 * as a reader copies it from an article («وماكرون», «بالأسد»), is found without them
 * (lib/arabic/search.ts), after what the query finds as written. Exact matches come first, then
 * names that start with the query, then the rest; the original order breaks ties.
 */
export function searchKnowledge(rows: readonly KnowledgeRow[], o: SearchOptions): SearchResult {
  const q = foldQuery(o.query);
  const qe = foldLatin(o.query);
  const bare = q ? withoutProclitics(q) : [];
  const scored: { row: KnowledgeRow; score: number; i: number }[] = [];
  rows.forEach((row, i) => {
    if (o.type !== 'all' && row.type !== o.type) return;
    if (o.show === 'mine' && row.builtin) return;
    if (o.show === 'edited' && !(row.builtin && row.edit)) return;
    if (o.show === 'hidden' && !row.hidden) return;
    if (!q && !qe) {
      scored.push({ row, score: 0, i });
      return;
    }
    let score = q ? matchScore(row.keys, q) : 3;
    if (qe && row.en) score = Math.min(score, matchScore([row.en], qe));
    if (score === 3 && bare.length) {
      // Without the proclitics: ranked after every match of the query as written.
      const without = Math.min(...bare.map((b) => matchScore(row.keys, b)));
      if (without < 3) score = 4 + without;
    }
    if (score !== 3) scored.push({ row, score, i });
  });
  scored.sort((a, b) => a.score - b.score || a.i - b.i);
  return { total: scored.length, rows: scored.slice(0, o.limit).map((s) => s.row) };
}

// ——— Validation of what the user writes ———

export type FieldError =
  | { field: 'name'; code: 'required' | 'notArabic' | 'tooLong' }
  | { field: 'name'; code: 'stopword' | 'short'; word: string }
  | { field: 'nameEn'; code: 'tooLong' }
  | { field: 'aliases'; code: 'stopword' | 'short'; word: string }
  | { field: 'aliases'; code: 'tooLong' }
  | { field: 'excluded'; code: 'tooLong' };

export const MAX_NAME = 120;
const MAX_ALIASES = 200;

/** Fewer than two letters or digits once folded («و», «ب.»): too short to be a name; it would match everywhere. */
const tooShort = (name: string) => foldQuery(name).replace(/[^\p{L}\p{N}]/gu, '').length < 2;

/** One name per line: trimmed, inner spaces collapsed, empty lines and repeats (after normalising) dropped. */
export function parseAliases(text: string, except: readonly string[] = []): string[] {
  const seen = new Set(except.map(foldQuery));
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const a = line.replace(/\s+/g, ' ').trim();
    const k = foldQuery(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

/** A one-word name that is a function word or a common noun (على folds to علي, أن to ان ...). */
export function stopword(name: string): boolean {
  const n = foldQuery(name);
  return !n.includes(' ') && isStopword(n);
}

export function validateAliases(aliases: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  if (aliases.length > MAX_ALIASES || aliases.some((a) => a.length > MAX_NAME)) errors.push({ field: 'aliases', code: 'tooLong' });
  for (const a of aliases) {
    if (stopword(a)) errors.push({ field: 'aliases', code: 'stopword', word: a });
    else if (tooShort(a)) errors.push({ field: 'aliases', code: 'short', word: a });
  }
  return errors;
}

export interface EntityDraft {
  type: EntityType;
  name: string;
  nameEn: string;
  aliases: string;
}

export function validateDraft(d: EntityDraft): { errors: FieldError[]; name: string; nameEn: string; aliases: string[] } {
  const name = d.name.replace(/\s+/g, ' ').trim();
  const nameEn = d.nameEn.replace(/\s+/g, ' ').trim();
  const aliases = parseAliases(d.aliases, [name]);
  const errors: FieldError[] = [];
  if (!name) errors.push({ field: 'name', code: 'required' });
  else if (!hasArabicLetter(name)) errors.push({ field: 'name', code: 'notArabic' });
  else if (name.length > MAX_NAME) errors.push({ field: 'name', code: 'tooLong' });
  else if (stopword(name)) errors.push({ field: 'name', code: 'stopword', word: name });
  else if (tooShort(name)) errors.push({ field: 'name', code: 'short', word: name });
  if (nameEn.length > MAX_NAME) errors.push({ field: 'nameEn', code: 'tooLong' });
  errors.push(...validateAliases(aliases));
  return { errors, name, nameEn, aliases };
}

/**
 * The complete record to send for an entity after a change. Every field is given explicitly
 * (empty lists, hidden: false), so the stored record is right whether the background replaces the
 * old record or merges into it.
 */
export function recordFor(
  row: KnowledgeRow,
  change: { aliases?: string[]; excluded?: string[]; hidden?: boolean; type?: EntityType; name?: string; nameEn?: string },
  now: Date,
): KnowledgeEdit {
  const updatedAt = now.toISOString();
  const excluded = change.excluded ?? row.excluded;
  const hidden = change.hidden ?? row.hidden;
  if (row.builtin) return { id: row.id, origin: 'edit', aliases: change.aliases ?? row.added, excluded, hidden, updatedAt };
  return {
    id: row.id,
    origin: 'user',
    type: change.type ?? row.type,
    name: change.name ?? row.name,
    nameEn: change.nameEn ?? row.nameEn,
    aliases: change.aliases ?? row.aliases,
    excluded,
    hidden,
    updatedAt,
  };
}
