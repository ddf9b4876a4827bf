/** Names for the interface's replies: the user's knowledge base, a built-in entity the user hid, a discovered actor the corpus holds. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userGazetteer } from '../knowledge/builtin';
import type { KnowledgeEdit } from '../knowledge/user';
import { saveArticle } from './corpus';
import { describeEntity, entityLabels } from './labels';
import { openCorpus, type MarsadDB } from './schema';
import { BISHOP, JAKARTA } from './test-fixtures';

let db: MarsadDB;
beforeEach(() => {
  db = openCorpus(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const edits: KnowledgeEdit[] = [
  { id: 'person:angela-merkel', origin: 'edit', hidden: true, updatedAt: '2024-01-01' },
  { id: 'org:user-talks', origin: 'user', type: 'organization', name: 'تيار الغد', nameEn: 'Tomorrow', updatedAt: '2024-01-01' },
];

describe('entityLabels', () => {
  it('names the user’s entities, a built-in one the user hid, and a discovered actor; leaves out what nothing names', async () => {
    const analysis = JAKARTA.analysis();
    await saveArticle(db, { url: JAKARTA.url, title: 'بيشوب تزور جاكرتا', site: 'news.example', publishedAt: JAKARTA.publishedAt, analysis });
    const labels = await entityLabels(db, userGazetteer(edits), ['person:sergei-lavrov', 'org:user-talks', 'person:angela-merkel', BISHOP, 'person:found-nobody']);
    expect(labels.get('person:sergei-lavrov')).toEqual({ id: 'person:sergei-lavrov', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'person', gender: 'm' });
    expect(labels.get('org:user-talks')).toMatchObject({ name: 'تيار الغد', nameEn: 'Tomorrow', type: 'organization', gender: 'f' });
    expect(labels.get('person:angela-merkel')).toMatchObject({ name: 'أنجيلا ميركل', gender: 'f' });
    expect(labels.get(BISHOP)).toMatchObject({ name: 'جولي بيشوب', nameEn: '', discovered: true, role: 'وزيرة الخارجية الأسترالية', gender: 'f' });
    expect(labels.has('person:found-nobody')).toBe(false);
  });

  it('describes an entity with whether the corpus is empty', async () => {
    expect(await describeEntity(db, userGazetteer([]), 'place:moscow')).toEqual({
      entity: { id: 'place:moscow', name: 'موسكو', nameEn: 'Moscow', type: 'place', gender: 'f' },
      corpusEmpty: true,
    });
    expect(await describeEntity(db, userGazetteer([]), 'person:found-nobody')).toEqual({ entity: null, corpusEmpty: true });
  });
});
