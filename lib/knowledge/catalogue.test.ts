/** The knowledge base's pure side: rows with the user's records, search, validation, the record a change sends. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTITIES } from './builtin';
import type { KnowledgeEdit } from './user';
import { knowledgeRows, recordFor, searchKnowledge, validateDraft } from './catalogue';

const MACRON = 'person:emmanuel-macron';
const NOW = new Date('2024-06-01T12:00:00.000Z');
const search = (edits: KnowledgeEdit[], query: string, more: Partial<Parameters<typeof searchKnowledge>[1]> = {}) =>
  searchKnowledge(knowledgeRows(BUILTIN_ENTITIES, edits), { query, type: 'all', show: 'all', limit: 100, ...more });

describe('knowledgeRows', () => {
  it('keeps hidden built-in entities (marked) and leaves out deleted entities of your own', () => {
    const rows = knowledgeRows(BUILTIN_ENTITIES, [
      { id: MACRON, origin: 'edit', hidden: true, updatedAt: '2024-01-01' },
      { id: 'person:user-a-1', origin: 'user', type: 'person', name: 'فلان الفلاني', hidden: true, updatedAt: '2024-01-01' },
    ]);
    expect(rows).toHaveLength(BUILTIN_ENTITIES.length);
    expect(rows.find((r) => r.id === MACRON)).toMatchObject({ hidden: true, builtin: true });
  });

  it('gives each row the gender its words agree with: a built-in woman from her roles, organisations and places feminine', () => {
    const rows = knowledgeRows(BUILTIN_ENTITIES, [{ id: 'org:user-a-2', origin: 'user', type: 'organization', name: 'تيار الغد', updatedAt: '2024-01-01' }]);
    const gender = (id: string) => rows.find((r) => r.id === id)?.gender;
    expect([gender('person:angela-merkel'), gender(MACRON), gender('place:moscow'), gender('org:user-a-2')]).toEqual(['f', 'm', 'f', 'f']);
  });
});

describe('searchKnowledge', () => {
  it('matches Arabic spelling variants: hamza, tashkeel, ى/ي, ة/ه', () => {
    expect(search([], 'إِيمَانُوِيل').rows[0]!.id).toBe(MACRON);
    expect(search([], 'امانويل ماكرون').rows.map((r) => r.id)).toContain(MACRON);
  });

  it('matches English names whatever the case and accents', () => {
    expect(search([], 'elisabeth borne').rows[0]!.id).toBe('person:elisabeth-borne');
    expect(search([], 'MACRON').rows.map((r) => r.id)).toContain(MACRON);
  });

  it('ranks an exact name before names that merely contain the query', () => {
    const ids = search([], 'ماكرون').rows.map((r) => r.id);
    expect(ids[0]).toBe(MACRON);
  });

  it('finds aliases the user added, and filters by type and by what the user did', () => {
    const edits: KnowledgeEdit[] = [
      { id: MACRON, origin: 'edit', aliases: ['ماكغون'], updatedAt: '2024-01-01' },
      { id: 'org:user-a-1', origin: 'user', type: 'organization', name: 'جمعية المراصد', updatedAt: '2024-01-01' },
    ];
    expect(search(edits, 'ماكغون').rows.map((r) => r.id)).toEqual([MACRON]);
    expect(search(edits, '', { show: 'mine' }).rows.map((r) => r.id)).toEqual(['org:user-a-1']);
    expect(search(edits, '', { show: 'edited' }).rows.map((r) => r.id)).toEqual([MACRON]);
    expect(search(edits, 'ماكرون', { type: 'place' }).rows.map((r) => r.id)).not.toContain(MACRON);
  });

  it('«وماكرون» finds Macron: a name typed with its proclitics is found without them, after what the query finds as written', () => {
    expect(search([], 'وماكرون').rows[0]!.id).toBe(MACRON);
    expect(search([], 'لبشار الأسد').rows[0]!.id).toBe('person:bashar-al-assad');
    // «فرنسا» is found as written first; what its stripped form («رنسا») might find comes after.
    expect(search([], 'فرنسا').rows[0]!.id).toBe('place:fr');
    expect(search([], 'وزززز').total).toBe(0);
  });

  it('counts every match but returns at most the limit', () => {
    const r = search([], '', { limit: 10 });
    expect(r.rows).toHaveLength(10);
    expect(r.total).toBe(BUILTIN_ENTITIES.length);
  });
});

describe('validateDraft', () => {
  const draft = (name: string, aliases = '', nameEn = '') => validateDraft({ type: 'person', name, nameEn, aliases });

  it('requires an Arabic name', () => {
    expect(draft('  ').errors).toEqual([{ field: 'name', code: 'required' }]);
    expect(draft('John Smith').errors).toEqual([{ field: 'name', code: 'notArabic' }]);
  });

  it('refuses function words as aliases, after normalising (على → علي, أن → ان)', () => {
    expect(draft('سليم الحص', 'على\nأنَّ\nالحص').errors).toEqual([
      { field: 'aliases', code: 'stopword', word: 'على' },
      { field: 'aliases', code: 'stopword', word: 'أنَّ' },
    ]);
  });

  it('allows a function word inside a longer name', () => {
    expect(draft('علي خامنئي', 'السيد علي خامنئي').errors).toEqual([]);
  });

  it('refuses a one-word name that is a common word, and a one-letter alias', () => {
    expect(draft('محمد').errors).toEqual([{ field: 'name', code: 'stopword', word: 'محمد' }]);
    expect(draft('سليم الحص', 'ح').errors).toEqual([{ field: 'aliases', code: 'short', word: 'ح' }]);
  });

  it('cleans the aliases: trimmed, one space, no repeats, not the name again', () => {
    expect(draft(' سليم  الحص ', ' الحص \n\nالحُص\nسليم الحص\nسليم أحمد الحص').aliases).toEqual(['الحص', 'سليم أحمد الحص']);
    expect(draft(' سليم  الحص ').name).toBe('سليم الحص');
  });
});

describe('recordFor', () => {
  it('gives every field, so a replace and a merge store the same thing', () => {
    const [row] = search([], 'Emmanuel Macron').rows;
    expect(recordFor(row!, { hidden: true }, NOW)).toEqual({ id: MACRON, origin: 'edit', aliases: [], excluded: [], hidden: true, updatedAt: NOW.toISOString() });
  });
});
