import { describe, expect, it } from 'vitest';
import { genderOf, titleGender } from './gender';

describe('genderOf', () => {
  it('makes organisations and places feminine, as Arabic news does', () => {
    expect(genderOf({ id: 'org:un', type: 'organization' })).toBe('f');
    expect(genderOf({ id: 'place:moscow', type: 'place' })).toBe('f');
  });

  it('reads a woman of the knowledge base from her roles («وزيرة», «المستشارة»), by id when the caller has only that', () => {
    expect(genderOf({ id: 'person:angela-merkel', type: 'person' })).toBe('f');
    expect(genderOf({ id: 'person:hillary-clinton', type: 'person' })).toBe('f');
    expect(genderOf({ id: 'person:sergei-lavrov', type: 'person' })).toBe('m');
    expect(genderOf({ type: 'person', roles: [{ ar: 'وزيرة الخارجية الأسترالية', en: 'Foreign Minister of Australia' }] })).toBe('f');
  });

  it('reads a discovered actor from the role the article gave it; a person is masculine otherwise', () => {
    expect(genderOf({ id: 'person:found-1k9x2q', type: 'person', role: 'وزيرة الخارجية الأسترالية' })).toBe('f');
    expect(genderOf({ id: 'person:found-1o5ru3ms1aq', type: 'person', role: 'وزير الخارجية الأيرلندي' })).toBe('m');
    expect(genderOf({ id: 'person:user-x', type: 'person' })).toBe('m');
  });
});

describe('titleGender', () => {
  it('reads the head of the title, with or without the article; ة words men hold stay masculine', () => {
    expect(titleGender('المتحدثة باسم الخارجية')).toBe('f');
    expect(titleGender('رئيس هيئة الأركان')).toBe('m');
    expect(titleGender('داعية سعودي')).toBe('m');
    expect(titleGender('')).toBeUndefined();
  });
});
