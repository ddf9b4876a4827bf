// @vitest-environment node
/**
 * The command line (cli/marsad.ts), run as a child process the way a user runs it:
 * `node --import tsx cli/marsad.ts analyze|corpus [--json] FILE...`.
 * The input files are written here, in a temporary directory; their texts are the tests' own.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SPEAKER_KINDS, VERB_CLASSES } from '../lib/analyze/types';
import { openCorpus } from '../lib/corpus/schema';
import { AUSTRALIA, BISHOP, CANBERRA, DENIAL, FRANCE, JAKARTA, UK } from '../lib/corpus/test-fixtures';
import { importCorpus } from '../lib/corpus/transfer';
import { parseArgs, USAGE } from './args';
import { corpusEntities, saveAll, type Analysed } from './corpus';
import type { InputArticle } from './input';
import { analysisJson } from './json';
import { printAnalysis, printCorpusEntity } from './print';
import { allLinkRows, allStatementRows } from '../lib/corpus/sets';

/** The project root: this file is cli/cli.test.ts. */
const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function marsad(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'cli/marsad.ts', ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

const jsonLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

interface MentionJson {
  start: number;
  end: number;
  text: string;
}
interface EntityJson {
  id: string;
  name: string;
  nameEn: string;
  type: string;
  mentions: MentionJson[];
  discovered?: true;
  role?: string;
}
interface SpeakerJson {
  id: string | null;
  name: string;
  kind: string;
  start: number;
  end: number;
}
interface StatementJson {
  speakerId: string | null;
  speaker: string;
  speakerKind: string;
  speakerStart: number;
  speakerEnd: number;
  verb: string;
  verbStart: number;
  verbEnd: number;
  verbClass: string;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  sentenceStart: number;
  sentenceEnd: number;
  speakers?: SpeakerJson[];
}
interface AnalysisJson {
  source: string;
  title: string;
  language: string;
  isArabicNews: boolean;
  publishedAt: string | null;
  site: string | null;
  text: string;
  entities: EntityJson[];
  statements: StatementJson[];
}
interface CorpusEntityJson {
  id: string;
  name: string;
  type: string;
  articles: string[];
  statements: {
    source: string;
    verb: string;
    text: string;
    direct: boolean;
    publishedAt: string;
    speaker: string;
    speakerKind: string;
    speakerStart: number | null;
    speakerEnd: number | null;
    verbStart: number | null;
    verbEnd: number | null;
    verbClass: string;
    speakers?: SpeakerJson[];
  }[];
  discovered?: true;
  role?: string;
}

/** The keys of a statement of `analyze --json`, in order: DESIGN.md's, then the ones it does not list. */
const STATEMENT_KEYS = [
  'speakerId',
  'speaker',
  'speakerKind',
  'speakerStart',
  'speakerEnd',
  'verb',
  'verbStart',
  'verbEnd',
  'verbClass',
  'text',
  'start',
  'end',
  'direct',
  'sentenceStart',
  'sentenceEnd',
];
/** The keys of a statement of `corpus --json`, in order. */
const CORPUS_STATEMENT_KEYS = ['source', 'verb', 'text', 'direct', 'publishedAt', 'speaker', 'speakerKind', 'speakerStart', 'speakerEnd', 'verbStart', 'verbEnd', 'verbClass'];

const MACRON = 'person:emmanuel-macron';
const PUTIN = 'person:vladimir-putin';

const MACRON_TXT = `ماكرون والحل السياسي في سوريا
وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستواصل دعم الحل السياسي في سوريا. وأضاف أن باريس تنسق مع أنقرة بشأن الوضع في شمال البلاد. وتابع أن الحرب يجب أن تنتهي.
`;

const MACRON_PUTIN_TXT = `ماكرون وبوتين يتحدثان هاتفيا

قال ماكرون إن الاتحاد الأوروبي يجب أن يتحمل مسؤولياته. وذكر بوتين أن روسيا لا تريد التصعيد.
`;

/** Headlines of the page's "related articles" box: page furniture, not the article. */
const RELATED = [
  'أردوغان يلتقي زيلينسكي في إسطنبول لبحث ملف الحبوب',
  'ميركل تودع المستشارية بعد ستة عشر عاما في برلين',
  'بايدن يعلن خطة جديدة للبنية التحتية في واشنطن',
];

const PAGE_HTML = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>بوتين يبحث مع وفد سوري الوضع في سوريا | أخبار المرصد</title>
<meta property="og:title" content="بوتين يبحث مع وفد سوري الوضع في سوريا">
<meta property="og:site_name" content="أخبار المرصد">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2021-03-15T09:30:00+03:00">
<link rel="canonical" href="https://news.example.com/2021/03/putin-syria">
</head>
<body>
<header>
<nav><ul>
<li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/opinion">مقالات الرأي</a></li>
</ul></nav>
</header>
<main>
<article>
<h1>بوتين يبحث مع وفد سوري الوضع في سوريا</h1>
<p>استقبل الرئيس الروسي فلاديمير بوتين في موسكو يوم الاثنين وفدا رسميا قادما من دمشق، وبحث الجانبان التطورات الميدانية والسياسية في سوريا وسبل دعم الاستقرار في المنطقة خلال المرحلة المقبلة.</p>
<p>وقال بوتين إن روسيا ستواصل دعم الحل السياسي في سوريا، وإن الحوار بين الأطراف السورية هو الطريق الوحيد لإنهاء الأزمة التي طال أمدها. وأضاف أن بلاده مستعدة للمساعدة في إعادة الإعمار وفي عودة اللاجئين إلى مدنهم وقراهم.</p>
<p>من جهته، أكد وزير الخارجية الروسي سيرغي لافروف أن موسكو على تواصل دائم مع أنقرة وطهران بشأن الوضع في شمال سوريا، مشيرا إلى أن اجتماعا ثلاثيا سيعقد قريبا لبحث الملفات العالقة بين الدول الثلاث.</p>
<p>ويأتي هذا اللقاء بعد أسابيع من التوتر في محافظة إدلب، حيث تتبادل الأطراف الاتهامات بخرق الهدنة، فيما تدعو الأمم المتحدة إلى وقف شامل لإطلاق النار وإلى إيصال المساعدات الإنسانية دون عوائق إلى المدنيين.</p>
</article>
<aside class="related">
<h2>مقالات ذات صلة</h2>
<ul>
${RELATED.map((h, i) => `<li><a href="/related/${i}">${h}</a></li>`).join('\n')}
</ul>
</aside>
</main>
<footer><p>جميع الحقوق محفوظة © أخبار المرصد 2021</p><a href="/privacy">سياسة الخصوصية</a> <a href="/contact">اتصل بنا</a></footer>
</body>
</html>
`;

const ENGLISH_TXT = `France says it will keep backing talks on Syria
The French president said on Monday that France would keep supporting a political solution in Syria, and that talks with Ankara were continuing.
`;

let dir: string;
const file: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marsad-cli-test-'));
  file.txt = join(dir, 'macron.txt');
  file.txt2 = join(dir, 'macron-putin.txt');
  file.html = join(dir, 'putin-syria.html');
  file.missing = join(dir, 'does-not-exist.txt');
  file.binary = join(dir, 'noise.txt');
  file.empty = join(dir, 'empty.txt');
  file.blank = join(dir, 'blank.txt');
  file.english = join(dir, 'english.txt');
  // A directory stands for the pages under it; one with none is reported.
  file.noPages = join(dir, 'no-pages');
  await (await import('node:fs/promises')).mkdir(file.noPages);
  await writeFile(file.txt, MACRON_TXT);
  await writeFile(file.txt2, MACRON_PUTIN_TXT);
  await writeFile(file.html, PAGE_HTML);
  const noise = randomBytes(2048);
  for (let i = 0; i < noise.length; i += 97) noise[i] = 0;
  await writeFile(file.binary, noise);
  await writeFile(file.empty, '');
  await writeFile(file.blank, '  \n\n \t \n');
  await writeFile(file.english, ENGLISH_TXT);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function checkOffsets(a: AnalysisJson) {
  for (const e of a.entities) {
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(a.text.slice(m.start, m.end), `${e.id} mention at ${m.start}`).toBe(m.text);
    }
  }
  for (const s of a.statements) {
    expect(a.text.slice(s.start, s.end), `statement at ${s.start}`).toBe(s.text);
    expect(a.text.slice(s.verbStart, s.verbEnd), `verb at ${s.verbStart}`).toBe(s.verb);
    if (s.speakerStart >= 0) expect(s.speakerEnd).toBeGreaterThan(s.speakerStart);
    for (const m of s.speakers ?? []) if (m.start >= 0) expect(m.end).toBeGreaterThan(m.start);
  }
}

function checkShape(a: AnalysisJson) {
  expect(Object.keys(a).sort()).toEqual(
    ['entities', 'isArabicNews', 'language', 'publishedAt', 'site', 'source', 'statements', 'text', 'title'].sort(),
  );
  expect(typeof a.title).toBe('string');
  expect(a.language).toBe('arb');
  expect(typeof a.isArabicNews).toBe('boolean');
  expect(a.publishedAt === null || /^\d{4}-\d{2}-\d{2}$/.test(a.publishedAt)).toBe(true);
  expect(a.site === null || typeof a.site === 'string').toBe(true);
  expect(typeof a.text).toBe('string');
  for (const e of a.entities) {
    expect(Object.keys(e)).toEqual(['id', 'name', 'nameEn', 'type', 'mentions', ...(e.discovered ? ['discovered'] : []), ...(e.role !== undefined ? ['role'] : [])]);
    expect(e).toMatchObject({ id: expect.any(String), name: expect.any(String), nameEn: expect.any(String), type: expect.any(String), mentions: expect.any(Array) });
    expect(['person', 'organization', 'place']).toContain(e.type);
    for (const m of e.mentions) expect(m).toEqual({ start: expect.any(Number), end: expect.any(Number), text: expect.any(String) });
  }
  for (const s of a.statements) {
    // DESIGN.md's keys in its order, the joint subject's members last when there are several.
    expect(Object.keys(s)).toEqual([...STATEMENT_KEYS, ...(s.speakers ? ['speakers'] : [])]);
    expect(s.speakerId === null || typeof s.speakerId === 'string').toBe(true);
    expect(typeof s.speaker).toBe('string');
    expect(SPEAKER_KINDS).toContain(s.speakerKind);
    expect(VERB_CLASSES).toContain(s.verbClass);
    for (const k of ['speakerStart', 'speakerEnd', 'verbStart', 'verbEnd', 'sentenceStart', 'sentenceEnd'] as const) expect(Number.isInteger(s[k]), k).toBe(true);
    expect(typeof s.verb).toBe('string');
    expect(typeof s.direct).toBe('boolean');
  }
}

describe('marsad analyze --json', () => {
  let run: Run;
  let out: AnalysisJson[];
  const bad = () => [file.missing!, file.binary!, file.empty!, file.english!, file.noPages!];

  beforeAll(async () => {
    // Good and bad files interleaved: the bad ones must not stop the others.
    run = await marsad('analyze', '--json', file.txt!, file.missing!, file.html!, file.binary!, file.empty!, file.english!, file.noPages!);
    out = run.stdout.trim() ? (jsonLines(run.stdout) as unknown as AnalysisJson[]) : [];
  }, 60_000);

  it('prints one JSON object per line, per good file, in the order given', () => {
    expect(run.stdout.endsWith('\n')).toBe(true);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    expect(out.map((a) => a.source)).toEqual([file.txt, file.html]);
  });

  it('gives every object the fields of DESIGN.md', () => {
    for (const a of out) checkShape(a);
  });

  it('has mention and statement offsets that are JavaScript offsets into text', () => {
    for (const a of out) checkOffsets(a);
    expect(out.flatMap((a) => a.entities).length).toBeGreaterThan(0);
    expect(out.flatMap((a) => a.statements).length).toBeGreaterThan(0);
  });

  it('reads a .txt as a title line, then the body', () => {
    const a = out.find((o) => o.source === file.txt)!;
    expect(a.title).toBe('ماكرون والحل السياسي في سوريا');
    expect(a.site).toBeNull();
    expect(a.publishedAt).toBeNull();
    expect(a.text).toContain('وتابع أن الحرب يجب أن تنتهي.');
    const macron = a.entities.find((e) => e.id === MACRON)!;
    expect(macron).toBeDefined();
    expect(macron.type).toBe('person');
    expect(macron.mentions.map((m) => m.text)).toContain('إيمانويل ماكرون');
    expect(a.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['place:sy', 'place:ankara']));
    const said = a.statements.find((s) => s.verb === 'قال')!;
    expect(said).toMatchObject({ speakerId: MACRON, text: 'فرنسا ستواصل دعم الحل السياسي في سوريا', direct: false });
  });

  it('takes site and publishedAt from an .html page’s metadata, and leaves its furniture out of text', () => {
    const a = out.find((o) => o.source === file.html)!;
    expect(a.site).toBe('أخبار المرصد');
    expect(a.publishedAt).toBe('2021-03-15');
    expect(a.title).toBe('بوتين يبحث مع وفد سوري الوضع في سوريا');
    expect(a.isArabicNews).toBe(true);
    expect(a.text).toContain('وقال بوتين إن روسيا ستواصل دعم الحل السياسي في سوريا');
    // The related-articles list, the menu and the footer are not the article.
    for (const headline of RELATED) expect(a.text).not.toContain(headline);
    expect(a.text).not.toContain('مقالات ذات صلة');
    expect(a.text).not.toContain('جميع الحقوق محفوظة');
    expect(a.text).not.toContain('سياسة الخصوصية');
    expect(a.text).not.toContain('الرئيسية');
    const ids = a.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([PUTIN, 'place:sy', 'place:damascus', 'place:moscow']));
    // Entities named only in the related-articles box are not reported.
    expect(ids).not.toContain('person:recep-tayyip-erdogan');
    expect(ids.some((id) => /biden|merkel|zelensk/.test(id))).toBe(false);
    expect(a.statements.filter((s) => s.speakerId === PUTIN).map((s) => s.verb)).toEqual(expect.arrayContaining(['قال', 'أضاف']));
  });

  it('reports each bad file on one line of stderr naming it, and exits non-zero', () => {
    expect(run.code).not.toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(bad().length);
    // Each line names its file (the directory's path is a prefix of the others': match it at the line's end).
    for (const f of bad()) expect(lines.filter((l) => l.includes(f + ':') || l.endsWith(f)), f).toHaveLength(1);
    // The good files are not complained about.
    expect(run.stderr).not.toContain(file.txt);
    expect(run.stderr).not.toContain(file.html);
    const about = (f: string) => lines.find((l) => l.includes(f + ':'))!;
    expect(about(file.missing!)).toMatch(/no such file|not found|does not exist/i);
    expect(about(file.binary!)).toMatch(/binary/i);
    expect(about(file.empty!)).toMatch(/empty/i);
    expect(about(file.english!)).toMatch(/not Arabic/i);
    expect(about(file.noPages!)).toMatch(/directory with no \.html/i);
    // A message, not a stack trace.
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a file with only whitespace in it', async () => {
    const r = await marsad('analyze', '--json', file.blank!, file.txt!);
    expect(r.code).not.toBe(0);
    expect(jsonLines(r.stdout).map((o) => o.source)).toEqual([file.txt]);
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file.blank);
  });

  it('exits 0 with nothing on stderr when every file is good', async () => {
    const r = await marsad('analyze', '--json', file.txt!, file.txt2!);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout) as unknown as AnalysisJson[];
    expect(lines.map((o) => o.source)).toEqual([file.txt, file.txt2]);
    for (const a of lines) {
      checkShape(a);
      checkOffsets(a);
    }
    const call = lines[1]!;
    expect(call.statements.map((s) => [s.speakerId, s.text])).toEqual([
      [MACRON, 'الاتحاد الأوروبي يجب أن يتحمل مسؤولياته'],
      [PUTIN, 'روسيا لا تريد التصعيد'],
    ]);
  });
});

describe('marsad corpus --json', () => {
  let run: Run;
  let out: CorpusEntityJson[];

  beforeAll(async () => {
    run = await marsad('corpus', '--json', file.txt!, file.txt2!, file.html!);
    out = jsonLines(run.stdout) as unknown as CorpusEntityJson[];
  }, 60_000);

  it('prints one line per entity', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(out.length).toBeGreaterThan(0);
    const ids = out.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of out) {
      expect(e).toMatchObject({ id: expect.any(String), name: expect.any(String), type: expect.any(String), articles: expect.any(Array), statements: expect.any(Array) });
      expect(['person', 'organization', 'place']).toContain(e.type);
      expect(e.articles.length).toBeGreaterThan(0);
      expect(new Set(e.articles).size).toBe(e.articles.length);
      for (const a of e.articles) expect([file.txt, file.txt2, file.html]).toContain(a);
      for (const st of e.statements) {
        expect(Object.keys(st)).toEqual([...CORPUS_STATEMENT_KEYS, ...(st.speakers ? ['speakers'] : [])]);
        expect(VERB_CLASSES).toContain(st.verbClass);
        expect(SPEAKER_KINDS).toContain(st.speakerKind);
      }
    }
    const said = out.find((e) => e.id === MACRON)!.statements.find((st) => st.text === 'فرنسا ستواصل دعم الحل السياسي في سوريا')!;
    expect(said).toMatchObject({ verb: 'قال', verbClass: 'states', speakerKind: 'entity', speaker: 'إيمانويل ماكرون' });
    expect(said.verbEnd! - said.verbStart!).toBe('قال'.length);
  });

  it('lists every source that mentions an entity', () => {
    const macron = out.find((e) => e.id === MACRON)!;
    expect(macron).toBeDefined();
    expect(macron.name).toBe('إيمانويل ماكرون');
    expect([...macron.articles].sort()).toEqual([file.txt, file.txt2].sort());
    const putin = out.find((e) => e.id === PUTIN)!;
    expect([...putin.articles].sort()).toEqual([file.txt2, file.html].sort());
    const syria = out.find((e) => e.id === 'place:sy')!;
    expect([...syria.articles].sort()).toEqual([file.txt, file.html].sort());
    const eu = out.find((e) => e.id === 'org:eu')!;
    expect(eu.articles).toEqual([file.txt2]);
  });

  it("gives each entity's statements with their source, newest first", () => {
    const macron = out.find((e) => e.id === MACRON)!;
    expect(macron.statements).toHaveLength(4);
    expect(new Set(macron.statements.map((s) => s.source))).toEqual(new Set([file.txt, file.txt2]));
    expect(macron.statements.map((s) => s.text)).toEqual(
      expect.arrayContaining(['فرنسا ستواصل دعم الحل السياسي في سوريا', 'الاتحاد الأوروبي يجب أن يتحمل مسؤولياته']),
    );
    const putin = out.find((e) => e.id === PUTIN)!;
    // The page is dated 2021-03-15; the undated .txt files are dated by the day they were saved (today).
    expect(putin.statements[0]).toMatchObject({ source: file.txt2, text: 'روسيا لا تريد التصعيد' });
    expect(putin.statements.filter((s) => s.source === file.html).every((s) => s.publishedAt === '2021-03-15')).toBe(true);
    const dates = putin.statements.map((s) => s.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    // Places make no statements.
    expect(out.find((e) => e.id === 'place:sy')!.statements).toEqual([]);
  });

  it('still saves the good files when some are bad, and exits non-zero', async () => {
    const r = await marsad('corpus', '--json', file.txt!, file.missing!, file.txt2!);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(file.missing);
    const macron = (jsonLines(r.stdout) as unknown as CorpusEntityJson[]).find((e) => e.id === MACRON)!;
    expect([...macron.articles].sort()).toEqual([file.txt, file.txt2].sort());
  });
});

describe('readable output (no --json)', () => {
  it('analyze names the entities and the statements', async () => {
    const r = await marsad('analyze', file.txt!, file.html!);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().startsWith('{')).toBe(false);
    expect(r.stdout).toContain(file.txt);
    expect(r.stdout).toContain('ماكرون والحل السياسي في سوريا');
    for (const name of ['إيمانويل ماكرون', 'سوريا', 'أنقرة', 'فلاديمير بوتين', 'سيرغي لافروف']) expect(r.stdout).toContain(name);
    expect(r.stdout).toContain('فرنسا ستواصل دعم الحل السياسي في سوريا');
    expect(r.stdout).toContain('روسيا ستواصل دعم الحل السياسي في سوريا');
    expect(r.stdout).toContain('أخبار المرصد');
    expect(r.stdout).toContain('2021-03-15');
    // Each statement with its speaker and its verb's class.
    expect(r.stdout).toContain('إيمانويل ماكرون قال [states]: فرنسا ستواصل دعم الحل السياسي في سوريا');
  });

  it('corpus names each entity with its articles', async () => {
    const r = await marsad('corpus', file.txt!, file.txt2!);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('إيمانويل ماكرون');
    expect(r.stdout).toMatch(/2 articles/);
    expect(r.stdout).toContain(file.txt);
    expect(r.stdout).toContain(file.txt2);
    expect(r.stdout).toContain('روسيا لا تريد التصعيد');
  });
});

describe('readable output: speaker kinds and verb classes', () => {
  it('names the kind of a speaker that is not a knowledge-base entity, the members of a joint subject, and discovered actors', () => {
    const jakarta = printAnalysis(inputOf(JAKARTA), JAKARTA.analysis());
    expect(jakarta).toContain('جولي بيشوب (discovered: وزيرة الخارجية الأسترالية) ×3');
    expect(jakarta).toContain('- جولي بيشوب (discovered) قالت [states]: بلادها ستدعم المحادثات في جاكرتا');
    expect(jakarta).toContain('- جولي بيشوب (discovered) حذرت [warns]: من تصاعد العنف في المنطقة');
    expect(jakarta).toContain('- فرنسا + بريطانيا قالت [states]: الحل يجب أن يكون سياسيا');
    expect(jakarta).toContain('- مسؤول أمريكي كبير (unnamed) قال [states]: واشنطن تتابع الوضع عن كثب');
    expect(printAnalysis(inputOf(DENIAL), DENIAL.analysis())).toContain('- جولي بيشوب (title) أكدت [affirms]: الحوار مستمر');
  });
});

/** A file's input as readInput gives it, for a hand-built analysis. */
function inputOf(f: typeof JAKARTA, source = f.url): InputArticle {
  const text = f.analysis().text;
  return {
    source,
    title: text.split('\n', 1)[0]!,
    text,
    site: null,
    byline: null,
    publishedAt: f.publishedAt,
    canonicalUrl: null,
    detection: { language: 'arb', isArabic: true, isArabicNews: true, words: text.split(/\s+/).length },
  };
}

describe('the statement contract in the JSON (hand-built analyses)', () => {
  it('analyze --json gives every statement field, the members of a joint subject, and marks discovered actors', () => {
    const analysis = JAKARTA.analysis();
    const a = JSON.parse(JSON.stringify(analysisJson(inputOf(JAKARTA), analysis))) as AnalysisJson;
    checkShape(a);
    checkOffsets(a);
    expect(a.publishedAt).toBe('2019-03-01');
    const bishop = a.entities.find((e) => e.id === BISHOP)!;
    expect(bishop).toMatchObject({ name: 'جولي بيشوب', type: 'person', discovered: true, role: 'وزيرة الخارجية الأسترالية' });
    expect(bishop.mentions.map((m) => m.text)).toEqual(['بيشوب', 'جولي بيشوب', 'بيشوب']);
    expect(a.entities.find((e) => e.id === FRANCE)).not.toHaveProperty('discovered');
    // Every field of every statement, as the analysis gives it.
    for (const [i, s] of analysis.statements.entries()) expect(a.statements[i]).toEqual(s);
    expect(a.statements.map((s) => [s.speakerKind, s.verbClass])).toEqual([
      ['discovered', 'states'],
      ['discovered', 'warns'],
      ['entity', 'states'],
      ['unnamed', 'states'],
    ]);
    const joint = a.statements[2]!;
    expect(joint.speakers!.map((m) => [m.id, m.kind, a.text.slice(m.start, m.end)])).toEqual([
      [FRANCE, 'entity', 'فرنسا'],
      [UK, 'entity', 'بريطانيا'],
    ]);
    expect(a.text.slice(a.statements[0]!.speakerStart, a.statements[0]!.speakerEnd)).toBe('جولي بيشوب');
  });

  it('corpus --json gives the statements their new fields, and discovered actors as entities with "discovered": true', async () => {
    const db = openCorpus('test-' + crypto.randomUUID());
    try {
      const analysed: Analysed[] = [JAKARTA, DENIAL, CANBERRA].map((f) => ({ input: inputOf(f, `${f.publishedAt}.txt`), analysis: f.analysis() }));
      const lines = JSON.parse(JSON.stringify(await corpusEntities(db, analysed, await saveAll(db, analysed)))) as CorpusEntityJson[];
      expect(lines.map((e) => e.id)).toEqual([AUSTRALIA, FRANCE, UK, BISHOP].sort((a, b) => a.localeCompare(b)));
      const bishop = lines.find((e) => e.id === BISHOP)!;
      expect(Object.keys(bishop)).toEqual(['id', 'name', 'nameEn', 'type', 'articles', 'statements', 'discovered', 'role']);
      expect(bishop).toMatchObject({ discovered: true, role: 'وزيرة الخارجية', articles: ['2019-03-01.txt', '2019-06-15.txt', '2019-09-09.txt'] });
      expect(bishop.statements.map((s) => [s.source, s.verb, s.verbClass, s.speakerKind])).toEqual([
        ['2019-09-09.txt', 'قالت', 'states', 'discovered'],
        ['2019-09-09.txt', 'أضافت', 'states', 'discovered'],
        ['2019-06-15.txt', 'نفت', 'denies', 'discovered'],
        ['2019-06-15.txt', 'أكدت', 'affirms', 'title'],
        ['2019-06-15.txt', 'دعت', 'calls-for', 'discovered'],
        ['2019-03-01.txt', 'قالت', 'states', 'discovered'],
        ['2019-03-01.txt', 'حذرت', 'warns', 'discovered'],
      ]);
      for (const e of lines) for (const st of e.statements) expect(Object.keys(st)).toEqual([...CORPUS_STATEMENT_KEYS, ...(st.speakers ? ['speakers'] : [])]);
      const denial = DENIAL.analysis();
      const title = bishop.statements[3]!;
      expect(denial.text.slice(title.speakerStart!, title.speakerEnd!)).toBe('الوزيرة');
      expect(denial.text.slice(title.verbStart!, title.verbEnd!)).toBe('أكدت');
      // A joint statement is in each member's history, naming them all.
      const france = lines.find((e) => e.id === FRANCE)!;
      expect(france).not.toHaveProperty('discovered');
      expect(france.statements.map((s) => s.speakers!.map((m) => m.id))).toEqual([[FRANCE, UK]]);
      expect(lines.find((e) => e.id === UK)!.statements.map((s) => s.text)).toEqual(['الحل يجب أن يكون سياسيا']);

      const readable = lines.map((e) => printCorpusEntity(e as Parameters<typeof printCorpusEntity>[0])).join('');
      expect(readable).toContain('جولي بيشوب (person, discovered: وزيرة الخارجية): 3 articles');
      expect(readable).toContain('  أكدت [affirms] (title): الحوار مستمر  [2019-06-15.txt]');
      expect(readable).toContain('  قالت [states] (discovered) (joint: أستراليا + جولي بيشوب (discovered)): الاتفاق قريب  [2019-09-09.txt]');
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });
});

describe('--date', () => {
  it('dates every file given, .txt and .html alike, for analyze and corpus', async () => {
    const r = await marsad('analyze', '--json', '--date', '2019-03-01', file.txt!, file.html!);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = jsonLines(r.stdout) as unknown as AnalysisJson[];
    expect(out.map((a) => [a.source, a.publishedAt])).toEqual([
      [file.txt, '2019-03-01'],
      [file.html, '2019-03-01'],
    ]);
    for (const a of out) checkShape(a);
    const c = await marsad('corpus', '--json', `--date=2020-02-29`, file.txt2!);
    expect(c.code).toBe(0);
    const putin = (jsonLines(c.stdout) as unknown as CorpusEntityJson[]).find((e) => e.id === PUTIN)!;
    expect(putin.statements.map((s) => s.publishedAt)).toEqual(['2020-02-29']);
  });

  it('a malformed or missing date is a usage error', () => {
    for (const args of [
      ['--json', '--date', '2019-02-30', 'a.txt'],
      ['--date', '03/01/2019', 'a.txt'],
      ['--date', '2019-3-1', 'a.txt'],
      ['--json', 'a.txt', '--date'],
      ['--date', '--json', 'a.txt'],
      ['--date=', 'a.txt'],
      ['--date', '2019-01-01', '--date', '2019-01-02', 'a.txt'],
    ]) {
      const parsed = parseArgs('analyze', args);
      expect(typeof parsed, args.join(' ')).toBe('string');
      expect(parsed).toContain('--date');
    }
    expect(parseArgs('analyze', ['--date', '2019-02-30', 'a.txt'])).toContain('"2019-02-30"');
    expect(parseArgs('corpus', ['a.txt', '--date=2020-02-29', '--json'])).toEqual({ json: true, exportTo: undefined, date: '2020-02-29', jobs: undefined, lists: [], progress: false, files: ['a.txt'] });
    expect(parseArgs('analyze', ['--date', '2019-03-01', 'a.txt'])).toMatchObject({ date: '2019-03-01', files: ['a.txt'] });
    expect(parseArgs('analyze', ['a.txt'])).toMatchObject({ date: undefined });
  });

  it('exits 2 on a bad date, with the usage, and prints nothing', async () => {
    const r = await marsad('corpus', '--json', '--date', '2019-13-01', file.txt!);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--date');
    expect(r.stderr).toMatch(/usage/i);
  });

  it('is in the usage message', () => {
    expect(USAGE).toContain('--date YYYY-MM-DD');
  });
});

describe('usage errors', () => {
  it('an unknown option exits 2 with a usage message', async () => {
    const r = await marsad('analyze', '--frobnicate', '--json', file.txt!);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--frobnicate');
    expect(r.stderr).toMatch(/usage/i);
  });

  it('no files exits 2 with a usage message', async () => {
    for (const args of [['analyze'], ['analyze', '--json'], ['corpus', '--json']]) {
      const r = await marsad(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/usage/i);
    }
  });

  it('no command or an unknown command exits 2 with a usage message', async () => {
    for (const args of [[], ['frobnicate', file.txt!]]) {
      const r = await marsad(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage/i);
    }
  });
});

describe('marsad corpus --export FILE', () => {
  const exists = (path: string) => stat(path).then(
    () => true,
    () => false,
  );

  /** Imports an exported file into a fresh fake-indexeddb database, as the extension's options page does. */
  async function importInto(text: string) {
    const db = openCorpus('test-' + crypto.randomUUID());
    try {
      const report = await importCorpus(db, text);
      return {
        report,
        articles: await db.articles.orderBy('id').toArray(),
        statements: (await allStatementRows(db)).length,
        links: (await allLinkRows(db)).length,
      };
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  }

  it('writes the corpus, which imports with no problems and the same number of articles, and prints as before', async () => {
    const out = join(dir, 'export-all.jsonl');
    const r = await marsad('corpus', '--json', '--export', out, file.txt!, file.txt2!, file.html!);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // The output is the entity lines, as without --export.
    const plain = await marsad('corpus', '--json', file.txt!, file.txt2!, file.html!);
    expect(jsonLines(r.stdout)).toEqual(jsonLines(plain.stdout));

    const text = await readFile(out, 'utf8');
    const lines = text.split('\n').filter((l) => l !== '');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'marsad-corpus', version: 3 });
    // The command line has no settings of the browser's to write.
    expect(lines.some((l) => (JSON.parse(l) as { type?: string }).type === 'settings')).toBe(false);
    const { report, articles, statements, links } = await importInto(text);
    expect(report.problems).toEqual([]);
    expect(report.articlesAdded).toBe(3);
    expect(report.articlesSkipped).toBe(0);
    expect(articles).toHaveLength(3);
    expect(articles.map((a) => a.url)).toEqual([file.txt, file.txt2, file.html]);
    const page = articles[2]!;
    expect(page).toMatchObject({ canonicalUrl: 'https://news.example.com/2021/03/putin-syria', publishedAt: '2021-03-15', site: 'أخبار المرصد', lang: 'arb' });
    expect(page.entityIds).toEqual(expect.arrayContaining([PUTIN, 'place:sy']));
    // Every statement the corpus output lists is in the file.
    const printed = jsonLines(r.stdout) as unknown as CorpusEntityJson[];
    expect(statements).toBe(new Set(printed.flatMap((e) => e.statements.map((s) => `${s.source}|${s.text}`))).size);
    expect(links).toBe(printed.reduce((n, e) => n + e.articles.length, 0));
  });

  it('takes the path after the files too, and as --export=FILE, with readable output', async () => {
    const a = join(dir, 'export-after.jsonl');
    const r1 = await marsad('corpus', file.txt!, file.txt2!, '--export', a);
    expect(r1.code).toBe(0);
    expect(r1.stdout).toContain('إيمانويل ماكرون');
    const first = await importInto(await readFile(a, 'utf8'));
    expect(first.report.problems).toEqual([]);
    expect(first.articles).toHaveLength(2);

    const b = join(dir, 'export-equals.jsonl');
    const r2 = await marsad('corpus', '--json', `--export=${b}`, file.txt!);
    expect(r2.code).toBe(0);
    const second = await importInto(await readFile(b, 'utf8'));
    expect(second.report.problems).toEqual([]);
    expect(second.articles).toHaveLength(1);
  });

  it('exports the good files when some are bad, and exits non-zero', async () => {
    const out = join(dir, 'export-some-bad.jsonl');
    const r = await marsad('corpus', '--json', '--export', out, file.txt!, file.missing!, file.empty!, file.txt2!);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(file.missing);
    const { report, articles } = await importInto(await readFile(out, 'utf8'));
    expect(report.problems).toEqual([]);
    expect(articles.map((a) => a.url)).toEqual([file.txt, file.txt2]);
  });

  it('a missing path is a usage error (exit 2), and nothing is written', async () => {
    for (const args of [
      ['corpus', '--json', file.txt!, '--export'],
      ['corpus', '--export', '--json', file.txt!],
      ['corpus', '--export=', file.txt!],
    ]) {
      const r = await marsad(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--export');
      expect(r.stderr).toMatch(/usage/i);
    }
    expect(await exists(join(dir, '--json'))).toBe(false);
  });

  it('is an option of the corpus command only', async () => {
    const out = join(dir, 'export-analyze.jsonl');
    const r = await marsad('analyze', '--json', '--export', out, file.txt!);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage/i);
    expect(await exists(out)).toBe(false);
  });

  it('a path that cannot be written is reported on stderr, the entities are still printed, and the exit is non-zero', async () => {
    const out = join(dir, 'no-such-dir', 'out.jsonl');
    const r = await marsad('corpus', '--json', '--export', out, file.txt!);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(out);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((jsonLines(r.stdout) as unknown as CorpusEntityJson[]).map((e) => e.id)).toContain(MACRON);
  });

  it('is in the usage message', async () => {
    const r = await marsad();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--export');
  });
});

describe('pages read as the browser reads them (tests/fixtures/pages/<slug>/)', () => {
  const pages = join(ROOT, 'tests', 'fixtures', 'pages');
  const slugs = readdirSync(pages, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(pages, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
  let byFile: Map<string, AnalysisJson>;
  let run: Run;

  beforeAll(async () => {
    run = await marsad('analyze', '--json', ...slugs.map((s) => join(pages, s, 'page.html')));
    byFile = new Map((jsonLines(run.stdout) as unknown as AnalysisJson[]).map((a) => [a.source, a]));
  }, 60_000);

  it('reads every page case as readPage does in the browser: title, site, date, verdict, body (the same function)', () => {
    expect(run.stderr).toBe('');
    expect(slugs.length).toBeGreaterThanOrEqual(10);
    for (const slug of slugs) {
      const expected = JSON.parse(readFileSync(join(pages, slug, 'expected.json'), 'utf8')) as {
        title: string;
        site: string;
        publishedAt: string | null;
        isArabicNews: boolean;
        firstWords: string;
        lastWords: string;
        notInBody: string[];
      };
      const a = byFile.get(join(pages, slug, 'page.html'))!;
      expect(a, slug).toBeDefined();
      expect({ slug, title: a.title, site: a.site, publishedAt: a.publishedAt, isArabicNews: a.isArabicNews }).toEqual({
        slug,
        title: expected.title,
        site: expected.site,
        publishedAt: expected.publishedAt,
        isArabicNews: expected.isArabicNews,
      });
      const body = a.text.slice(a.title.length + 2);
      expect(body.startsWith(expected.firstWords), slug).toBe(true);
      expect(body.endsWith(expected.lastWords), slug).toBe(true);
      for (const phrase of expected.notInBody) expect(body, `${slug}: ${phrase}`).not.toContain(phrase);
    }
  });

  it('decodes a windows-1256 page by the charset it declares, instead of calling it binary', () => {
    const a = byFile.get(join(pages, 'windows-1256-levant-month', 'page.html'))!;
    expect(a.title).toBe('مزارعو ريف حلب يبدؤون موسم زراعة القمح رغم غلاء البذور');
    expect(a.text).toContain('وقال مزارع من بلدة قريبة من مدينة اعزاز');
    expect(a.text).not.toContain('\ufffd');
    expect(a.entities.map((e) => e.id)).toContain('place:aleppo');
  });

  it('calls a short article the page declares an article Arabic news, as the browser does (the CLI did not pass the page’s signals)', () => {
    expect(byFile.get(join(pages, 'short-declared-brief', 'page.html'))!.isArabicNews).toBe(true);
  });
});

describe('text files and their byte order marks', () => {
  const TEXT = 'ماكرون يزور بيروت\nوصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت في زيارة تستمر يومين.';

  it('reads a .txt in UTF-8 with a BOM, and in UTF-16 (little and big endian) with its BOM', async () => {
    const utf8Bom = join(dir, 'bom-utf8.txt');
    const utf16le = join(dir, 'bom-utf16le.txt');
    const utf16be = join(dir, 'bom-utf16be.txt');
    await writeFile(utf8Bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]));
    await writeFile(utf16le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
    await writeFile(utf16be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]));
    const r = await marsad('analyze', '--json', utf8Bom, utf16le, utf16be);
    expect(r.stderr).toBe('');
    const out = jsonLines(r.stdout) as unknown as AnalysisJson[];
    expect(out.map((a) => [a.title, a.text])).toEqual([
      ['ماكرون يزور بيروت', TEXT],
      ['ماكرون يزور بيروت', TEXT],
      ['ماكرون يزور بيروت', TEXT],
    ]);
  });

  it('says that a file is not UTF-8 with the line of a bad byte far into it, not that it is binary', async () => {
    const late = join(dir, 'late-bad-byte.txt');
    const body = `${TEXT}\n`.repeat(200);
    await writeFile(late, Buffer.concat([Buffer.from(body, 'utf8'), Buffer.from([0xd8, 0x20]), Buffer.from('\nنهاية\n', 'utf8')]));
    const r = await marsad('analyze', '--json', late);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toBe(`marsad: ${late}: not valid UTF-8 at line 401 (byte ${Buffer.byteLength(body)})\n`);
  });

  it('says what is wrong with an .html in another charset that declares none', async () => {
    const page = join(dir, 'undeclared-1256.html');
    await writeFile(page, Buffer.concat([Buffer.from('<html><body><p>'), Buffer.from([0xce, 0xc8, 0xd1, 0x20, 0xda, 0xc7, 0xcc, 0xe1]), Buffer.from('</p></body></html>')]));
    const r = await marsad('analyze', '--json', page);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(page);
    expect(r.stderr).toMatch(/not valid UTF-8.*charset/);
  });
});

describe('a crawl: directories, lists, worker threads, progress', () => {
  let crawl: string;
  let order: string[];

  beforeAll(async () => {
    // 20 articles in two folders (enough for two workers to be used), a file the CLI refuses, and
    // a file of another kind that a directory search leaves alone.
    crawl = await mkdtemp(join(tmpdir(), 'marsad-crawl-'));
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(crawl, 'b'), { recursive: true });
    await mkdir(join(crawl, 'a', 'deep'), { recursive: true });
    order = [];
    for (let i = 0; i < 10; i++) {
      for (const [sub, text] of [['a/deep', MACRON_TXT], ['b', MACRON_PUTIN_TXT]] as const) {
        const p = join(crawl, sub, `${String(i).padStart(2, '0')}.txt`);
        await writeFile(p, text);
      }
    }
    await writeFile(join(crawl, 'b', 'zz-empty.txt'), '');
    await writeFile(join(crawl, 'b', 'notes.md'), 'not a page');
    order = [...Array.from({ length: 10 }, (_, i) => join(crawl, 'a', 'deep', `${String(i).padStart(2, '0')}.txt`)), ...Array.from({ length: 10 }, (_, i) => join(crawl, 'b', `${String(i).padStart(2, '0')}.txt`))];
  });

  afterAll(async () => {
    if (crawl) await rm(crawl, { recursive: true, force: true });
  });

  it('reads a directory’s pages recursively in path order, the same with two workers as with one', async () => {
    const one = await marsad('analyze', '--json', '--jobs', '1', crawl);
    const two = await marsad('analyze', '--json', '--jobs', '2', crawl);
    expect(one.code).toBe(1); // the empty file
    expect(two.code).toBe(1);
    expect(jsonLines(one.stdout).map((a) => a.source)).toEqual(order);
    expect(two.stdout).toBe(one.stdout);
    for (const r of [one, two]) {
      expect(r.stderr).toContain('zz-empty.txt');
      expect(r.stderr).not.toContain('notes.md');
    }
  });

  it('reads more paths from a list file, and the corpus built with workers is the one built without', async () => {
    const list = join(crawl, 'list.txt');
    await writeFile(list, order.slice(10).join('\n') + '\n\n');
    const r = await marsad('analyze', '--json', '--list', list, order[0]!);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((a) => a.source)).toEqual([...order.slice(10), order[0]]);
    const one = await marsad('corpus', '--json', '--jobs', '1', '--list', list);
    const two = await marsad('corpus', '--json', '--jobs', '2', '--list', list);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(jsonLines(one.stdout).length).toBeGreaterThan(0);
  });

  it('says that a list of paths is not UTF-8, with its line, instead of reporting a garbled path as missing', async () => {
    const list = join(crawl, 'list-latin1.txt');
    await writeFile(list, Buffer.concat([Buffer.from(order[0]! + '\n', 'utf8'), Buffer.from('caf\xe9.txt\n', 'latin1')]));
    const r = await marsad('analyze', '--json', '--list', list);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${list}: not valid UTF-8 at line 2`);
    expect(r.stderr).not.toContain('\ufffd');
    expect(r.stdout).toBe('');
  });

  it('--progress reports the files done and the articles per second on stderr, nothing on stdout', async () => {
    const r = await marsad('analyze', '--progress', '--jobs', '2', join(crawl, 'b'));
    expect(r.stderr).toMatch(/marsad: 11 files in \d+\.\d s, \d+(\.\d)? articles\/s; 1 could not be read/);
    expect(r.stdout).not.toContain('articles/s');
  });

  it('refuses a bad --jobs or a --list without a path', () => {
    expect(parseArgs('analyze', ['--jobs', '0', 'x.txt'])).toMatch(/--jobs needs/);
    expect(parseArgs('analyze', ['--jobs=many', 'x.txt'])).toMatch(/--jobs needs/);
    expect(parseArgs('analyze', ['--list'])).toMatch(/--list needs/);
    expect(parseArgs('analyze', ['--list', '-', '--jobs=3'])).toMatchObject({ lists: ['-'], jobs: 3 });
  });
});
