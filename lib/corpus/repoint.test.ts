/**
 * Re-pointing (lib/corpus/repoint.ts): a discovered actor added to the knowledge base takes its
 * statements, articles and counters to its new id, in one transaction. Analyses are built by hand
 * (test-fixtures.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { withFullDisk } from '../../tests/full-disk';
import { countArticlesFor, countStatementsBy, relatedArticles, saveArticle, statementHistory, type ArticleInput } from './corpus';
import { STORAGE_FULL } from './errors';
import { repointEntity } from './repoint';
import { openCorpus, TOTAL, type MarsadDB } from './schema';
import { analysisOf, AUSTRALIA, BISHOP, BISHOP_KB, CANBERRA, DENIAL, FRANCE, JAKARTA } from './test-fixtures';
import { allLinkRows, allStatementRows, linkRowsOf } from './sets';
import { allCounts, readCount } from './counters';

const opened: MarsadDB[] = [];
function freshDb(): MarsadDB {
  const db = openCorpus('test-' + crypto.randomUUID());
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function fixture(f: typeof JAKARTA): ArticleInput {
  const analysis = f.analysis();
  return { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis };
}

/** Everything stored under an id, anywhere. */
async function traces(db: MarsadDB, id: string) {
  return {
    statements: (await allStatementRows(db)).filter((s) => s.speakerId === id).length,
    inJoint: (await allStatementRows(db)).filter((s) => s.speakers?.some((m) => m.id === id)).length,
    links: (await allLinkRows(db)).filter((l) => l.entityId === id).length,
    together: (await allLinkRows(db)).filter((l) => l.together.includes(id)).length,
    articles: await db.articles.filter((a) => a.entityIds.includes(id)).count(),
    mentionCounts: (await db.articles.toArray()).filter((a) => id in a.mentionCounts).length,
    counts: await readCount(db, id),
    discovered: await db.discovered.get(id),
  };
}
const NONE = { statements: 0, inJoint: 0, links: 0, together: 0, articles: 0, mentionCounts: 0, counts: undefined, discovered: undefined };

describe('repointEntity', () => {
  it('moves a discovered actor with statements in two articles to its new id', async () => {
    const db = freshDb();
    await saveArticle(db, fixture(JAKARTA));
    await saveArticle(db, fixture(DENIAL));
    const history = await statementHistory(db, BISHOP);
    const related = await relatedArticles(db, BISHOP);
    const counts = { articles: await countArticlesFor(db, BISHOP), statements: await countStatementsBy(db, BISHOP) };
    expect(counts).toEqual({ articles: 2, statements: 5 });
    const total = await readCount(db, TOTAL);

    const result = await repointEntity(db, BISHOP, BISHOP_KB, { name: 'جولي بيشوب', kind: 'entity' });
    expect(result).toMatchObject({ statements: 5, articles: 2, discovered: { id: BISHOP, forms: ['جولي بيشوب', 'بيشوب', 'جولى بيشوب'] } });

    // The same history, in the same order, under the new id, now spoken by a knowledge-base entity.
    const moved = await statementHistory(db, BISHOP_KB);
    expect(moved.map((h) => h.id)).toEqual(history.map((h) => h.id));
    expect(moved.map((h) => [h.text, h.verb, h.verbClass, h.article.url])).toEqual(history.map((h) => [h.text, h.verb, h.verbClass, h.article.url]));
    expect(moved.every((h) => h.speakerId === BISHOP_KB && h.speaker === 'جولي بيشوب' && h.speakerKind === 'entity')).toBe(true);
    // The same articles; the counters moved.
    expect(await relatedArticles(db, BISHOP_KB)).toEqual(related);
    expect({ articles: await countArticlesFor(db, BISHOP_KB), statements: await countStatementsBy(db, BISHOP_KB) }).toEqual(counts);
    expect(await readCount(db, TOTAL)).toEqual(total);
    // Nothing is left under the old id.
    expect(await traces(db, BISHOP)).toEqual(NONE);
    expect(await statementHistory(db, BISHOP)).toEqual([]);
    const articles = await db.articles.toArray();
    for (const a of articles) expect(a.entityIds).toContain(BISHOP_KB);
    expect(articles.find((a) => a.url === JAKARTA.url)!.mentionCounts[BISHOP_KB]).toBe(3);
  });

  it('renames the member inside a joint statement, in every member’s row', async () => {
    const db = freshDb();
    await saveArticle(db, fixture(CANBERRA));
    await repointEntity(db, BISHOP, BISHOP_KB, { kind: 'entity' });
    const [australia] = await statementHistory(db, AUSTRALIA);
    expect(australia!.speakers!.map((m) => [m.id, m.name, m.kind])).toEqual([
      [AUSTRALIA, 'أستراليا', 'entity'],
      [BISHOP_KB, 'جولي بيشوب', 'entity'],
    ]);
    const [joint] = await statementHistory(db, BISHOP_KB);
    expect(joint!.speakers).toEqual(australia!.speakers);
    // Without a name, each row keeps the name it had.
    expect((await statementHistory(db, BISHOP_KB)).map((h) => h.speaker)).toEqual(['جولي بيشوب', 'جولي بيشوب']);
    expect(await traces(db, BISHOP)).toEqual(NONE);
  });

  it('merges into an id the article already has: mentions add up, one link, one row per statement', async () => {
    const db = freshDb();
    // The knowledge base already knew her as «جولي بيشوب»; the analyzer linked «الوزيرة» and «بيشوب» to a discovered id.
    const text = 'بيشوب في باريس\n\nوقالت الوزيرة وجولي بيشوب إن الزيارة ناجحة. وأضافت بيشوب أن فرنسا شريك مهم.';
    const analysis = analysisOf(
      text,
      [
        { id: BISHOP_KB, name: 'جولي بيشوب', type: 'person', mentions: ['جولي بيشوب'] },
        { id: BISHOP, name: 'بيشوب', type: 'person', mentions: ['بيشوب', 'بيشوب'], discovered: true },
        { id: FRANCE, name: 'فرنسا', type: 'place', mentions: ['فرنسا'] },
      ],
      [
        {
          speakers: [
            { phrase: 'الوزيرة', id: BISHOP, kind: 'title', name: 'بيشوب' },
            { phrase: 'جولي بيشوب', id: BISHOP_KB, kind: 'entity' },
          ],
          verb: 'قالت',
          content: 'الزيارة ناجحة',
        },
        { speakers: [{ phrase: 'بيشوب', id: BISHOP, kind: 'discovered' }], verb: 'أضافت', content: 'فرنسا شريك مهم' },
      ],
    );
    const { id } = await saveArticle(db, { url: 'https://a.example/paris', title: 'بيشوب في باريس', publishedAt: '2020-01-01', analysis });
    expect(await countStatementsBy(db, BISHOP_KB)).toBe(1);
    const statementsBefore = (await allStatementRows(db)).length;

    const result = await repointEntity(db, BISHOP, BISHOP_KB, { name: 'جولي بيشوب', kind: 'entity' });
    expect(result).toMatchObject({ statements: 1, articles: 1 });
    const article = (await db.articles.get(id))!;
    expect(article.mentionCounts).toEqual({ [BISHOP_KB]: 3, [FRANCE]: 1 });
    expect([...article.entityIds].sort()).toEqual([BISHOP_KB, FRANCE].sort());
    const links = await linkRowsOf(db, id);
    expect(links.map((l) => [l.entityId, l.mentions]).sort()).toEqual([[BISHOP_KB, 3], [FRANCE, 1]].sort());
    for (const l of links) expect([...l.together].sort()).toEqual([BISHOP_KB, FRANCE].sort());
    // The joint statement was already in her history: one row for it, its two members now one.
    const h = await statementHistory(db, BISHOP_KB);
    expect(h.map((e) => e.text)).toEqual(['الزيارة ناجحة', 'فرنسا شريك مهم']);
    expect(h[0]!.speakers!.map((m) => m.id)).toEqual([BISHOP_KB]);
    expect((await allStatementRows(db)).length).toBe(statementsBefore - 1);
    expect(await countArticlesFor(db, BISHOP_KB)).toBe(1);
    expect(await countStatementsBy(db, BISHOP_KB)).toBe(2);
    expect((await readCount(db, TOTAL))!.statements).toBe(statementsBefore - 1);
    expect(await traces(db, BISHOP)).toEqual(NONE);
  });

  it('keeps both spellings when one discovered actor is merged into another', async () => {
    const db = freshDb();
    await saveArticle(db, fixture(JAKARTA));
    const other = 'person:found-zz9';
    const text = 'بيشب تزور لندن\n\nقالت جولي بيشب إن الزيارة مهمة.';
    const analysis = analysisOf(text, [{ id: other, name: 'جولي بيشب', type: 'person', mentions: ['بيشب', 'جولي بيشب'], discovered: true }], [
      { speakers: [{ phrase: 'جولي بيشب', id: other, kind: 'discovered' }], verb: 'قالت', content: 'الزيارة مهمة' },
    ]);
    await saveArticle(db, { url: 'https://a.example/london', title: 'بيشب تزور لندن', publishedAt: '2019-12-01', analysis });
    await repointEntity(db, other, BISHOP);
    expect(await db.discovered.get(BISHOP)).toMatchObject({ forms: ['جولي بيشوب', 'بيشوب', 'جولي بيشب', 'بيشب'], firstSeen: '2019-03-01', lastSeen: '2019-12-01' });
    expect(await db.discovered.get(other)).toBeUndefined();
    // Without `kind`, the statements keep theirs.
    expect((await statementHistory(db, BISHOP)).map((h) => [h.speakerKind, h.speaker])[0]).toEqual(['discovered', 'جولي بيشب']);
  });

  it("with kind 'named', makes the rows that named her the knowledge base's and keeps a bare title's row a title", async () => {
    const db = freshDb();
    await saveArticle(db, fixture(DENIAL));
    await saveArticle(db, fixture(CANBERRA));
    await repointEntity(db, BISHOP, BISHOP_KB, { name: 'جولي بيشوب', kind: 'named' });
    const kinds = (await statementHistory(db, BISHOP_KB)).map((h) => [h.verb, h.speakerKind]);
    expect(kinds).toEqual([
      ['قالت', 'entity'],
      ['أضافت', 'entity'],
      ['نفت', 'entity'],
      ['أكدت', 'title'],
      ['دعت', 'entity'],
    ]);
    // A joint subject's member that named her is the knowledge base's too.
    const [joint] = await statementHistory(db, AUSTRALIA);
    expect(joint!.speakers!.map((m) => [m.id, m.kind])).toEqual([
      [AUSTRALIA, 'entity'],
      [BISHOP_KB, 'entity'],
    ]);
  });

  it('changes nothing when the write fails, and nothing when the ids are the same', async () => {
    const db = freshDb();
    await saveArticle(db, fixture(JAKARTA));
    const snapshot = async () => Promise.all([db.articles.toArray(), allStatementRows(db), allLinkRows(db), allCounts(db), db.discovered.toArray()]);
    const before = await snapshot();
    await withFullDisk(async () => {
      await expect(repointEntity(db, BISHOP, BISHOP_KB, { kind: 'entity' })).rejects.toMatchObject({ name: STORAGE_FULL });
    });
    expect(await snapshot()).toEqual(before);
    expect(await repointEntity(db, BISHOP, BISHOP)).toEqual({ statements: 0, articles: 0, discovered: undefined });
    expect(await snapshot()).toEqual(before);
  });
});
