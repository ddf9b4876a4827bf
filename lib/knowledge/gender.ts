/**
 * The grammatical gender an entity takes in Arabic, for the words that refer to it («تذكره» /
 * «تذكرها», «تصريحاته» / «تصريحاتها»). Organisations and places are feminine, as Arabic news treats
 * them («قالت الحكومة», «أعلنت فرنسا»). A person is feminine when a title they hold says so: the
 * head of a role in the knowledge base («وزيرة الخارجية», «المستشارة الألمانية») or of the role the
 * article gave a discovered actor; else masculine (a name does not show its gender).
 */
import { BUILTIN_ENTITIES } from './builtin';
import type { EntityType, Role } from './types';

export type Gender = 'm' | 'f';

/** Titles ending in ة that men hold («داعية سعودي»). */
const MASCULINE_IN_TA = new Set(['داعية', 'علامة', 'خليفة', 'رحالة']);

/** The gender a title shows by its head word («وزيرة الخارجية» → f), undefined when it shows none. */
export function titleGender(title: string | null | undefined): Gender | undefined {
  const head = title?.trim().split(/\s+/, 1)[0]?.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  if (!head) return undefined;
  const bare = head.startsWith('ال') ? head.slice(2) : head;
  return bare.endsWith('ة') && !MASCULINE_IN_TA.has(bare) ? 'f' : 'm';
}

let women: ReadonlySet<string> | undefined;

/** The built-in people a title of theirs shows to be women. */
function builtinWomen(): ReadonlySet<string> {
  women ??= new Set(BUILTIN_ENTITIES.filter((e) => e.type === 'person' && feminineRoles(e.roles)).map((e) => e.id));
  return women;
}

const feminineRoles = (roles: readonly Role[] | undefined) => roles?.some((r) => titleGender(r.ar) === 'f') === true;

export interface Gendered {
  id?: string;
  type: EntityType;
  /** The knowledge base's roles, when the caller has the record. */
  roles?: readonly Role[];
  /** The role an article gave it (a discovered actor). */
  role?: string | null;
}

export function genderOf(e: Gendered): Gender {
  if (e.type !== 'person') return 'f';
  if (feminineRoles(e.roles) || titleGender(e.role) === 'f') return 'f';
  return e.id !== undefined && builtinWomen().has(e.id) ? 'f' : 'm';
}
