import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTITIES } from './builtin';
import { genderOf, titleGender } from './gender';

const record = (id: string) => BUILTIN_ENTITIES.find((e) => e.id === id)!;

describe('genderOf', () => {
  it('makes organisations and places feminine, as Arabic news does', () => {
    expect(genderOf({ type: 'organization' })).toBe('f');
    expect(genderOf({ type: 'place' })).toBe('f');
  });

  it('reads a woman of the knowledge base from her roles («وزيرة», «المستشارة»)', () => {
    expect(genderOf(record('person:angela-merkel'))).toBe('f');
    expect(genderOf(record('person:hillary-clinton'))).toBe('f');
    expect(genderOf(record('person:sergei-lavrov'))).toBe('m');
    expect(genderOf({ type: 'person', roles: [{ ar: 'وزيرة الخارجية الأسترالية', en: 'Foreign Minister of Australia' }] })).toBe('f');
  });

  it('reads a discovered actor from the role the article gave it; a person is masculine otherwise', () => {
    expect(genderOf({ type: 'person', role: 'وزيرة الخارجية الأسترالية' })).toBe('f');
    expect(genderOf({ type: 'person', role: 'وزير الخارجية الأيرلندي' })).toBe('m');
    expect(genderOf({ type: 'person' })).toBe('m');
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
