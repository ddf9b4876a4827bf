/**
 * The user's knowledge base (lib/knowledge/user.ts): edits to built-in entities (aliases added,
 * entity hidden, a wrong form excluded) and the user's own entities, checked through the compiled
 * matcher the analyzer uses; and the ids of the user's own entities.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze';
import { normalize } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import { BUILTIN_ENTITIES, builtinGazetteer } from './builtin';
import { compileGazetteer, matchTokens, type Gazetteer } from './matcher';
import type { EntityType } from './types';
import { applyEdits, userEntityId, type KnowledgeEdit } from './user';
import { validateKnowledgeBase } from './validate';
import { isEntityId } from './ids';

const MACRON = 'person:emmanuel-macron';
const TRUMP = 'person:donald-trump';
const PARIS = 'place:paris';
const AT = '2024-03-01T00:00:00.000Z';

/** [entity id, matched text] for every mention the compiled matcher finds, in text order. */
function found(g: Gazetteer, text: string): [string, string][] {
  const norm = normalize(text);
  return matchTokens(g, tokenize(norm)).map((m) => [g.entities[m.entity]!.id, norm.slice(m.start, m.end)]);
}
const idsFound = (g: Gazetteer, text: string) => found(g, text).map(([id]) => id);
const compile = (edits: KnowledgeEdit[]) => compileGazetteer(applyEdits(BUILTIN_ENTITIES, edits));

describe('applyEdits', () => {
  it('without edits, is the built-in knowledge base', () => {
    expect(applyEdits(BUILTIN_ENTITIES, [])).toEqual(BUILTIN_ENTITIES);
    // An edit for an id that is not in the knowledge base adds nothing.
    expect(applyEdits(BUILTIN_ENTITIES, [{ id: 'person:no-such-person', origin: 'edit', aliases: ['فلان'], updatedAt: AT }])).toEqual(BUILTIN_ENTITIES);
  });

  it('adds aliases to a built-in entity, and the matcher finds the new alias', () => {
    const text = 'وصل ماكغون إلى برلين أمس';
    expect(idsFound(builtinGazetteer(), text)).not.toContain(MACRON);
    const edits: KnowledgeEdit[] = [{ id: MACRON, origin: 'edit', aliases: ['ماكغون', 'الرئيس ماكرون الفرنسي'], updatedAt: AT }];
    const entities = applyEdits(BUILTIN_ENTITIES, edits);
    const macron = entities.find((e) => e.id === MACRON)!;
    const builtinMacron = BUILTIN_ENTITIES.find((e) => e.id === MACRON)!;
    expect(macron.aliases).toEqual([...(builtinMacron.aliases ?? []), 'ماكغون', 'الرئيس ماكرون الفرنسي']);
    // Everything else about the entity stays; the built-in record is not changed.
    expect({ ...macron, aliases: builtinMacron.aliases }).toEqual(builtinMacron);
    expect(builtinMacron.aliases).not.toContain('ماكغون');
    expect(entities).toHaveLength(BUILTIN_ENTITIES.length);

    const g = compileGazetteer(entities);
    expect(found(g, text)).toContainEqual([MACRON, 'ماكغون']);
    // With a proclitic too, and the built-in names still match.
    expect(found(g, 'ثم التقى وماكغون')).toContainEqual([MACRON, 'ماكغون']);
    expect(found(g, 'قال إيمانويل ماكرون إن')).toContainEqual([MACRON, normalize('إيمانويل ماكرون')]);
    expect(idsFound(g, 'قال ماكرون إن')).toContain(MACRON);
    // Through the analyzer, with offsets into the original text.
    const a = analyze(text, g, { mentionsOnly: true });
    const m = a.entities.find((e) => e.id === MACRON)!.mentions;
    expect(m).toEqual([{ start: 4, end: 10, text: 'ماكغون' }]);
  });

  it('hides an entity: it is never matched', () => {
    const text = 'وصل الوفد إلى باريس ثم غادر من باريس إلى لندن';
    expect(idsFound(builtinGazetteer(), text)).toContain(PARIS);
    const entities = applyEdits(BUILTIN_ENTITIES, [{ id: PARIS, origin: 'edit', hidden: true, updatedAt: AT }]);
    expect(entities.map((e) => e.id)).not.toContain(PARIS);
    expect(entities).toHaveLength(BUILTIN_ENTITIES.length - 1);
    const g = compileGazetteer(entities);
    expect(idsFound(g, text)).not.toContain(PARIS);
    expect(idsFound(g, 'وباريس ولباريس')).toEqual([]);
    // The others still are.
    expect(idsFound(g, text)).toContain('place:london');
    // Hiding wins over aliases given in the same edit.
    const g2 = compile([{ id: PARIS, origin: 'edit', hidden: true, aliases: ['عاصمة النور'], updatedAt: AT }]);
    expect(idsFound(g2, 'في عاصمة النور')).toEqual([]);
  });

  it('excludes a form («this is not X»): that form no longer matches that entity, the others still do', () => {
    const before = builtinGazetteer();
    expect(idsFound(before, 'قال ترمب')).toEqual([TRUMP]);
    const entities = applyEdits(BUILTIN_ENTITIES, [{ id: TRUMP, origin: 'edit', excluded: ['ترمب'], updatedAt: AT }]);
    expect(entities.find((e) => e.id === TRUMP)!.exclude).toEqual(['ترمب']);
    const g = compileGazetteer(entities);
    expect(idsFound(g, 'قال ترمب إن')).toEqual([]);
    expect(idsFound(g, 'وقال لترمب')).toEqual([]);
    expect(found(g, 'قال ترامب إن')).toEqual([[TRUMP, 'ترامب']]);
    expect(found(g, 'قال دونالد ترامب إن')).toEqual([[TRUMP, 'دونالد ترامب']]);
    expect(found(g, 'قال دونالد ترمب إن')).toEqual([[TRUMP, 'دونالد ترمب']]);
    // Other entities are not touched.
    expect(idsFound(g, 'قال ماكرون إن')).toEqual([MACRON]);
  });

  it('an excluded form is not brought back by the analyzer’s in-article surname rule', () => {
    // EntityRecord.exclude: "Forms never to match for this entity". The full name «دونالد ترمب»
    // still matches, but the bare «ترمب» the user excluded must not be read as its surname.
    const g = compile([{ id: TRUMP, origin: 'edit', excluded: ['ترمب'], updatedAt: AT }]);
    const text = 'وصل دونالد ترمب إلى بغداد. وقال ترمب إن الزيارة ناجحة.';
    const trump = analyze(text, g, { mentionsOnly: true }).entities.find((e) => e.id === TRUMP);
    expect(trump?.mentions.map((m) => m.text)).toEqual(['دونالد ترمب']);
  });

  it('compares excluded forms after normalisation (hamza, tashkeel)', () => {
    const g = compile([{ id: MACRON, origin: 'edit', excluded: ['ماكرُون', 'امانويل ماكرون'], updatedAt: AT }]);
    expect(idsFound(g, 'قال ماكرون إن')).toEqual([]);
    // 'إمانويل ماكرون' (a built-in alias) folds to the excluded form; 'إيمانويل ماكرون' does not.
    expect(idsFound(g, 'قال إمانويل ماكرون إن')).toEqual([]);
    expect(found(g, 'قال إيمانويل ماكرون إن')).toEqual([[MACRON, normalize('إيمانويل ماكرون')]]);
  });

  it('adds aliases and excludes forms in one edit', () => {
    const g = compile([{ id: TRUMP, origin: 'edit', aliases: ['ترامپ'], excluded: ['ترامب'], updatedAt: AT }]);
    expect(idsFound(g, 'قال ترامب')).toEqual([]);
    expect(idsFound(g, 'قال ترمب')).toEqual([TRUMP]);
  });

  it('adds an entity of the user’s own, matched by its name and aliases', () => {
    const id = userEntityId('person', 'سامي الحلبي', Date.parse(AT));
    const own: KnowledgeEdit = { id, origin: 'user', type: 'person', name: 'سامي الحلبي', aliases: ['الشيخ سامي'], excluded: ['الشيخ سامي'], updatedAt: AT };
    const org: KnowledgeEdit = { id: userEntityId('organization', 'جمعية الأمل', Date.parse(AT)), origin: 'user', type: 'organization', name: 'جمعية الأمل', nameEn: 'Al-Amal Association', aliases: ['الأمل الخيرية'], updatedAt: AT };
    const entities = applyEdits(BUILTIN_ENTITIES, [own, org]);
    expect(entities).toHaveLength(BUILTIN_ENTITIES.length + 2);
    // After the built-in ones, so the user's forms win in the matcher.
    expect(entities.slice(-2).map((e) => e.id)).toEqual([own.id, org.id]);
    expect(entities.at(-2)).toEqual({ id, type: 'person', name: 'سامي الحلبي', nameEn: 'سامي الحلبي', aliases: ['الشيخ سامي'], exclude: ['الشيخ سامي'] });
    expect(entities.at(-1)).toMatchObject({ type: 'organization', name: 'جمعية الأمل', nameEn: 'Al-Amal Association', aliases: ['الأمل الخيرية'] });
    const g = compileGazetteer(entities);
    expect(found(g, 'وقال سامي الحلبي إن جمعية الأمل ستبدأ')).toEqual([
      [id, 'سامي الحلبي'],
      [org.id, normalize('جمعية الأمل')],
    ]);
    expect(idsFound(g, 'تبرعت الأمل الخيرية')).toEqual([org.id]);
    // Its own excluded alias is not matched.
    expect(idsFound(g, 'قال الشيخ سامي')).toEqual([]);
  });

  it('leaves out a user entity that is hidden or lacks a name or a type', () => {
    const base = { origin: 'user' as const, updatedAt: AT };
    const entities = applyEdits(BUILTIN_ENTITIES, [
      { ...base, id: 'person:user-a-1', type: 'person', name: 'سامي الحلبي', hidden: true },
      { ...base, id: 'person:user-a-2', name: 'سامي الحلبي' },
      { ...base, id: 'person:user-a-3', type: 'person' },
    ]);
    expect(entities).toEqual(BUILTIN_ENTITIES);
  });

  it('lets a user entity take over a form of a built-in one', () => {
    const own: KnowledgeEdit = { id: 'person:user-x-1', origin: 'user', type: 'person', name: 'ماكرون الابن', aliases: ['ماكرون'], updatedAt: AT };
    const g = compile([own]);
    expect(idsFound(g, 'قال ماكرون')).toEqual([own.id]);
    expect(idsFound(g, 'قال إيمانويل ماكرون')).toEqual([MACRON]);
  });
});

describe('userEntityId', () => {
  const TYPES: [EntityType, string][] = [
    ['person', 'person:'],
    ['organization', 'org:'],
    ['place', 'place:'],
  ];

  it('has the prefix of its type and the form of a Marsad id', () => {
    for (const [type, prefix] of TYPES) {
      const id = userEntityId(type, 'اسم عربي طويل', Date.parse(AT));
      expect(id.startsWith(prefix + 'user-'), id).toBe(true);
      // Accepted by the knowledge-base validator (id form, prefix of the type) ...
      const problems = validateKnowledgeBase([{ id, type, name: 'اسم عربي طويل', nameEn: 'A long Arabic name' }]);
      expect(problems, id).toEqual([]);
      // ... and by the corpus import's check of an entity line.
      expect(isEntityId(id), id).toBe(true);
    }
  });

  it('never collides with a built-in id', () => {
    const builtinIds = new Set(BUILTIN_ENTITIES.map((e) => e.id));
    // No built-in id has the user- form.
    expect(BUILTIN_ENTITIES.filter((e) => /^[a-z]+:user-/.test(e.id))).toEqual([]);
    for (const e of BUILTIN_ENTITIES.slice(0, 200)) {
      for (const now of [0, 1, Date.parse(AT), 8.64e15]) {
        const id = userEntityId(e.type, e.name, now);
        expect(builtinIds.has(id), id).toBe(false);
      }
    }
  });

  it('differs for different names or times, and is stable for the same ones', () => {
    const t = Date.parse(AT);
    expect(userEntityId('person', 'سامي الحلبي', t)).toBe(userEntityId('person', 'سامي الحلبي', t));
    expect(userEntityId('person', 'سامي الحلبي', t)).not.toBe(userEntityId('person', 'سامي الحمصي', t));
    expect(userEntityId('person', 'سامي الحلبي', t)).not.toBe(userEntityId('person', 'سامي الحلبي', t + 1));
    const many = new Set(Array.from({ length: 1000 }, (_, i) => userEntityId('place', `قرية رقم ${i}`, t)));
    expect(many.size).toBe(1000);
  });
});
