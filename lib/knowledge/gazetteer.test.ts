import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTITIES, BUILTIN_FILES } from './builtin';
import type { EntityRecord, Role } from './types';
import { validateKnowledgeBase } from './validate';

const require = createRequire(import.meta.url);
const arabicCountries = (require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, unknown> }).countries;

describe('the built-in knowledge base', () => {
  it('passes the validator: ids, types, names, no function words, no form claimed twice', () => {
    expect(validateKnowledgeBase(BUILTIN_ENTITIES)).toEqual([]);
  });

  it('holds at least 1,500 entities of every type', () => {
    expect(BUILTIN_ENTITIES.length).toBeGreaterThanOrEqual(1500);
    const count = (type: string) => BUILTIN_ENTITIES.filter((e) => e.type === type).length;
    expect(count('person')).toBeGreaterThan(500);
    expect(count('organization')).toBeGreaterThan(300);
    expect(count('place')).toBeGreaterThan(1000);
  });

  it('has every country of i18n-iso-countries, under place:<iso code>', () => {
    const ids = new Set(BUILTIN_ENTITIES.map((e) => e.id));
    const missing = Object.keys(arabicCountries).filter((code) => !ids.has(`place:${code.toLowerCase()}`));
    expect(missing).toEqual([]);
  });

  it('has a capital for the countries of the region and the P5', () => {
    const capitals = new Set(BUILTIN_ENTITIES.filter((e) => e.kind === 'capital').map((e) => e.country));
    for (const c of ['SY', 'IQ', 'LB', 'JO', 'EG', 'SA', 'TR', 'IR', 'US', 'RU', 'FR', 'GB', 'CN', 'YE', 'LY', 'SD', 'DZ', 'MA', 'TN', 'QA', 'AE', 'KW', 'BH', 'OM']) {
      expect(capitals.has(c), `capital of ${c}`).toBe(true);
    }
  });

  it('every file says where its names come from', () => {
    for (const [file, data] of Object.entries(BUILTIN_FILES)) expect(data.about, file).toMatch(/\S{10}/);
  });
});

describe('validateKnowledgeBase', () => {
  const ok: EntityRecord = { id: 'place:test-town', type: 'place', name: 'بلدة الاختبار', nameEn: 'Test Town' };
  const problems = (entities: EntityRecord[]) => validateKnowledgeBase(entities).map((p) => p.problem);

  it('reports a duplicate id and a form claimed by two entities', () => {
    expect(problems([ok, { ...ok, name: 'بلدة أخرى' }])).toEqual(['duplicate id']);
    const twin: EntityRecord = { ...ok, id: 'place:twin-town', name: 'بلدة أخرى', aliases: ['بلدة الاختبار'] };
    expect(problems([ok, twin])).toEqual([expect.stringContaining('also claimed by place:test-town')]);
  });

  it('reports a function word used as an alias, after normalisation (على → علي)', () => {
    expect(problems([{ ...ok, aliases: ['على'] }])).toEqual([expect.stringContaining('function word')]);
  });

  it('reports a bad id, a wrong prefix, a non-Arabic name and a bad country code', () => {
    expect(problems([{ ...ok, id: 'Place:Test' }])).toEqual([expect.stringContaining('id must look like')]);
    expect(problems([{ ...ok, id: 'person:test-town' }])).toEqual([expect.stringContaining('prefix')]);
    expect(problems([{ ...ok, name: 'Test' }])).toEqual([expect.stringContaining('Arabic')]);
    expect(problems([{ ...ok, country: 'Syria' }])).toEqual([expect.stringContaining('ISO')]);
  });

  it('reports a Wikidata id that is not an item id, or is given to two entities', () => {
    expect(problems([{ ...ok, wikidata: 'Q142' }])).toEqual([]);
    expect(problems([{ ...ok, wikidata: 'q142' }])).toEqual([expect.stringContaining('not a Wikidata item id')]);
    const other: EntityRecord = { id: 'place:other-town', type: 'place', name: 'بلدة ثانية', nameEn: 'Other Town', wikidata: 'Q142' };
    expect(problems([{ ...ok, wikidata: 'Q142' }, other])).toEqual([expect.stringContaining('another entity too')]);
  });

  it('reports a kind outside its type\'s vocabulary, and a person with any kind', () => {
    expect(problems([{ ...ok, kind: 'town' }])).toEqual([]);
    expect(problems([{ id: 'org:test-news', type: 'organization', name: 'أخبار الاختبار', nameEn: 'Test News', kind: 'media' }])).toEqual([]);
    // @ts-expect-error: 'media' is an organisation's kind, not a place's.
    const medium: EntityRecord = { ...ok, kind: 'media' };
    expect(problems([medium])).toEqual([expect.stringContaining('kind media is not a kind of place')]);
    expect(problems([{ ...ok, kind: 'newspaper' } as unknown as EntityRecord])).toEqual([expect.stringContaining('kind newspaper is not a kind of place')]);
    const person = { id: 'person:test-person', type: 'person', name: 'شخص الاختبار', nameEn: 'Test Person', kind: 'capital' };
    expect(problems([person as unknown as EntityRecord])).toEqual([expect.stringContaining('a person has none')]);
  });

  it('reports a variant that differs only in what normalisation folds', () => {
    expect(problems([{ ...ok, aliases: ['بلدة الإختبار'] }])).toEqual([expect.stringContaining('listed twice')]);
  });

  describe('roles', () => {
    const person: EntityRecord = { id: 'person:test-person', type: 'person', name: 'شخص الاختبار', nameEn: 'Test Person' };
    const withRole = (role: Role) => problems([{ ...person, roles: [role] }]);
    const title = { ar: 'الرئيس الفرنسي', en: 'President of France' };

    it('accepts years with dates to the day or to the month, and a current role with no end', () => {
      expect(withRole({ ...title, from: 2012, to: 2017, fromDate: '2012-05-15', toDate: '2017-05-14' })).toEqual([]);
      expect(withRole({ ...title, from: 2017, fromDate: '2017-05' })).toEqual([]);
      expect(withRole({ ...title, from: 2017, to: 2017, fromDate: '2017-05-14', toDate: '2017-06' })).toEqual([]);
    });

    it('reports a role without an English title', () => {
      expect(withRole({ ar: 'الرئيس الفرنسي', from: 2017 } as Role)).toEqual([expect.stringContaining('has no en')]);
      expect(withRole({ ...title, en: ' ', from: 2017 })).toEqual([expect.stringContaining('has no en')]);
    });

    it('reports a role that ends before it starts, by year or by date', () => {
      expect(withRole({ ...title, from: 2017, to: 2012 })).toEqual([expect.stringContaining('from 2017 is after to 2012')]);
      expect(withRole({ ...title, from: 2017, to: 2017, fromDate: '2017-05-14', toDate: '2017-03-01' }))
        .toEqual([expect.stringContaining('fromDate 2017-05-14 is after toDate 2017-03-01')]);
    });

    it('reports a date that is not YYYY-MM-DD or YYYY-MM, or not a real day', () => {
      for (const bad of ['2017', '2017-5-14', '14/05/2017', '2017-05-14T00:00', '2017-13', '2017-02-30']) {
        expect(withRole({ ...title, from: 2017, fromDate: bad }), bad).toEqual([expect.stringContaining('is not YYYY-MM-DD or YYYY-MM')]);
      }
    });

    it('reports a date that does not agree with its year, or a date with no year', () => {
      expect(withRole({ ...title, from: 2017, fromDate: '2016-05-14' })).toEqual([expect.stringContaining('does not agree with from 2017')]);
      expect(withRole({ ...title, from: 2012, to: 2017, toDate: '2018-01' })).toEqual([expect.stringContaining('does not agree with to 2017')]);
      expect(withRole({ ...title, from: 2017, toDate: '2019-01-01' })).toEqual([expect.stringContaining('does not agree with to undefined')]);
    });
  });
});
