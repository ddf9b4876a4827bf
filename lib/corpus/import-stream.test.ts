import { describe, expect, it } from 'vitest';
import { ImportCheck, LineReader, MAX_PROBLEMS } from './import-stream';
import { FORMAT, FORMAT_VERSION } from './transfer';

const HEADER = JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, exportedAt: '2026-11-30T00:00:00.000Z' });

describe('LineReader', () => {
  it('numbers the lines of text cut anywhere, a line split across parts read once, a BOM and CRLF dropped', () => {
    const r = new LineReader();
    const out = [...r.push('\uFEFFfir'), ...r.push('st\r\nsec'), ...r.push('ond\n'), ...r.push('third'), ...r.end()];
    expect(out).toEqual([
      { n: 1, text: 'first' },
      { n: 2, text: 'second' },
      { n: 3, text: 'third' },
    ]);
  });
});

describe('ImportCheck', () => {
  it('reports problems by their line in the whole file, whatever the parts, and counts the articles', () => {
    const article = JSON.stringify({ type: 'article', url: 'https://news.example/a', title: 'خبر', text: 'نص' });
    const file = [HEADER, article, '{broken', article.replace('https://', 'javascript:'), ''].join('\n');
    for (const size of [1, 7, 50, file.length]) {
      const check = new ImportCheck();
      for (let at = 0; at < file.length; at += size) check.push(file.slice(at, at + size));
      const result = check.end();
      expect(result.problems.map((p) => p.line), String(size)).toEqual([3, 4]);
      expect(result.articles).toBe(1);
    }
  });

  it('keeps the first problems of a broken file of any length, and counts them all', () => {
    const check = new ImportCheck();
    check.push('x\n'.repeat(MAX_PROBLEMS * 3));
    const result = check.end();
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.problemCount).toBe(MAX_PROBLEMS * 3);
  });

  it('says an empty file is empty', () => {
    const check = new ImportCheck();
    check.push('\n\n');
    expect(check.end().problems).toEqual([{ line: 1, message: 'the file is empty' }]);
  });
});
