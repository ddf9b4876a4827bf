/** Which mentions are the user's own names (lib/highlight/own-names.ts): they are not painted unless the user chooses so. */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEdit } from '../knowledge/user';
import { ownNames } from './own-names';

const AT = '2024-01-01T00:00:00.000Z';
const MACRON = 'person:emmanuel-macron';
const edits: KnowledgeEdit[] = [
  { id: 'org:user-lq1-abc', origin: 'user', type: 'organization', name: 'تيار الغد', updatedAt: AT },
  { id: MACRON, origin: 'edit', aliases: ['ماكغون', 'الرئيس ماكرون الفرنسي'], excluded: ['ماكرونة'], updatedAt: AT },
  { id: 'place:paris', origin: 'edit', hidden: true, updatedAt: AT },
];

describe('ownNames', () => {
  const own = ownNames(edits);

  it('is every mention of an entity of the user’s own, however written', () => {
    expect(own('org:user-lq1-abc', 'تيار الغد')).toBe(true);
    expect(own('org:user-lq1-abc', 'والتيار')).toBe(true);
  });

  it('is a built-in entity written in a name the user added, with or without proclitics and spelling marks', () => {
    expect(own(MACRON, 'ماكغون')).toBe(true);
    expect(own(MACRON, 'وماكغون')).toBe(true);
    expect(own(MACRON, 'الرئيس ماكرون الفرنسى')).toBe(true);
  });

  it('is not a built-in entity written in a name of the knowledge base’s own', () => {
    expect(own(MACRON, 'إيمانويل ماكرون')).toBe(false);
    expect(own(MACRON, 'وماكرون')).toBe(false);
    expect(own('place:paris', 'باريس')).toBe(false);
    expect(own('person:sergei-lavrov', 'ماكغون')).toBe(false);
    expect(ownNames([])('person:sergei-lavrov', 'لافروف')).toBe(false);
  });
});
