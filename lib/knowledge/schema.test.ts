/**
 * data/schema.json: every data file passes it, and its vocabularies are the TypeScript ones
 * (types.ts is the source of truth; nothing is generated, this test keeps the two in step).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/fixtures';
import { ARABIC_LETTER } from '../arabic/letters';
import { BUILTIN_ENTITIES, BUILTIN_FILES } from './builtin';
import schema from './data/schema.json';
import { ENTITY_ID } from './ids';
import { checkJsonSchema, type JsonSchema } from './json-schema';
import { ENTITY_TYPES, isNewsMedium, ORGANIZATION_KINDS, PERSON_KINDS, PLACE_KINDS } from './types';

const DATA = join(ROOT, 'lib', 'knowledge', 'data');
const dataFiles = readdirSync(DATA).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort();
const check = (value: unknown) => checkJsonSchema(schema as JsonSchema, value).map((e) => `${e.path}: ${e.message}`);

describe('the data files and their schema', () => {
  it('every data file on disk is bundled', () => {
    expect(dataFiles).toEqual(Object.keys(BUILTIN_FILES).sort());
  });

  it.each(dataFiles)('%s passes data/schema.json', (file) => {
    const text = readFileSync(join(DATA, file), 'utf8');
    const data = JSON.parse(text) as { $schema?: string };
    expect(data.$schema).toBe('./schema.json');
    expect(check(data)).toEqual([]);
  });

  it('has the id and Arabic-letter patterns of the code', () => {
    expect(schema.$defs.entity.properties.id.pattern).toBe(ENTITY_ID.source);
    expect(schema.$defs.entity.properties.name.pattern).toBe(ARABIC_LETTER.source);
  });

  it('lists the types and kinds of types.ts, in the same order', () => {
    expect(schema.$defs.entity.properties.type.enum).toEqual([...ENTITY_TYPES]);
    expect(schema.$defs.organizationKind.enum).toEqual([...ORGANIZATION_KINDS]);
    expect(schema.$defs.placeKind.enum).toEqual([...PLACE_KINDS]);
    // A person has no kind: the schema forbids the field.
    expect(PERSON_KINDS).toEqual([]);
    const person = schema.$defs.entity.allOf.find((c) => c.if.properties.type.const === 'person');
    expect(person?.then.properties).toMatchObject({ kind: false });
  });
});

describe('the schema checker', () => {
  const file = (entity: Record<string, unknown>) => ({ about: 'A test file, ten letters or more', entities: [entity] });
  const town = { id: 'place:test-town', type: 'place', name: 'بلدة الاختبار', nameEn: 'Test Town', kind: 'town' };
  const person = { id: 'person:test-person', type: 'person', name: 'شخص الاختبار', nameEn: 'Test Person' };

  it('accepts a well-formed entry', () => {
    expect(check(file(town))).toEqual([]);
    expect(check(file({ ...person, roles: [{ ar: 'الرئيس الفرنسي', en: 'President', from: 2017, fromDate: '2017-05-14' }] }))).toEqual([]);
  });

  it('rejects a kind of another type, a person with a kind, an unknown field, a wrong id prefix', () => {
    expect(check(file({ ...town, kind: 'media' }))).toEqual([expect.stringMatching(/^\/entities\/0\/kind: must be one of "continent"/)]);
    expect(check(file({ ...person, kind: 'city' }))).toEqual(['/entities/0/kind: is not allowed']);
    expect(check(file({ ...town, alias: ['بلدة'] }))).toEqual(['/entities/0/alias: alias is not a known property']);
    expect(check(file({ ...town, id: 'org:test-town' }))).toEqual([expect.stringMatching(/^\/entities\/0\/id: .* does not match \^place:/)]);
  });

  it('rejects a bad country, a non-Arabic name, a repeated alias and a missing field', () => {
    expect(check(file({ ...town, country: 'sy' }))).toEqual([expect.stringContaining('/entities/0/country')]);
    expect(check(file({ ...town, name: 'Test' }))).toEqual([expect.stringContaining('/entities/0/name')]);
    expect(check(file({ ...town, aliases: ['بلدة', 'بلدة'] }))).toEqual(['/entities/0/aliases: has an item twice']);
    const { nameEn: _, ...noEnglish } = town;
    expect(check(file(noEnglish))).toEqual(['/entities/0: nameEn is required']);
  });

  it('rejects role dates that are no day or month, years that are not integers, and a role without en', () => {
    const role = (r: Record<string, unknown>) => check(file({ ...person, roles: [{ en: 'President', ...r }] }));
    expect(role({ from: 2017, fromDate: '2017-05' })).toEqual([]);
    for (const bad of ['2017-02-30', '2017-13', '2017', '2017-5-14']) {
      expect(role({ from: 2017, fromDate: bad }), bad).toEqual(['/entities/0/roles/0/fromDate: matches none of the allowed forms']);
    }
    expect(role({ from: 2017.5 })).toEqual(['/entities/0/roles/0/from: must be integer, not number']);
    expect(check(file({ ...person, roles: [{ ar: 'الرئيس' }] }))).toEqual(['/entities/0/roles/0: en is required']);
  });

  it('refuses a keyword it does not check, rather than ignore it', () => {
    expect(() => checkJsonSchema({ type: 'string', maxLength: 3 }, 'abcd')).toThrow(/unsupported keyword maxLength/);
    expect(() => checkJsonSchema({ type: 'string', format: 'email' }, 'a')).toThrow(/unsupported format/);
  });
});

describe('isNewsMedium', () => {
  const byId = (id: string) => BUILTIN_ENTITIES.find((e) => e.id === id)!;

  it('is true of news agencies and outlets, false of other bodies and of places', () => {
    expect(isNewsMedium(byId('org:reuters'))).toBe(true);
    expect(isNewsMedium(byId('org:aljazeera'))).toBe(true);
    expect(isNewsMedium(byId('org:nato'))).toBe(false);
    expect(isNewsMedium(byId('place:sy'))).toBe(false);
  });
});
