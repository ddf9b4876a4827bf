import { ARABIC_LETTER } from '../arabic/letters';
import { normalize } from '../arabic/normalize';
import { isEntityId } from './ids';
import { isStopword } from './stoplist';
import { ENTITY_TYPES, isKindOf, KINDS, type EntityRecord, type Role } from './types';

const PREFIX: Record<EntityRecord['type'], string> = { person: 'person', organization: 'org', place: 'place' };
const ROLE_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

export interface KbProblem {
  id: string;
  problem: string;
}

/** Every surface form of an entity that the matcher will compile, with whether it needs context. */
export function formsOf(e: EntityRecord): { form: string; context: boolean }[] {
  const contextOnly = new Set((e.contextAliases ?? []).map((x) => normalize(x).trim()));
  // A name listed among the context aliases needs context itself («دوما» is also "always").
  const nameNeedsContext = contextOnly.has(normalize(e.name).trim());
  const forms = [
    ...(nameNeedsContext ? [] : [{ form: e.name, context: false }]),
    ...(e.aliases ?? []).map((form) => ({ form, context: false })),
    ...(e.contextAliases ?? []).map((form) => ({ form, context: true })),
  ];
  if (!e.exclude?.length) return forms;
  const drop = new Set(e.exclude.map((x) => normalize(x).trim()));
  return forms.filter((f) => !drop.has(normalize(f.form).trim()));
}

/** Is this "YYYY-MM" or "YYYY-MM-DD" a real month or day? */
function isCalendarDate(date: string): boolean {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month < 1 || month > 12) return false;
  if (date.length === 7) return true;
  const day = Number(date.slice(8, 10));
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What is wrong with one role: no English title, years out of order, dates malformed or disagreeing. */
export function roleProblems(role: Role): string[] {
  const problems: string[] = [];
  const label = `role «${role.ar ?? role.en ?? '?'}»`;
  if (typeof role.en !== 'string' || role.en.trim() === '') problems.push(`${label} has no en`);
  for (const key of ['from', 'to'] as const) {
    const year = role[key];
    if (year !== undefined && !Number.isInteger(year)) problems.push(`${label}: ${key} ${String(year)} is not a year`);
  }
  if (role.from !== undefined && role.to !== undefined && role.from > role.to) {
    problems.push(`${label}: from ${role.from} is after to ${role.to}`);
  }
  for (const [key, yearKey] of [['fromDate', 'from'], ['toDate', 'to']] as const) {
    const date = role[key];
    if (date === undefined) continue;
    if (typeof date !== 'string' || !ROLE_DATE.test(date) || !isCalendarDate(date)) {
      problems.push(`${label}: ${key} ${String(date)} is not YYYY-MM-DD or YYYY-MM`);
    } else if (Number(date.slice(0, 4)) !== role[yearKey]) {
      problems.push(`${label}: ${key} ${date} does not agree with ${yearKey} ${String(role[yearKey])}`);
    }
  }
  const { fromDate, toDate } = role;
  if (typeof fromDate === 'string' && typeof toDate === 'string') {
    const n = Math.min(fromDate.length, toDate.length);
    if (fromDate.slice(0, n) > toDate.slice(0, n)) problems.push(`${label}: fromDate ${fromDate} is after toDate ${toDate}`);
  }
  return problems;
}

/**
 * Checks a knowledge base: ids well formed and unique, every entry typed and named, no alias that
 * is a function word, no form claimed by two entities (an ambiguous form belongs to neither or
 * to the one it denotes in the news, never to both), a kind from the type's vocabulary (KINDS), and
 * roles with an English title and years and dates that agree and follow each other.
 */
export function validateKnowledgeBase(entities: readonly EntityRecord[]): KbProblem[] {
  const problems: KbProblem[] = [];
  const ids = new Set<string>();
  const wikidataIds = new Set<string>();
  const owner = new Map<string, string>();
  for (const e of entities) {
    const at = (problem: string) => problems.push({ id: e.id, problem });
    if (!isEntityId(e.id)) at('id must look like person:first-last, org:slug or place:slug');
    else if (!e.id.startsWith(PREFIX[e.type] + ':')) at(`id prefix does not match type ${e.type}`);
    if (ids.has(e.id)) at('duplicate id');
    ids.add(e.id);
    if (!ENTITY_TYPES.includes(e.type)) at(`unknown type ${String(e.type)}`);
    if (typeof e.name !== 'string' || !ARABIC_LETTER.test(e.name)) at('name must be Arabic');
    if (typeof e.nameEn !== 'string' || e.nameEn.trim() === '') at('nameEn missing');
    if (e.country !== undefined && !/^[A-Z]{2}$/.test(e.country)) at(`country ${e.country} is not an ISO alpha-2 code`);
    if (e.wikidata !== undefined && !/^Q[1-9][0-9]*$/.test(e.wikidata)) at(`wikidata ${String(e.wikidata)} is not a Wikidata item id`);
    if (e.wikidata !== undefined) {
      if (wikidataIds.has(e.wikidata)) at(`wikidata ${e.wikidata} is given to another entity too`);
      wikidataIds.add(e.wikidata);
    }
    const kind: unknown = e.kind;
    if (kind !== undefined && ENTITY_TYPES.includes(e.type) && (typeof kind !== 'string' || !isKindOf(e.type, kind))) {
      const allowed = KINDS[e.type];
      at(`kind ${String(kind)} is not a kind of ${e.type} (` + (allowed.length ? `one of ${allowed.join(', ')})` : `a ${e.type} has none)`));
    }
    for (const role of e.roles ?? []) for (const problem of roleProblems(role)) at(problem);
    const seenHere = new Set<string>();
    for (const { form } of formsOf(e)) {
      if (typeof form !== 'string' || form.trim() === '') { at('empty name or alias'); continue; }
      const key = normalize(form).replace(/\s+/g, ' ').trim();
      if (seenHere.has(key)) { at(`form «${form}» listed twice (after normalisation)`); continue; }
      seenHere.add(key);
      const letters = key.replace(/[^\p{L}\p{N}]/gu, '');
      if (letters.length < 2) at(`form «${form}» is too short to match safely`);
      if (!key.includes(' ') && isStopword(key)) at(`form «${form}» is a function word`);
      const other = owner.get(key);
      if (other !== undefined && other !== e.id) at(`form «${form}» is also claimed by ${other}`);
      else owner.set(key, e.id);
    }
  }
  return problems;
}
