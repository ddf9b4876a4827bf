import { describe, expect, it } from 'vitest';
import type { PaintedEntity } from '../analyze/page';
import type { ArticleEntity } from '../analyze/page';
import { articleLines, lineEdit, mentionCounts, patchArticle, recount, spliceMentions } from './edits';

const TEXT = ['لافروف يصل إلى جنيف', 'عاجل: التحديث رقم 1 من موسكو', 'قال سيرغي لافروف في جنيف إن المحادثات مستمرة.', 'وأضاف أن موسكو تدعم الحل السياسي.', ''].join('\n');
const TICKED = TEXT.replace('رقم 1 من موسكو', 'رقم 12 من أنقرة وموسكو');

describe('lineEdit', () => {
  it('gives the whole lines between the first and the last difference', () => {
    const edit = lineEdit(TEXT, TICKED)!;
    expect(TEXT.slice(edit.start, edit.oldEnd)).toBe('عاجل: التحديث رقم 1 من موسكو');
    expect(TICKED.slice(edit.start, edit.newEnd)).toBe('عاجل: التحديث رقم 12 من أنقرة وموسكو');
    expect(TEXT.slice(edit.oldEnd)).toBe(TICKED.slice(edit.newEnd));
  });

  it('nothing for the same text; lines added at the end; the first line changed', () => {
    expect(lineEdit(TEXT, TEXT)).toBeUndefined();
    const longer = `${TEXT}وفي آخر المستجدات وصل غوتيريش.\n`;
    const added = lineEdit(TEXT, longer)!;
    expect(longer.slice(added.start, added.newEnd).trim()).toBe('وفي آخر المستجدات وصل غوتيريش.');
    expect(TEXT.slice(added.start, added.oldEnd)).toBe('');
    const first = lineEdit(TEXT, `تحديث: ${TEXT}`)!;
    expect(first.start).toBe(0);
    expect(TEXT.slice(first.start, first.oldEnd)).toBe('لافروف يصل إلى جنيف');
  });

  it('finds the line that changed in the middle of a long text (compared a chunk at a time)', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `السطر ${i} من النص الطويل`);
    const before = lines.join('\n');
    const after = before.replace('السطر 1717 من', 'السطر 1717 والأخير من');
    const edit = lineEdit(before, after)!;
    expect(before.slice(edit.start, edit.oldEnd)).toBe('السطر 1717 من النص الطويل');
    expect(after.slice(edit.start, edit.newEnd)).toBe('السطر 1717 والأخير من النص الطويل');
  });

  it('an edit that keeps some of a line (a digit added to a number) still covers the whole line', () => {
    const edit = lineEdit('أ\nرقم 1 اليوم\nب', 'أ\nرقم 12 اليوم\nب')!;
    expect(edit).toEqual({ start: 2, oldEnd: 13, newEnd: 14 });
  });
});

describe('spliceMentions', () => {
  const moscow = (mentions: PaintedEntity['mentions']): PaintedEntity => ({ id: 'place:moscow', name: 'موسكو', nameEn: 'Moscow', type: 'place', gender: 'f', mentions });
  const ankara = (mentions: PaintedEntity['mentions']): PaintedEntity => ({ id: 'place:ankara', name: 'أنقرة', nameEn: 'Ankara', type: 'place', gender: 'f', mentions });

  it('keeps the mentions before the edit, moves those after it, and puts the edited lines’ own in between', () => {
    const at = (text: string, word: string, from = 0) => [text.indexOf(word, from), text.indexOf(word, from) + word.length] as [number, number];
    const edit = lineEdit(TEXT, TICKED)!;
    const before = [moscow([at(TEXT, 'موسكو'), at(TEXT, 'موسكو', TEXT.indexOf('وأضاف'))])];
    const line = TICKED.slice(edit.start, edit.newEnd);
    const inside = [moscow([at(line, 'موسكو')]), ankara([at(line, 'أنقرة')])];
    const after = spliceMentions(before, edit, inside);
    const words = after.flatMap((e) => e.mentions.map((m) => TICKED.slice(m[0], m[1])));
    expect(words.sort()).toEqual(['أنقرة', 'موسكو', 'موسكو']);
    expect(after.find((e) => e.id === 'place:moscow')!.mentions).toEqual([at(TICKED, 'موسكو'), at(TICKED, 'موسكو', TICKED.indexOf('وأضاف'))]);
    // The user's own mark travels with a moved mention.
    expect(spliceMentions([moscow([[90, 95, 1]])], { start: 0, oldEnd: 10, newEnd: 12 }, [])[0]!.mentions).toEqual([[92, 97, 1]]);
  });

  it('drops an entity whose only mention was in the edited lines', () => {
    const edit = lineEdit(TEXT, TICKED)!;
    expect(spliceMentions([moscow([[edit.start + 24, edit.start + 29]])], edit, [])).toEqual([]);
  });

  it('counts the article’s entities again by what the painted counts changed by: counts moved, a new entity listed, one with none left dropped', () => {
    const entities: ArticleEntity[] = [
      { id: 'place:moscow', name: 'موسكو', nameEn: 'Moscow', type: 'place', gender: 'f', count: 4 },
      { id: 'person:sergei-lavrov', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'person', gender: 'm', count: 1 },
    ];
    const lavrov: PaintedEntity = { ...entities[1]!, mentions: [[0, 12]] };
    delete (lavrov as Partial<ArticleEntity>).count;
    const before = mentionCounts([moscow([[0, 5]]), lavrov]);
    // The same names: the same list.
    expect(recount(entities, before, mentionCounts([moscow([[9, 14]]), lavrov]), [])).toEqual(entities);
    // Moscow twice more, Ankara once, Lavrov no longer.
    const painted = [moscow([[0, 5], [9, 14], [20, 25]]), ankara([[30, 35]])];
    expect(recount(entities, before, mentionCounts(painted), painted)).toEqual([
      { ...entities[0], count: 6 },
      { id: 'place:ankara', name: 'أنقرة', nameEn: 'Ankara', type: 'place', gender: 'f', count: 1 },
    ]);
  });

  it('a discovered actor’s count changed: undefined (its id is the text’s own; the article is read again)', () => {
    const found: PaintedEntity = { id: 'person:found-x', name: 'عباس', nameEn: '', type: 'person', gender: 'm', discovered: true, mentions: [[0, 4]] };
    expect(recount([], new Map(), mentionCounts([found]), [found])).toBeUndefined();
  });
});

describe('patchArticle', () => {
  const article = 'لافروف يصل إلى جنيف\n\nعاجل: التحديث رقم 1 من موسكو\n\nقال سيرغي لافروف في جنيف إن المحادثات مستمرة.\n\nوأضاف أن موسكو تدعم الحل السياسي.';

  it('replaces the lines the page replaced, spaces tidied as the article writes them', () => {
    const patched = patchArticle(article, articleLines('  عاجل: التحديث   رقم 1 من موسكو '), articleLines('عاجل: التحديث رقم 2 من أنقرة'));
    expect(patched).toBe(article.replace('رقم 1 من موسكو', 'رقم 2 من أنقرة'));
  });

  it('lines of the page that the article leaves out: the article is unchanged', () => {
    expect(patchArticle(article, ['شارك 12 واتساب'], ['شارك 13 واتساب'])).toBe('unchanged');
  });

  it('several lines, blank lines between them in the article, replaced by more; or taken away', () => {
    const before = ['قال سيرغي لافروف في جنيف إن المحادثات مستمرة.', 'وأضاف أن موسكو تدعم الحل السياسي.'];
    expect(patchArticle(article, before, ['أ', 'ب', 'ج'])).toBe(article.replace(before.join('\n\n'), 'أ\n\nب\n\nج'));
    expect(patchArticle(article, before, [])).toBe('لافروف يصل إلى جنيف\n\nعاجل: التحديث رقم 1 من موسكو');
  });

  it('cannot tell (the article is read again): a line found twice, found in part, the title, or nothing replaced to place new lines by', () => {
    expect(patchArticle(`${article}\n\nوأضاف أن موسكو تدعم الحل السياسي.`, ['وأضاف أن موسكو تدعم الحل السياسي.'], ['x'])).toBeUndefined();
    expect(patchArticle(article, ['وأضاف أن موسكو تدعم الحل السياسي.', 'سطر ليس في المقال'], ['x'])).toBeUndefined();
    expect(patchArticle(article, ['لافروف يصل إلى جنيف'], ['عنوان جديد'])).toBeUndefined();
    expect(patchArticle(article, [], ['سطر جديد'])).toBeUndefined();
  });
});
