/**
 * The corpus (lib/corpus): saving analysed articles, de-duplication, the queries the popup, the
 * hover card and the CLI ask, deletion, atomicity, and reopening an existing database.
 * Every article here is analysed by the real analyzer with the built-in knowledge base; the texts
 * are the tests' own.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { analyze } from '../analyze/analyze';
import { VERB_CLASSES, type Analysis, type VerbClass } from '../analyze/types';
import { builtinGazetteer } from '../knowledge/builtin';
import type { Gazetteer } from '../knowledge/matcher';
import {
  countArticlesFor,
  countStatementsBy,
  deleteArticle,
  relatedArticles,
  relatedToArticle,
  saveArticle,
  statementHistory,
  type ArticleInput,
  type HistoryEntry,
} from './corpus';
import { discoveredActors } from './discovered';
import { analysisOf, AUSTRALIA, BISHOP, CANBERRA, DENIAL, FRANCE, JAKARTA, UK } from './test-fixtures';
import { withFullDisk } from '../../tests/full-disk';
import { STORAGE_FULL } from './errors';
import { contentHash } from './hash';
import { CORPUS_VERSION, openCorpus, type MarsadDB } from './schema';
import { allLinkRows, allStatementRows, linkRowsOf, statementRowsOf } from './sets';
import { allCounts } from './counters';

const MACRON = 'person:emmanuel-macron';
const PUTIN = 'person:vladimir-putin';
const ERDOGAN = 'person:recep-tayyip-erdogan';
const SYRIA = 'place:sy';
const DAMASCUS = 'place:damascus';
const ANKARA = 'place:ankara';
const PARIS = 'place:paris';
const EU = 'org:eu';

/** Title, an empty line, then the body: the shape the extractor hands to the analyzer. */
const page = (title: string, body: string) => `${title}\n\n${body}`;

const TEXT = {
  macronSyria: page(
    'ماكرون والحل السياسي في سوريا',
    'وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستواصل دعم الحل السياسي في سوريا. وأضاف أن باريس تنسق مع أنقرة بشأن الوضع في شمال البلاد. وتابع أن الحرب يجب أن تنتهي.',
  ),
  /** The same article as macronSyria, edited: Paris and Ankara are gone, the EU comes in. */
  macronSyriaEdited: page(
    'ماكرون والحل السياسي في سوريا',
    'وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستواصل دعم الحل السياسي في سوريا. وأضاف أن الاتحاد الأوروبي سيعقد اجتماعا طارئا الأسبوع المقبل.',
  ),
  putinDamascus: page(
    'بوتين يستقبل وفدا من دمشق',
    'أعلن الرئيس الروسي فلاديمير بوتين أن موسكو ستواصل دعم الحكومة في دمشق. وأكد بوتين أن الحل في سوريا يجب أن يكون سياسيا.',
  ),
  erdoganBorder: page(
    'أردوغان يتحدث عن الحدود',
    'قال الرئيس التركي رجب طيب أردوغان إن أنقرة لن تسمح بقيام كيان على حدودها الجنوبية. وأشار أردوغان إلى أن الجيش التركي مستعد.',
  ),
  macronPutinCall: page(
    'ماكرون وبوتين يتحدثان هاتفيا',
    'قال ماكرون إن الاتحاد الأوروبي يجب أن يتحمل مسؤولياته. وذكر بوتين أن روسيا لا تريد التصعيد.',
  ),
  damascusFair: page(
    'معرض دمشق الدولي يفتح أبوابه',
    'افتتح في دمشق معرض دولي للكتاب بمشاركة دور نشر من عدة دول. ويستمر المعرض أسبوعين في العاصمة السورية، وهو الأول من نوعه في سوريا منذ سنوات.',
  ),
  syriaRain: page(
    'أمطار غزيرة في سوريا',
    'شهدت مناطق واسعة في سوريا أمطارا غزيرة أدت إلى فيضانات في عدة قرى. وتوقعت الأرصاد الجوية استمرار المنخفض حتى نهاية الأسبوع.',
  ),
};

let g: Gazetteer;
beforeAll(() => {
  g = builtinGazetteer();
});

const opened: MarsadDB[] = [];
function freshDb(name = 'test-' + crypto.randomUUID()): MarsadDB {
  const db = openCorpus(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

function input(text: string, url: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  return {
    url,
    title: text.split('\n', 1)[0]!,
    site: 'example.com',
    analysis: analyze(text, g),
    ...extra,
  };
}

const ids = (a: Analysis) => a.entities.map((e) => e.id);

describe('the test texts (sanity: what the analyzer finds in them)', () => {
  it('finds the entities and statements the corpus tests rely on', () => {
    const a = analyze(TEXT.macronSyria, g);
    expect(ids(a)).toEqual(expect.arrayContaining([MACRON, SYRIA, PARIS, ANKARA]));
    expect(a.statements.filter((s) => s.speakerId === MACRON)).toHaveLength(3);
    const edited = analyze(TEXT.macronSyriaEdited, g);
    expect(ids(edited)).toEqual(expect.arrayContaining([MACRON, SYRIA, EU]));
    expect(ids(edited)).not.toContain(PARIS);
    expect(ids(edited)).not.toContain(ANKARA);
    expect(edited.statements.filter((s) => s.speakerId === MACRON)).toHaveLength(2);
    expect(ids(analyze(TEXT.erdoganBorder, g))).toEqual(expect.arrayContaining([ERDOGAN, ANKARA]));
    expect(ids(analyze(TEXT.erdoganBorder, g))).not.toContain(SYRIA);
    expect(ids(analyze(TEXT.syriaRain, g))).toEqual([SYRIA]);
    expect(ids(analyze(TEXT.damascusFair, g))).toEqual(expect.arrayContaining([DAMASCUS, SYRIA]));
    expect(ids(analyze(TEXT.putinDamascus, g))).toEqual(expect.arrayContaining([PUTIN, DAMASCUS, SYRIA]));
    const call = analyze(TEXT.macronPutinCall, g);
    expect(call.statements.map((s) => s.speakerId)).toEqual([MACRON, PUTIN]);
  });
});

describe('contentHash', () => {
  it('is the same across whitespace and tashkeel differences, and differs for another text', async () => {
    const a = await contentHash('قال ماكرون إن فرنسا ستواصل دعم الحل');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash('  قال   ماكرون\nإن فرنسا ستواصل دعم الحل \n')).toBe(a);
    expect(await contentHash('قالَ ماكرونُ إنّ فرنسا ستواصل دعم الحل')).toBe(a);
    expect(await contentHash('قال بوتين إن روسيا ستواصل دعم الحل')).not.toBe(a);
  });
});

describe('saveArticle', () => {
  it("returns 'saved', then 'unchanged' for the same text and URL", async () => {
    const db = freshDb();
    const first = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/macron'));
    expect(first.status).toBe('saved');
    expect(typeof first.id).toBe('number');
    const again = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/macron'));
    expect(again).toEqual({ status: 'unchanged', id: first.id });
    expect(await db.articles.count()).toBe(1);
    expect((await allStatementRows(db)).length).toBe(3);
    expect((await linkRowsOf(db, first.id)).length).toBe(analyze(TEXT.macronSyria, g).entities.length);
  });

  it('stores the article record with its metadata, entity ids, mention counts and statement context', async () => {
    const db = freshDb();
    const analysis = analyze(TEXT.macronSyria, g);
    const now = new Date('2024-05-06T10:00:00Z');
    const { id } = await saveArticle(
      db,
      { url: 'https://a.example/m?utm=x', canonicalUrl: 'https://a.example/m', title: 'عنوان', site: 'a.example', byline: 'مراسل', publishedAt: '2024-05-01', analysis },
      now,
    );
    const a = (await db.articles.get(id))!;
    expect(a).toMatchObject({
      url: 'https://a.example/m?utm=x',
      canonicalUrl: 'https://a.example/m',
      title: 'عنوان',
      site: 'a.example',
      byline: 'مراسل',
      publishedAt: '2024-05-01',
      savedAt: now.toISOString(),
      lang: 'arb',
      text: TEXT.macronSyria,
      contentHash: await contentHash(TEXT.macronSyria),
    });
    expect([...a.entityIds].sort()).toEqual(ids(analysis).sort());
    expect(a.mentionCounts[MACRON]).toBe(analysis.entities.find((e) => e.id === MACRON)!.mentions.length);
    expect(await db.articles.filter((x) => x.entityIds.includes(ANKARA)).primaryKeys()).toEqual([id]);

    const stored = (await statementRowsOf(db, id)).sort((a, b) => a.start - b.start);
    expect(stored).toHaveLength(analysis.statements.length);
    for (const [i, s] of stored.entries()) {
      const orig = analysis.statements[i]!;
      expect(s).toMatchObject({ speakerId: orig.speakerId ?? '', verb: orig.verb, text: orig.text, start: orig.start, end: orig.end, publishedAt: '2024-05-01' });
      expect(TEXT.macronSyria.slice(s.start, s.end)).toBe(s.text);
      // prefix + text + suffix re-find the statement in the page.
      expect(TEXT.macronSyria).toContain(s.prefix + s.text + s.suffix);
      expect(s.prefix.length).toBeLessThanOrEqual(32);
      expect(s.suffix.length).toBeLessThanOrEqual(32);
    }
  });

  it("returns 'updated' when the text changes under the same canonical URL, and replaces its statements and links", async () => {
    const db = freshDb();
    const url = 'https://a.example/macron';
    const first = await saveArticle(db, input(TEXT.macronSyria, url, { publishedAt: '2024-01-01' }));
    expect(await countStatementsBy(db, MACRON)).toBe(3);
    expect(await countArticlesFor(db, ANKARA)).toBe(1);

    const edited = await saveArticle(db, input(TEXT.macronSyriaEdited, url, { publishedAt: '2024-01-02' }));
    expect(edited).toEqual({ status: 'updated', id: first.id });
    expect(await db.articles.count()).toBe(1);
    const a = (await db.articles.get(first.id))!;
    expect(a.text).toBe(TEXT.macronSyriaEdited);
    expect(a.publishedAt).toBe('2024-01-02');
    expect(a.entityIds).not.toContain(ANKARA);
    expect(a.entityIds).toContain(EU);

    // Old statements replaced, not added to.
    const statements = await statementRowsOf(db, first.id);
    const expected = analyze(TEXT.macronSyriaEdited, g).statements;
    expect(statements).toHaveLength(expected.length);
    expect(statements.map((s) => s.text).sort()).toEqual(expected.map((s) => s.text).sort());
    expect((await allStatementRows(db)).length).toBe(expected.length);
    expect(await countStatementsBy(db, MACRON)).toBe(2);
    expect(statements.every((s) => s.publishedAt === '2024-01-02')).toBe(true);

    // Old links replaced: one per entity of the new text, none for the entities that are gone.
    const links = await linkRowsOf(db, first.id);
    expect(links.map((l) => l.entityId).sort()).toEqual(ids(analyze(TEXT.macronSyriaEdited, g)).sort());
    expect((await allLinkRows(db)).length).toBe(links.length);
    expect(await countArticlesFor(db, ANKARA)).toBe(0);
    expect(await countArticlesFor(db, PARIS)).toBe(0);
    expect(await countArticlesFor(db, EU)).toBe(1);
    expect(await countArticlesFor(db, MACRON)).toBe(1);
    expect(await relatedArticles(db, ANKARA)).toEqual([]);
    expect(links.every((l) => l.publishedAt === '2024-01-02')).toBe(true);

    // And saving the edited text again changes nothing.
    expect(await saveArticle(db, input(TEXT.macronSyriaEdited, url))).toEqual({ status: 'unchanged', id: first.id });
    expect((await allStatementRows(db)).length).toBe(expected.length);
  });

  it('uses the canonical URL, not the address, as the key', async () => {
    const db = freshDb();
    const canonicalUrl = 'https://a.example/story/1';
    const first = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/story/1?ref=home', { canonicalUrl }));
    const second = await saveArticle(db, input(TEXT.macronSyriaEdited, 'https://m.a.example/story/1', { canonicalUrl }));
    expect(second).toEqual({ status: 'updated', id: first.id });
    expect(await db.articles.count()).toBe(1);
  });

  it('recognises the same text under a different URL (unchanged, same id)', async () => {
    const db = freshDb();
    const first = await saveArticle(db, input(TEXT.putinDamascus, 'https://a.example/putin'));
    const mirror = await saveArticle(db, input(TEXT.putinDamascus, 'https://mirror.example/copy-of-putin'));
    expect(mirror).toEqual({ status: 'unchanged', id: first.id });
    // Whitespace differences do not make it another article either.
    const spaced = await saveArticle(db, input(TEXT.putinDamascus.replace(/ /g, '  ') + '\n', 'https://third.example/p'));
    expect(spaced).toEqual({ status: 'unchanged', id: first.id });
    expect(await db.articles.count()).toBe(1);
    expect((await allStatementRows(db)).length).toBe(analyze(TEXT.putinDamascus, g).statements.length);
    expect(await countArticlesFor(db, PUTIN)).toBe(1);
  });

  it('saves different texts as different articles', async () => {
    const db = freshDb();
    const a = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/1'));
    const b = await saveArticle(db, input(TEXT.putinDamascus, 'https://a.example/2'));
    expect(a.status).toBe('saved');
    expect(b.status).toBe('saved');
    expect(b.id).not.toBe(a.id);
    expect(await db.articles.count()).toBe(2);
  });
});

describe('relatedArticles', () => {
  it('lists the articles mentioning an entity, newest first by publication date', async () => {
    const db = freshDb();
    const old = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/old', { publishedAt: '2019-01-03' }));
    const newest = await saveArticle(db, input(TEXT.macronPutinCall, 'https://b.example/new', { publishedAt: '2023-07-14', site: 'b.example' }));
    const middle = await saveArticle(db, input(TEXT.putinDamascus, 'https://c.example/mid', { publishedAt: '2021-03-15' }));
    // Saved in an order that is not the date order.
    const macron = await relatedArticles(db, MACRON);
    expect(macron.map((a) => a.id)).toEqual([newest.id, old.id]);
    expect(macron[0]).toEqual({
      id: newest.id,
      url: 'https://b.example/new',
      title: 'ماكرون وبوتين يتحدثان هاتفيا',
      site: 'b.example',
      publishedAt: '2023-07-14',
      mentions: analyze(TEXT.macronPutinCall, g).entities.find((e) => e.id === MACRON)!.mentions.length,
    });
    expect((await relatedArticles(db, PUTIN)).map((a) => a.id)).toEqual([newest.id, middle.id]);
    expect((await relatedArticles(db, SYRIA)).map((a) => a.id)).toEqual([middle.id, old.id]);
    expect(await relatedArticles(db, 'person:nobody-at-all')).toEqual([]);
  });

  it('sorts articles without a date by the day they were saved', async () => {
    const db = freshDb();
    const dated2019 = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/2019', { publishedAt: '2019-06-01' }));
    const undatedSaved2020 = await saveArticle(
      db,
      input(TEXT.syriaRain, 'https://a.example/undated', { publishedAt: null }),
      new Date('2020-02-10T12:00:00Z'),
    );
    const dated2021 = await saveArticle(db, input(TEXT.putinDamascus, 'https://a.example/2021', { publishedAt: '2021-01-01' }), new Date('2018-01-01T00:00:00Z'));
    const related = await relatedArticles(db, SYRIA);
    expect(related.map((a) => a.id)).toEqual([dated2021.id, undatedSaved2020.id, dated2019.id]);
    // The undated article is reported without a date (its saved day only orders it).
    expect(related[1]!.publishedAt).toBeNull();
  });

  it('honours excludeArticleId and limit', async () => {
    const db = freshDb();
    const saved = [];
    const texts = [TEXT.macronSyria, TEXT.putinDamascus, TEXT.damascusFair, TEXT.syriaRain];
    for (const [i, t] of texts.entries()) {
      saved.push(await saveArticle(db, input(t, `https://a.example/${i}`, { publishedAt: `2022-0${i + 1}-01` })));
    }
    const all = await relatedArticles(db, SYRIA);
    expect(all.map((a) => a.id)).toEqual([saved[3]!.id, saved[2]!.id, saved[1]!.id, saved[0]!.id]);
    expect((await relatedArticles(db, SYRIA, { limit: 2 })).map((a) => a.id)).toEqual([saved[3]!.id, saved[2]!.id]);
    // The current article is left out, and the limit still yields that many others.
    expect((await relatedArticles(db, SYRIA, { excludeArticleId: saved[3]!.id, limit: 2 })).map((a) => a.id)).toEqual([
      saved[2]!.id,
      saved[1]!.id,
    ]);
    expect((await relatedArticles(db, SYRIA, { excludeArticleId: saved[1]!.id })).map((a) => a.id)).toEqual([
      saved[3]!.id,
      saved[2]!.id,
      saved[0]!.id,
    ]);
  });
});

describe('statementHistory', () => {
  it("returns an entity's statements newest first, with the article's title, site and URL", async () => {
    const db = freshDb();
    const older = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/older', { publishedAt: '2020-01-10', site: 'a.example' }));
    const newer = await saveArticle(db, input(TEXT.macronPutinCall, 'https://b.example/newer', { publishedAt: '2022-09-30', site: 'b.example' }));
    const history = await statementHistory(db, MACRON);
    expect(history).toHaveLength(4);
    expect(history.map((h) => h.publishedAt)).toEqual(['2022-09-30', '2020-01-10', '2020-01-10', '2020-01-10']);
    expect(history[0]).toMatchObject({
      speakerId: MACRON,
      speaker: 'إيمانويل ماكرون',
      verb: 'قال',
      text: 'الاتحاد الأوروبي يجب أن يتحمل مسؤولياته',
      direct: false,
      article: { id: newer.id, url: 'https://b.example/newer', title: 'ماكرون وبوتين يتحدثان هاتفيا', site: 'b.example', publishedAt: '2022-09-30' },
    });
    for (const h of history.slice(1)) {
      expect(h.article).toEqual({ id: older.id, url: 'https://a.example/older', title: 'ماكرون والحل السياسي في سوريا', site: 'a.example', publishedAt: '2020-01-10' });
      expect(TEXT.macronSyria).toContain(h.prefix + h.text + h.suffix);
    }
    expect(history.slice(1).map((h) => h.text).sort()).toEqual(
      analyze(TEXT.macronSyria, g)
        .statements.map((s) => s.text)
        .sort(),
    );
    // Putin's history holds only his own statement from the shared article, not Macron's.
    const putin = await statementHistory(db, PUTIN);
    expect(putin.map((h) => h.text)).toEqual(['روسيا لا تريد التصعيد']);
    expect(await statementHistory(db, 'person:nobody-at-all')).toEqual([]);
  });

  it('paginates with offset and limit', async () => {
    const db = freshDb();
    await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/1', { publishedAt: '2020-01-10' }));
    await saveArticle(db, input(TEXT.macronPutinCall, 'https://a.example/2', { publishedAt: '2022-09-30' }));
    await saveArticle(db, input(TEXT.macronSyriaEdited.replace('الأسبوع المقبل', 'الشهر المقبل'), 'https://a.example/3', { publishedAt: '2021-05-05' }));
    const all = await statementHistory(db, MACRON);
    expect(all).toHaveLength(6);
    expect(await countStatementsBy(db, MACRON)).toBe(6);
    const dates = all.map((h) => h.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());

    const page1 = await statementHistory(db, MACRON, { limit: 4 });
    const page2 = await statementHistory(db, MACRON, { offset: 4, limit: 4 });
    expect(page1.map((h) => h.id)).toEqual(all.slice(0, 4).map((h) => h.id));
    expect(page2.map((h) => h.id)).toEqual(all.slice(4).map((h) => h.id));
    expect((await statementHistory(db, MACRON, { offset: 1, limit: 2 })).map((h) => h.id)).toEqual(all.slice(1, 3).map((h) => h.id));
    expect(await statementHistory(db, MACRON, { offset: 6 })).toEqual([]);
  });
});

describe('countArticlesFor / countStatementsBy', () => {
  it('count the articles mentioning an entity and the statements it made', async () => {
    const db = freshDb();
    await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/1'));
    await saveArticle(db, input(TEXT.macronPutinCall, 'https://a.example/2'));
    await saveArticle(db, input(TEXT.putinDamascus, 'https://a.example/3'));
    await saveArticle(db, input(TEXT.syriaRain, 'https://a.example/4'));
    expect(await countArticlesFor(db, MACRON)).toBe(2);
    expect(await countArticlesFor(db, PUTIN)).toBe(2);
    expect(await countArticlesFor(db, SYRIA)).toBe(3);
    expect(await countArticlesFor(db, ERDOGAN)).toBe(0);
    expect(await countStatementsBy(db, MACRON)).toBe(4);
    expect(await countStatementsBy(db, PUTIN)).toBe(3);
    expect(await countStatementsBy(db, SYRIA)).toBe(0);
    expect(await countStatementsBy(db, ERDOGAN)).toBe(0);
    // Saving the same article again does not count it twice.
    await saveArticle(db, input(TEXT.macronSyria, 'https://elsewhere.example/1'));
    expect(await countArticlesFor(db, MACRON)).toBe(2);
    expect(await countStatementsBy(db, MACRON)).toBe(4);
  });
});

describe('relatedToArticle', () => {
  it('ranks an article sharing a rare entity above one sharing only a common one', async () => {
    const db = freshDb();
    // Syria is in four of five articles; Ankara in two.
    const x = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/x'));
    const shareCommon = await saveArticle(db, input(TEXT.syriaRain, 'https://a.example/z'));
    const shareRare = await saveArticle(db, input(TEXT.erdoganBorder, 'https://a.example/y'));
    await saveArticle(db, input(TEXT.damascusFair, 'https://a.example/f1'));
    await saveArticle(db, input(TEXT.putinDamascus, 'https://a.example/f2'));

    const related = await relatedToArticle(db, x.id);
    expect(related.map((r) => r.id)).not.toContain(x.id);
    expect(related).toHaveLength(4);
    expect(related[0]).toMatchObject({ id: shareRare.id, shared: [ANKARA], mentions: 1, url: 'https://a.example/y' });
    const common = related.find((r) => r.id === shareCommon.id)!;
    expect(common.shared).toEqual([SYRIA]);
    expect(related.findIndex((r) => r.id === shareRare.id)).toBeLessThan(related.findIndex((r) => r.id === shareCommon.id));

    expect((await relatedToArticle(db, x.id, 1)).map((r) => r.id)).toEqual([shareRare.id]);
  });

  it('finds them through the rarest entities first, newest first, reading at most `reads` link rows, and scores each on all it shares', async () => {
    const db = freshDb();
    // Words standing for entities: «ألف» in few articles, «باء» in many (none over the common share).
    const save = (n: number, names: string[]) => {
      const text = `خبر ${n}\n\n${names.join(' و')} في الخبر رقم ${n}.`;
      const specs = names.map((name) => ({ id: `place:${name === 'ألف' ? 'alef' : name === 'باء' ? 'ba' : 'jim'}`, name, type: 'place' as const, mentions: [name] }));
      return saveArticle(db, { url: `https://a.example/${n}`, title: `خبر ${n}`, analysis: analysisOf(text, specs, []) });
    };
    const x = await save(0, ['ألف', 'باء']);
    const both = await save(1, ['ألف', 'باء']);
    const rareOnly = await save(2, ['ألف']);
    const commonOld = await save(3, ['باء', 'جيم']);
    for (let n = 4; n < 60; n++) await save(n, ['جيم']);
    const commonNew = await save(60, ['باء']);
    // Unbounded: everything that shares an entity, the article sharing both first.
    const all = await relatedToArticle(db, x.id);
    expect(all.map((r) => r.id)).toEqual([both.id, rareOnly.id, commonNew.id, commonOld.id]);
    expect(all[0]).toMatchObject({ shared: ['place:alef', 'place:ba'], mentions: 2 });
    // Two rows: «ألف»'s two newest, each article scored on all it shares («باء» too).
    expect((await relatedToArticle(db, x.id, 10, 2)).map((r) => [r.id, r.shared])).toEqual([
      [both.id, ['place:alef', 'place:ba']],
      [rareOnly.id, ['place:alef']],
    ]);
    // Four: «ألف»'s three rows (the article's own among them), then the newest of «باء».
    expect((await relatedToArticle(db, x.id, 10, 4)).map((r) => r.id)).toEqual([both.id, rareOnly.id, commonNew.id]);
  });

  it('returns nothing for an unknown article or an article sharing no entity', async () => {
    const db = freshDb();
    const erdogan = await saveArticle(db, input(TEXT.erdoganBorder, 'https://a.example/e'));
    await saveArticle(db, input(TEXT.syriaRain, 'https://a.example/r'));
    expect(await relatedToArticle(db, 987_654)).toEqual([]);
    expect(await relatedToArticle(db, erdogan.id)).toEqual([]);
  });
});

describe('deleteArticle', () => {
  it('removes the article, its statements and its links', async () => {
    const db = freshDb();
    const keep = await saveArticle(db, input(TEXT.macronPutinCall, 'https://a.example/keep', { publishedAt: '2022-01-01' }));
    const gone = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/gone', { publishedAt: '2023-01-01' }));
    expect(await countArticlesFor(db, MACRON)).toBe(2);

    expect(await deleteArticle(db, gone.id)).toBe(true);
    expect(await db.articles.get(gone.id)).toBeUndefined();
    expect((await statementRowsOf(db, gone.id)).length).toBe(0);
    expect((await linkRowsOf(db, gone.id)).length).toBe(0);
    expect(await countArticlesFor(db, MACRON)).toBe(1);
    expect(await countArticlesFor(db, ANKARA)).toBe(0);
    expect((await relatedArticles(db, MACRON)).map((a) => a.id)).toEqual([keep.id]);
    expect((await statementHistory(db, MACRON)).map((h) => h.article.id)).toEqual([keep.id]);
    // The other article is untouched.
    expect(await db.articles.get(keep.id)).toBeDefined();
    expect((await statementRowsOf(db, keep.id)).length).toBe(analyze(TEXT.macronPutinCall, g).statements.length);

    // Once deleted, the same text can be saved again as a new article.
    const back = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/gone'));
    expect(back.status).toBe('saved');
  });

  it('returns false for an unknown id and changes nothing', async () => {
    const db = freshDb();
    await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/1'));
    const before = [await db.articles.count(), (await allStatementRows(db)).length, (await allLinkRows(db)).length];
    expect(await deleteArticle(db, 424_242)).toBe(false);
    expect([await db.articles.count(), (await allStatementRows(db)).length, (await allLinkRows(db)).length]).toEqual(before);
  });
});

describe('a failing save', () => {
  /** The analysis of `text` with a statement holding a function: IndexedDB cannot clone it, so bulkAdd of the statements throws. */
  function poisoned(text: string): Analysis {
    const a = analyze(text, g);
    expect(a.statements.length).toBeGreaterThan(0);
    const [first, ...rest] = a.statements;
    return { ...a, statements: [{ ...first!, verb: (() => 'قال') as unknown as string }, ...rest] };
  }

  it('leaves nothing half-saved: no article without its statements, no links', async () => {
    const db = freshDb();
    await expect(saveArticle(db, { url: 'https://a.example/bad', title: 't', analysis: poisoned(TEXT.macronSyria) })).rejects.toThrow(/clone/i);
    expect(await db.articles.count()).toBe(0);
    expect((await allStatementRows(db)).length).toBe(0);
    expect((await allLinkRows(db)).length).toBe(0);
    // The database is still usable, and the article can be saved properly afterwards.
    const ok = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/bad'));
    expect(ok.status).toBe('saved');
    expect((await allStatementRows(db)).length).toBe(3);
  });

  it('keeps the previous version intact when an update fails', async () => {
    const db = freshDb();
    const url = 'https://a.example/story';
    const first = await saveArticle(db, input(TEXT.macronSyria, url));
    const statementsBefore = await allStatementRows(db);
    const linksBefore = await allLinkRows(db);
    await expect(saveArticle(db, { url, title: 't', analysis: poisoned(TEXT.macronSyriaEdited) })).rejects.toThrow(/clone/i);
    expect((await db.articles.get(first.id))!.text).toBe(TEXT.macronSyria);
    expect(await db.articles.count()).toBe(1);
    expect(await allStatementRows(db)).toEqual(statementsBefore);
    expect(await allLinkRows(db)).toEqual(linksBefore);
  });

  it('says the disk is full when the browser refuses the write, and keeps what was stored', async () => {
    const db = freshDb();
    const first = await saveArticle(db, input(TEXT.putinDamascus, 'https://a.example/first'));
    const before = { statements: await allStatementRows(db), links: await allLinkRows(db), counts: await allCounts(db) };
    // The browser refuses every write, as IndexedDB does when the disk or quota is full.
    await withFullDisk(async () => {
      const full = saveArticle(db, input(TEXT.macronSyria, 'https://a.example/second'));
      await expect(full).rejects.toMatchObject({ name: STORAGE_FULL, message: expect.stringMatching(/no room left/) });
    });
    // Nothing of the refused article is stored; the first article is whole.
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get(first.id))!.text).toBe(TEXT.putinDamascus);
    expect(await allStatementRows(db)).toEqual(before.statements);
    expect(await allLinkRows(db)).toEqual(before.links);
    expect(await allCounts(db)).toEqual(before.counts);
    // With room again, the same article saves.
    expect((await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/second'))).status).toBe('saved');
  });

  it('rejects on a closed database without writing anything', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = freshDb(name);
    await db.open();
    db.close();
    await expect(saveArticle(db, input(TEXT.macronSyria, 'https://a.example/closed'))).rejects.toThrow(/closed/i);
    const reopened = freshDb(name);
    expect(await reopened.articles.count()).toBe(0);
    expect((await allStatementRows(reopened)).length).toBe(0);
  });
});

describe('reopening', () => {
  it('opens a saved database again and keeps its data (schema.test.ts opens the older shapes)', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = freshDb(name);
    const saved = await saveArticle(db, input(TEXT.macronSyria, 'https://a.example/v1', { publishedAt: '2019-01-03' }));
    await saveArticle(db, input(TEXT.putinDamascus, 'https://a.example/v1b', { publishedAt: '2019-01-04' }));
    const counts = [await db.articles.count(), (await allStatementRows(db)).length, (await allLinkRows(db)).length];
    expect(db.verno).toBe(CORPUS_VERSION);
    db.close();

    const again = freshDb(name);
    await again.open();
    expect(again.verno).toBe(CORPUS_VERSION);
    expect([await again.articles.count(), (await allStatementRows(again)).length, (await allLinkRows(again)).length]).toEqual(counts);
    expect((await again.articles.get(saved.id))!.text).toBe(TEXT.macronSyria);
    expect((await relatedArticles(again, SYRIA)).map((a) => a.url)).toEqual(['https://a.example/v1b', 'https://a.example/v1']);
    expect(await countStatementsBy(again, MACRON)).toBe(3);
    // Re-saving the same article into the reopened database is recognised.
    expect(await saveArticle(again, input(TEXT.macronSyria, 'https://a.example/v1'))).toEqual({ status: 'unchanged', id: saved.id });
  });
});

/**
 * The statement contract's fields (speaker kind and phrase, verb offsets and class, joint subjects)
 * and discovered actors, on analyses built by hand (test-fixtures.ts): what the contract allows,
 * whatever the analyzer finds today.
 */
describe('statements of the contract', () => {
  const fixture = (f: typeof JAKARTA, extra: Partial<ArticleInput> = {}): ArticleInput => {
    const analysis = f.analysis();
    return { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis, ...extra };
  };

  it('stores the speaker kind and phrase, the verb offsets and class of every statement', async () => {
    const db = freshDb();
    const { analysis } = fixture(JAKARTA);
    const { id } = await saveArticle(db, fixture(JAKARTA));
    const rows = await statementRowsOf(db, id);
    const bishop = rows.filter((r) => r.speakerId === BISHOP);
    expect(bishop.map((r) => [r.verb, r.verbClass, r.speakerKind])).toEqual([
      ['قالت', 'states', 'discovered'],
      ['حذرت', 'warns', 'discovered'],
    ]);
    for (const r of rows) {
      const s = analysis.statements.find((x) => x.start === r.start)!;
      expect(analysis.text.slice(r.verbStart!, r.verbEnd!)).toBe(r.verb);
      expect(r.verbClass).toBe(s.verbClass);
      if (!r.speakers) expect([r.speakerStart, r.speakerEnd]).toEqual([s.speakerStart, s.speakerEnd]);
    }
    expect(analysis.text.slice(bishop[0]!.speakerStart!, bishop[0]!.speakerEnd!)).toBe('جولي بيشوب');
    // An unnamed source: one row, under ''.
    expect(rows.filter((r) => r.speakerId === '')).toMatchObject([{ speaker: 'مسؤول أمريكي كبير', speakerKind: 'unnamed', verbClass: 'states' }]);
  });

  it('stores a joint statement once per member, each row carrying every member', async () => {
    const db = freshDb();
    const { analysis } = fixture(JAKARTA);
    const { id } = await saveArticle(db, fixture(JAKARTA));
    const joint = (await statementRowsOf(db, id)).filter((r) => r.speakers);
    expect(joint.map((r) => [r.speakerId, r.speaker, r.speakerKind])).toEqual([
      [FRANCE, 'فرنسا', 'entity'],
      [UK, 'بريطانيا', 'entity'],
    ]);
    const members = analysis.statements[2]!.speakers!;
    for (const r of joint) {
      expect(r.speakers).toEqual(members);
      expect(r.text).toBe('الحل يجب أن يكون سياسيا');
      // Each row's speaker phrase is its member's.
      expect(analysis.text.slice(r.speakerStart!, r.speakerEnd!)).toBe(r.speaker);
    }
    // Each member's history has it; the counters count one statement for each.
    for (const member of [FRANCE, UK]) {
      const h = await statementHistory(db, member);
      expect(h.map((e) => e.text)).toEqual(['الحل يجب أن يكون سياسيا']);
      expect(h[0]!.speakers!.map((m) => m.id)).toEqual([FRANCE, UK]);
      expect(await countStatementsBy(db, member)).toBe(1);
    }
    expect(await countStatementsBy(db, BISHOP)).toBe(2);
  });

  it('stores a joint statement whose members have no id once, under no speaker', async () => {
    const db = freshDb();
    const text = 'تحذير\n\nوقال مسؤولون أمريكيون ودبلوماسيون أوروبيون إن المهلة انتهت.';
    const analysis = analysisOf(text, [], [
      {
        speakers: [
          { phrase: 'مسؤولون أمريكيون', id: null, kind: 'unnamed' },
          { phrase: 'دبلوماسيون أوروبيون', id: null, kind: 'unnamed' },
        ],
        verb: 'قال',
        content: 'المهلة انتهت',
      },
    ]);
    await saveArticle(db, { url: 'https://a.example/unnamed', title: 'تحذير', analysis });
    const rows = await allStatementRows(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ speakerId: '', speaker: 'مسؤولون أمريكيون', speakerKind: 'unnamed', speakers: analysis.statements[0]!.speakers });
  });

  it('keeps the discovered actors of saved articles: forms united, the latest role, first and last dates', async () => {
    const db = freshDb();
    await saveArticle(db, fixture(JAKARTA));
    expect(await db.discovered.toArray()).toEqual([
      { id: BISHOP, type: 'person', name: 'جولي بيشوب', forms: ['جولي بيشوب', 'بيشوب'], role: 'وزيرة الخارجية الأسترالية', firstSeen: '2019-03-01', lastSeen: '2019-03-01' },
    ]);
    await saveArticle(db, fixture(DENIAL));
    expect(await db.discovered.get(BISHOP)).toEqual({
      id: BISHOP,
      type: 'person',
      name: 'جولي بيشوب',
      forms: ['جولي بيشوب', 'بيشوب', 'جولى بيشوب'],
      role: 'وزيرة الخارجية',
      firstSeen: '2019-03-01',
      lastSeen: '2019-06-15',
    });
    // An article with no role for her changes no role; the others' entities are not discovered actors.
    await saveArticle(db, fixture(CANBERRA));
    expect((await db.discovered.get(BISHOP))!).toMatchObject({ role: 'وزيرة الخارجية', lastSeen: '2019-09-09' });
    expect((await db.discovered.toArray()).map((d) => d.id)).toEqual([BISHOP]);
    expect(await discoveredActors(db)).toHaveLength(1);
    // Like any entity: her articles and her statements.
    expect((await relatedArticles(db, BISHOP)).map((a) => a.url)).toEqual([CANBERRA.url, DENIAL.url, JAKARTA.url]);
    expect((await statementHistory(db, BISHOP)).map((h) => h.verb)).toEqual(['قالت', 'أضافت', 'نفت', 'أكدت', 'دعت', 'قالت', 'حذرت']);
  });

  it('keeps the role of the latest-dated article, whatever order the articles are saved in', async () => {
    const db = freshDb();
    await saveArticle(db, fixture(DENIAL));
    await saveArticle(db, fixture(JAKARTA));
    expect(await db.discovered.get(BISHOP)).toMatchObject({ role: 'وزيرة الخارجية', firstSeen: '2019-03-01', lastSeen: '2019-06-15' });
  });

  it('forgets a discovered actor when the last article naming it is deleted or no longer names it', async () => {
    const db = freshDb();
    const jakarta = await saveArticle(db, fixture(JAKARTA));
    const denial = await saveArticle(db, fixture(DENIAL));
    await deleteArticle(db, denial.id);
    // Still named by the other: its dates follow the articles left.
    expect(await db.discovered.get(BISHOP)).toMatchObject({ firstSeen: '2019-03-01', lastSeen: '2019-03-01' });
    await deleteArticle(db, jakarta.id);
    expect(await db.discovered.count()).toBe(0);

    // An update of the article that drops her.
    await saveArticle(db, fixture(JAKARTA));
    const edited = analysisOf('بريطانيا تحذر\n\nوحذرت بريطانيا من تصاعد العنف.', [{ id: UK, name: 'بريطانيا', type: 'place', mentions: ['بريطانيا', 'بريطانيا'] }], [
      { speakers: [{ phrase: 'بريطانيا', id: UK, kind: 'entity' }], verb: 'حذرت', content: 'من تصاعد العنف' },
    ]);
    expect((await saveArticle(db, { url: JAKARTA.url, title: 'بريطانيا تحذر', analysis: edited })).status).toBe('updated');
    expect(await db.discovered.count()).toBe(0);
    expect(await statementHistory(db, BISHOP)).toEqual([]);
  });

  it('stores nothing of a discovered actor when the save fails', async () => {
    const db = freshDb();
    await saveArticle(db, fixture(JAKARTA));
    const before = await db.discovered.toArray();
    await withFullDisk(async () => {
      await expect(saveArticle(db, fixture(DENIAL))).rejects.toMatchObject({ name: STORAGE_FULL });
    });
    expect(await db.discovered.toArray()).toEqual(before);
    expect(await db.articles.count()).toBe(1);
  });
});

describe('statementHistory by verb class', () => {
  async function bishopCorpus() {
    const db = freshDb();
    for (const f of [JAKARTA, DENIAL, CANBERRA]) {
      const analysis = f.analysis();
      await saveArticle(db, { url: f.url, title: analysis.text.split('\n', 1)[0]!, publishedAt: f.publishedAt, analysis });
    }
    return db;
  }
  const verbs = (h: HistoryEntry[]) => h.map((e) => e.verb);

  it('gives only the statements of the classes asked, in the history order', async () => {
    const db = await bishopCorpus();
    expect(verbs(await statementHistory(db, BISHOP))).toEqual(['قالت', 'أضافت', 'نفت', 'أكدت', 'دعت', 'قالت', 'حذرت']);
    expect(verbs(await statementHistory(db, BISHOP, { verbClasses: ['states'] }))).toEqual(['قالت', 'أضافت', 'قالت']);
    expect(verbs(await statementHistory(db, BISHOP, { verbClasses: ['warns', 'denies'] }))).toEqual(['نفت', 'حذرت']);
    expect(verbs(await statementHistory(db, BISHOP, { verbClasses: ['denies', 'affirms', 'calls-for'] }))).toEqual(['نفت', 'أكدت', 'دعت']);
    expect(await statementHistory(db, BISHOP, { verbClasses: ['threatens'] })).toEqual([]);
    // No class, or every class, is no filter.
    expect(verbs(await statementHistory(db, BISHOP, { verbClasses: [] }))).toHaveLength(7);
    expect(verbs(await statementHistory(db, BISHOP, { verbClasses: [...VERB_CLASSES] }))).toHaveLength(7);
  });

  it('paginates a filtered history', async () => {
    const db = await bishopCorpus();
    const classes: VerbClass[] = ['states', 'denies', 'warns'];
    const all = await statementHistory(db, BISHOP, { verbClasses: classes });
    expect(verbs(all)).toEqual(['قالت', 'أضافت', 'نفت', 'قالت', 'حذرت']);
    expect((await statementHistory(db, BISHOP, { verbClasses: classes, limit: 2 })).map((h) => h.id)).toEqual(all.slice(0, 2).map((h) => h.id));
    expect((await statementHistory(db, BISHOP, { verbClasses: classes, offset: 2, limit: 2 })).map((h) => h.id)).toEqual(all.slice(2, 4).map((h) => h.id));
    expect((await statementHistory(db, BISHOP, { verbClasses: classes, offset: 4 })).map((h) => h.id)).toEqual(all.slice(4).map((h) => h.id));
  });

  it('gives each entry its verb class, speaker kind and, when joint, its members', async () => {
    const db = await bishopCorpus();
    const h = await statementHistory(db, BISHOP);
    expect(h.map((e) => [e.verbClass, e.speakerKind])).toEqual([
      ['states', 'discovered'],
      ['states', 'discovered'],
      ['denies', 'discovered'],
      ['affirms', 'title'],
      ['calls-for', 'discovered'],
      ['states', 'discovered'],
      ['warns', 'discovered'],
    ]);
    expect(h[0]!.speakers!.map((m) => [m.id, m.name, m.kind])).toEqual([
      [AUSTRALIA, 'أستراليا', 'entity'],
      [BISHOP, 'جولي بيشوب', 'discovered'],
    ]);
    expect(h[1]).not.toHaveProperty('speakers');
  });
});
