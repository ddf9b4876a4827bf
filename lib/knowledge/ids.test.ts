import { describe, expect, it } from 'vitest';
import { discoveredId } from '../statements/discover';
import { BUILTIN_ENTITIES } from './builtin';
import { isDiscoveredId, isEntityId } from './ids';
import { userEntityId } from './user';

describe('entity ids', () => {
  it('are the ids of the built-in entities, of the user’s own and of discovered actors', () => {
    for (const e of BUILTIN_ENTITIES) expect(isEntityId(e.id), e.id).toBe(true);
    for (const type of ['person', 'organization', 'place'] as const) {
      expect(isEntityId(userEntityId(type, 'اسم جديد'))).toBe(true);
      const found = discoveredId(type, 'اسم جديد');
      expect([isEntityId(found), isDiscoveredId(found)], found).toEqual([true, true]);
    }
  });

  it('are not anything else', () => {
    for (const bad of ['Place:Test', 'person:', 'person:-x', 'person:x-', 'person:a--b', 'city:x', 'person:سيرغي', ' person:x', 42, null]) {
      expect(isEntityId(bad), String(bad)).toBe(false);
    }
    expect(isDiscoveredId('person:julie-bishop')).toBe(false);
    expect(isDiscoveredId('person:found-')).toBe(false);
  });
});
