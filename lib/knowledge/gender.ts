/**
 * The grammatical gender an entity takes in Arabic, for the words that refer to it («تذكره» /
 * «تذكرها», «تصريحاته» / «تصريحاتها»). Organisations and places are feminine, as Arabic news treats
 * them («قالت الحكومة», «أعلنت فرنسا»). A person is feminine when a title they hold says so: the
 * head of a role in the knowledge base («وزيرة الخارجية», «المستشارة الألمانية») or of the role the
 * article gave a discovered actor; else masculine (a name does not show its gender).
 *
 * Pure and small: it reads the roles the caller has. The interface does not hold the knowledge
 * base; the background, which does, gives each entity's gender with its names (lib/analyze/page.ts).
 */
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

const feminineRoles = (roles: readonly Role[] | undefined) => roles?.some((r) => titleGender(r.ar) === 'f') === true;

export interface Gendered {
  type: EntityType;
  /** The knowledge base's roles (the record's). */
  roles?: readonly Role[];
  /** The role an article gave it (a discovered actor). */
  role?: string | null;
}

export function genderOf(e: Gendered): Gender {
  if (e.type !== 'person') return 'f';
  return feminineRoles(e.roles) || titleGender(e.role) === 'f' ? 'f' : 'm';
}
