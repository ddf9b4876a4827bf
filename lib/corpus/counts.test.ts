import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze';
import { builtinGazetteer } from '../knowledge/builtin';
import { countArticles, countArticlesFor, countStatementsBy, deleteArticle, saveArticle } from './corpus';
import { openCorpus, type MarsadDB } from './schema';
import { exportCorpus, importCorpus } from './transfer';
import { allLinkRows, allStatementRows } from './sets';

const g = builtinGazetteer();
const input = (url: string, text: string) => ({ url, title: text.split('\n')[0]!, analysis: analyze(text, g) });
const TEXTS = [
  'أردوغان في أنقرة\n\nقال أردوغان إن تركيا لن تتراجع. وأضاف أن أنقرة ستواصل الحوار مع موسكو.',
  'بوتين وأردوغان\n\nأكد بوتين أن موسكو تريد التهدئة. وقال أردوغان إن الحل سياسي.',
  'لقاء في دمشق\n\nوصل وفد إلى دمشق لبحث ملف اللاجئين مع المسؤولين.',
];

/** The counters must always equal what counting the rows gives. */
async function expectCountersTrue(db: MarsadDB) {
  expect(await countArticles(db)).toBe(await db.articles.count());
  const entityIds = new Set((await allLinkRows(db)).map((l) => l.entityId));
  for (const id of ['person:recep-tayyip-erdogan', 'person:vladimir-putin', 'place:ankara', 'place:moscow', 'place:damascus', ...entityIds]) {
    expect(await countArticlesFor(db, id), `articles of ${id}`).toBe((await allLinkRows(db)).filter((l) => l.entityId === id).length);
    expect(await countStatementsBy(db, id), `statements of ${id}`).toBe((await allStatementRows(db)).filter((s) => s.speakerId === id).length);
  }
}

describe('the corpus counters', () => {
  let db: MarsadDB;
  beforeEach(() => {
    db = openCorpus(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stay true through saves, an update, a duplicate, a delete and an import', async () => {
    const ids = [];
    for (const [i, t] of TEXTS.entries()) ids.push((await saveArticle(db, input(`https://x.example/${i}`, t))).id);
    await expectCountersTrue(db);
    expect(await countStatementsBy(db, 'person:recep-tayyip-erdogan')).toBe(3);
    // An update replaces the article's contribution; the same text again changes nothing.
    await saveArticle(db, input('https://x.example/0', 'أردوغان في أنقرة\n\nقال أردوغان إن تركيا لن تتراجع.'));
    await saveArticle(db, input('https://x.example/other', TEXTS[1]!));
    await expectCountersTrue(db);
    expect(await countStatementsBy(db, 'person:recep-tayyip-erdogan')).toBe(2);
    await deleteArticle(db, ids[1]!);
    await expectCountersTrue(db);
    expect(await countArticlesFor(db, 'person:vladimir-putin')).toBe(0);
    // Export, then import into a fresh corpus and into this one (everything already there).
    const file = await exportCorpus(db);
    const fresh = openCorpus(`test-${crypto.randomUUID()}`);
    await importCorpus(fresh, file);
    await expectCountersTrue(fresh);
    expect(await countArticles(fresh)).toBe(await countArticles(db));
    await fresh.delete();
    await importCorpus(db, file);
    await expectCountersTrue(db);
  });

  it('a failed save leaves the counters as they were', async () => {
    await saveArticle(db, input('https://x.example/a', TEXTS[0]!));
    const bad = input('https://x.example/b', TEXTS[1]!);
    (bad.analysis.statements[0] as unknown as { verb: unknown }).verb = () => 'not cloneable';
    await expect(saveArticle(db, bad)).rejects.toThrow();
    await expectCountersTrue(db);
    expect(await countArticles(db)).toBe(1);
  });
});
