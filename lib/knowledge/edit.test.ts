/**
 * The one check of a knowledge-base record (lib/knowledge/edit.ts), and the readers that rely on
 * it: the three records of issue 11 that, once stored, stopped every page from being highlighted
 * (`t is not iterable`), every save, and the options page (`e.excluded.map is not a function`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze';
import { BUILTIN_ENTITIES, builtinIds, readEdits, userEntities, userGazetteer } from './builtin';
import { knowledgeRows } from './catalogue';
import { checkEdit, usableEdits } from './edit';
import type { KnowledgeEdit } from './user';
import { BAD_RECORDS } from './test-fixtures';

const AT = '2024-03-01T00:00:00.000Z';
const NOW = new Date('2024-06-01T12:00:00.000Z');
const LAVROV = 'person:sergei-lavrov';
const FRANCE = 'place:fr';

const TEXT = 'قال وزير الخارجية الروسي سيرغي لافروف إن روسيا و فرنسا ستعقدان محادثات في باريس.';

describe('checkEdit', () => {
  it('refuses each record of the issue, with what is wrong', () => {
    const codes = Object.values(BAD_RECORDS).map((r) => checkEdit(r, builtinIds(), NOW).problems);
    expect(codes).toEqual([
      [{ code: 'badList', detail: 'excluded' }],
      [{ code: 'badHidden' }],
      [{ code: 'field', error: { field: 'name', code: 'short', word: 'و' } }],
    ]);
    for (const r of Object.values(BAD_RECORDS)) expect(checkEdit(r, builtinIds(), NOW).edit).toBeUndefined();
  });

  it('refuses what is not a record, an id that is none, an unknown origin, and a built-in id that is not there', () => {
    const problems = (r: unknown) => checkEdit(r, builtinIds(), NOW).problems.map((p) => p.code);
    expect(problems(null)).toEqual(['notObject']);
    expect(problems([1])).toEqual(['notObject']);
    expect(problems('person:x')).toEqual(['notObject']);
    expect(problems({ id: 'Macron!', origin: 'edit' })).toEqual(['badId']);
    expect(problems({ id: LAVROV, origin: 'admin' })).toEqual(['badOrigin']);
    expect(problems({ id: 'person:no-such-person', origin: 'edit' })).toEqual(['unknownBuiltin']);
    // An entity of your own under a built-in id would take the built-in one's place.
    expect(problems({ id: LAVROV, origin: 'user', type: 'person', name: 'سيرغي لافروف' })).toEqual(['builtinId']);
    expect(problems({ id: 'person:user-a', origin: 'user', name: 'سامي الحلبي' })).toEqual(['userNeeds']);
    expect(problems({ id: 'person:user-a', origin: 'user', type: 'city', name: 'سامي الحلبي' })).toEqual(['userNeeds']);
    expect(problems({ id: 'person:user-a', origin: 'user', type: 'person', name: 5 })).toEqual(['userNeeds']);
    expect(problems({ id: 'person:user-a', origin: 'user', type: 'person', name: 'سامي الحلبي', nameEn: 7 })).toEqual(['badText']);
    expect(problems({ id: LAVROV, origin: 'edit', aliases: 'لافروف' })).toEqual(['badList']);
    expect(problems({ id: LAVROV, origin: 'edit', aliases: ['لافروف', 3] })).toEqual(['badList']);
    expect(problems({ id: LAVROV, origin: 'edit', excluded: [''] })).toEqual(['badList']);
    expect(problems({ id: LAVROV, origin: 'edit', excluded: ['x'.repeat(121)] })).toEqual(['field']);
    expect(problems({ id: LAVROV, origin: 'edit', updatedAt: 'yesterday' })).toEqual(['badText']);
  });

  it('applies the options form’s rules to names: Arabic letters, no common word alone, no letter alone, not overlong', () => {
    const errors = (r: Record<string, unknown>) =>
      checkEdit({ id: 'person:user-a', origin: 'user', type: 'person', updatedAt: AT, ...r }, builtinIds(), NOW).problems.map((p) => (p.code === 'field' ? `${p.error.field}:${p.error.code}` : p.code));
    expect(errors({ name: 'Sami' })).toEqual(['name:notArabic']);
    expect(errors({ name: 'على' })).toEqual(['name:stopword']);
    expect(errors({ name: 'و' })).toEqual(['name:short']);
    expect(errors({ name: 'ب.' })).toEqual(['name:short']);
    expect(errors({ name: '  ' })).toEqual(['name:required']);
    expect(errors({ name: 'س'.repeat(121) })).toEqual(['name:tooLong']);
    expect(errors({ name: 'سامي الحلبي', aliases: ['في'] })).toEqual(['aliases:stopword']);
    expect(errors({ name: 'سامي الحلبي', aliases: ['و'] })).toEqual(['aliases:short']);
    // A built-in entity's added names too.
    expect(checkEdit({ id: LAVROV, origin: 'edit', aliases: ['من'], updatedAt: AT }, builtinIds(), NOW).problems).toEqual([
      { code: 'field', error: { field: 'aliases', code: 'stopword', word: 'من' } },
    ]);
  });

  it('gives back a good record as it is, tidied: names trimmed, repeats dropped, no unknown field, a date when it had none', () => {
    const own: KnowledgeEdit = { id: 'person:user-a', origin: 'user', type: 'person', name: 'سامي الحلبي', nameEn: 'Sami', aliases: ['الحلبي'], excluded: [], hidden: false, updatedAt: AT };
    expect(checkEdit(own, builtinIds(), NOW)).toEqual({ edit: own, problems: [] });
    const messy = { ...own, name: '  سامي   الحلبي ', aliases: ['الحلبي', ' الحلبى ', 'سامي الحلبي'], excluded: ['حلبي', 'حلبي'], script: '<b>', updatedAt: undefined };
    expect(checkEdit(messy, builtinIds(), NOW).edit).toEqual({ ...own, excluded: ['حلبي'], updatedAt: NOW.toISOString() });
    const edit: KnowledgeEdit = { id: LAVROV, origin: 'edit', hidden: true, updatedAt: AT };
    // A built-in entity's record takes no name or type of its own.
    expect(checkEdit({ ...edit, name: 'غيره', type: 'place' }, builtinIds(), NOW).edit).toEqual(edit);
  });
});

describe('readers of stored records', () => {
  const good: KnowledgeEdit[] = [
    { id: 'person:user-x', origin: 'user', type: 'person', name: 'سامي الراوي', nameEn: 'Sami al-Rawi', aliases: [], updatedAt: AT },
    { id: 'place:paris', origin: 'edit', hidden: true, updatedAt: AT },
  ];
  const stored = [...Object.values(BAD_RECORDS), ...good] as KnowledgeEdit[];

  it('skip the damaged records and report them, with their id and name', () => {
    const read = usableEdits(stored, builtinIds());
    expect(read.edits).toEqual(good);
    expect(read.damaged.map((d) => [d.id, d.name, d.problems.map((p) => p.code)])).toEqual([
      [LAVROV, undefined, ['badList']],
      [FRANCE, undefined, ['badHidden']],
      ['person:user-lq1-abc', 'و', ['field']],
    ]);
    expect(readEdits(stored)).toEqual(read);
  });

  it('highlight as if the damaged records were not there (the analyser threw `t is not iterable`)', () => {
    const text = `${TEXT} وقال سامي الراوي إن الاتفاق قريب.`;
    const found = (g: ReturnType<typeof userGazetteer>) => analyze(text, g, { mentionsOnly: true }).entities.map((e) => e.id).sort();
    const withBad = found(userGazetteer(stored));
    expect(withBad).toEqual(found(userGazetteer(good)));
    // Lavrov and France as the built-in knowledge base has them, not «و», and Paris hidden.
    expect(withBad).toEqual(expect.arrayContaining([LAVROV, FRANCE, 'person:user-x']));
    expect(withBad).not.toContain('person:user-lq1-abc');
    expect(withBad).not.toContain('place:paris');
    expect(userEntities(stored)).toEqual(userEntities(good));
  });

  it('give the options page its rows (it threw `e.excluded.map is not a function`)', () => {
    const rows = knowledgeRows(BUILTIN_ENTITIES, stored);
    expect(rows).toEqual(knowledgeRows(BUILTIN_ENTITIES, good));
    expect(rows.find((r) => r.id === LAVROV)!.excluded).toEqual([]);
    expect(rows.find((r) => r.id === FRANCE)!.hidden).toBe(false);
    expect(rows.some((r) => r.id === 'person:user-lq1-abc')).toBe(false);
  });
});
