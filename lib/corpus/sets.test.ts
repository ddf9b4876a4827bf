/**
 * An article's links and statements rows (corpus version 5) read as the rows they replace: an
 * entity's articles and a speaker's statements in the history's order, page by page, with one
 * article left out, and the dates of an entity's first and latest article.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCorpus, statementOrder, type MarsadDB, type StatementRecord } from './schema';
import { isLinked, linkDates, linkSetOf, linksTo, rowsOfSet, statementPages, statementRowId, statementsBy, statementSetOf } from './sets';

const A = 'person:a';
const B = 'person:b';

/** A statement row of article `articleId` (dated `date`) at `start`, spoken by `speakerId`. */
function row(articleId: number, date: string, start: number, speakerId: string, verbClass: StatementRecord['verbClass'] = 'states'): Omit<StatementRecord, 'id'> {
  return {
    articleId,
    url: `https://news.example/${articleId}`,
    title: `مقال ${articleId}`,
    site: 'news.example',
    speakerId,
    speaker: speakerId,
    speakerKind: speakerId ? 'entity' : 'unnamed',
    speakerStart: null,
    speakerEnd: null,
    verb: 'قال',
    verbStart: null,
    verbEnd: null,
    verbClass,
    text: `كلام ${articleId}-${start}`,
    direct: false,
    start,
    end: start + 5,
    prefix: '',
    suffix: '',
    publishedAt: date,
    order: statementOrder(date, articleId, start),
  };
}

describe('an article’s rows', () => {
  let db: MarsadDB;
  beforeEach(() => {
    db = openCorpus(`test-sets-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  /** Articles 1..n, article i dated 2024-01-(i mod 28 + 1) so that dates and ids disagree, each with `perArticle` statements by A and one by B. */
  async function fill(n: number, perArticle: number) {
    for (let id = 1; id <= n; id++) {
      const date = `2024-01-${String(((id * 7) % 28) + 1).padStart(2, '0')}`;
      const rows = [...Array.from({ length: perArticle }, (_, k) => row(id, date, 100 * k, A, k % 2 ? 'warns' : 'states')), row(id, date, 50, B), row(id, date, 70, '')];
      await db.articleStatements.add(statementSetOf(id, rows)!);
      await db.articleLinks.add(linkSetOf(id, date, { [A]: perArticle, [B]: 1 })!);
    }
  }

  /** A's statements in the history's order, worked out from the rows themselves. */
  const expectedHistory = async () =>
    (await db.articleStatements.toArray())
      .flatMap(rowsOfSet)
      .filter((r) => r.speakerId === A)
      .sort((x, y) => (x.order < y.order ? 1 : -1));

  it('read back as the rows they were made of, with ids unique in the corpus', async () => {
    const rows = [row(7, '2024-02-02', 10, A), row(7, '2024-02-02', 40, '')];
    const set = statementSetOf(7, rows)!;
    expect(set.bySpeaker).toEqual([[A, rows[0]!.order]]); // an unnamed source is in no history
    expect(rowsOfSet(set)).toEqual(rows.map((r, i) => ({ ...r, id: statementRowId(7, i) })));
    expect(statementRowId(7, 1)).not.toBe(statementRowId(8, 0));
    expect(statementSetOf(7, [])).toBeUndefined();
    expect(linkSetOf(7, '2024-02-02', {})).toBeUndefined();
  });

  it('give a speaker’s history newest first, each article’s statements in text order, by offset and limit', async () => {
    await fill(30, 3);
    const all = await expectedHistory();
    expect(all).toHaveLength(90);
    expect((await statementsBy(db, A)).map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect((await statementsBy(db, A, { offset: 25, limit: 10 })).map((r) => r.id)).toEqual(all.slice(25, 35).map((r) => r.id));
    // Within an article, text order.
    const first = all.filter((r) => r.articleId === all[0]!.articleId).map((r) => r.start);
    expect(first).toEqual([...first].sort((x, y) => x - y));
    // One verb class's range.
    expect((await statementsBy(db, A, { verbClass: 'warns' })).map((r) => r.id)).toEqual(all.filter((r) => r.verbClass === 'warns').map((r) => r.id));
  });

  it('are read page by page across article boundaries, and one article can be left out', async () => {
    await fill(12, 3);
    const all = await expectedHistory();
    const pages: StatementRecord[][] = [];
    for await (const page of statementPages(db, A, undefined, 4)) pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(pages.flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
    const left = all[5]!.articleId;
    const without = all.filter((r) => r.articleId !== left);
    expect((await statementsBy(db, A, { excludeArticleId: left, limit: 7 })).map((r) => r.id)).toEqual(without.slice(0, 7).map((r) => r.id));
    expect((await statementsBy(db, A, { excludeArticleId: left, offset: 3, limit: 50 })).map((r) => r.id)).toEqual(without.slice(3).map((r) => r.id));
  });

  it('give an entity’s articles newest first, its mentions and who appears with it, and its first and latest dates', async () => {
    await fill(10, 2);
    const links = await linksTo(db, A);
    const dates = links.map((l) => l.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(links).toHaveLength(10);
    expect(links[0]).toMatchObject({ entityId: A, mentions: 2, together: [A, B] });
    expect((await linksTo(db, A, { limit: 3, excludeArticleId: links[0]!.articleId })).map((l) => l.articleId)).toEqual(links.slice(1, 4).map((l) => l.articleId));
    expect(await linkDates(db, B)).toEqual({ first: dates.at(-1), last: dates[0] });
    expect(await linkDates(db, 'person:nobody')).toBeUndefined();
    expect([await isLinked(db, A), await isLinked(db, 'person:nobody')]).toEqual([true, false]);
  });
});
