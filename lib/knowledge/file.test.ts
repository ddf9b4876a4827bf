/** The entities file: export, a validated import that reports every problem, and the merge with what is stored. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTITIES } from './builtin';
import type { KnowledgeEdit } from './user';
import { exportableEdits, knowledgeFile, parseKnowledgeFile, planKnowledgeImport } from './file';

const MACRON = 'person:emmanuel-macron';
const builtinIds = new Set(BUILTIN_ENTITIES.map((e) => e.id));
const NOW = new Date('2024-06-01T12:00:00.000Z');

describe('the entities file', () => {
  const own: KnowledgeEdit = { id: 'person:user-a-1', origin: 'user', type: 'person', name: 'سليم الحص', nameEn: 'Salim al-Hoss', aliases: ['الحص'], updatedAt: '2024-01-01T00:00:00.000Z' };
  const edit: KnowledgeEdit = { id: MACRON, origin: 'edit', aliases: ['ماكغون'], updatedAt: '2024-01-01T00:00:00.000Z' };

  it('exports the user own entities and real edits, and reads its own export back', () => {
    const records = exportableEdits(
      [own, edit, { id: 'person:user-b-1', origin: 'user', type: 'person', name: 'محذوف', hidden: true, updatedAt: 'x' }, { id: 'person:joe-biden', origin: 'edit', updatedAt: 'x' }],
      builtinIds,
    );
    expect(records).toEqual([own, edit]);
    const back = parseKnowledgeFile(knowledgeFile(records, NOW), builtinIds, NOW);
    expect(back.problems).toEqual([]);
    expect(back.edits).toEqual([own, edit]);
  });

  it('rejects what is not an entities file', () => {
    expect(parseKnowledgeFile('{', builtinIds, NOW).problems[0]).toMatchObject({ entry: null, code: 'notJson' });
    expect(parseKnowledgeFile('{"format":"marsad-corpus","version":1}', builtinIds, NOW).problems).toEqual([{ entry: null, code: 'notKnowledge' }]);
    expect(parseKnowledgeFile('{"format":"marsad-knowledge","version":9,"entities":[]}', builtinIds, NOW).problems).toEqual([{ entry: null, code: 'newer', detail: '9' }]);
  });

  it('reports every bad entry and returns nothing to import', () => {
    const text = JSON.stringify({ format: 'marsad-knowledge', version: 1, entities: [own, 5, { ...own }, { id: 'place:x', origin: 'user', type: 'city', name: 'مدينة' }, { ...edit, id: MACRON, hidden: 'yes' }] });
    const r = parseKnowledgeFile(text, builtinIds, NOW);
    expect(r.edits).toEqual([]);
    expect(r.problems).toEqual([
      { entry: 2, code: 'notObject' },
      { entry: 3, code: 'duplicate', detail: own.id },
      { entry: 4, code: 'userNeeds' },
      { entry: 5, code: 'badHidden' },
    ]);
  });

  it('merges: new ids are added, added names are combined, the newer version of your own entity wins', () => {
    const stored: KnowledgeEdit[] = [own, edit];
    const plan = planKnowledgeImport(
      [
        { ...own, name: 'سليم أحمد الحص', updatedAt: '2023-01-01T00:00:00.000Z' },
        { ...edit, aliases: ['مكرون'], hidden: true, updatedAt: '2024-02-01T00:00:00.000Z' },
        { id: 'place:user-c-1', origin: 'user', type: 'place', name: 'قرية ما', updatedAt: '2024-01-01T00:00:00.000Z' },
      ],
      stored,
    );
    expect(plan).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(plan.writes.find((w) => w.id === MACRON)).toMatchObject({ aliases: ['ماكغون', 'مكرون'], hidden: true });
    expect(plan.writes.some((w) => w.id === own.id)).toBe(false);
  });
});
