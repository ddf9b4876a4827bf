/** Reading the CLI's input files: .html through the browser's extraction, .txt as a title line then the body. */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detect, type Detection } from '../lib/detect/detect';
import { extractArticle } from '../lib/extract/extract';

export interface InputArticle {
  source: string;
  title: string;
  text: string;
  site: string | null;
  byline: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
  detection: Detection;
}

export class InputError extends Error {}

/** Bytes that are not text: NUL, or many control characters, or invalid UTF-8. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > n * 0.02) return true;
  try {
    // stream: a multi-byte character cut at the sample's end is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
    return false;
  } catch {
    return true;
  }
}

export async function readInput(source: string): Promise<InputArticle> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file');
    if (code === 'EISDIR') throw new InputError('is a directory, not a file');
    if (code === 'EACCES') throw new InputError('permission denied');
    throw new InputError(`cannot read it (${code ?? (e as Error).message})`);
  }
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (looksBinary(bytes)) throw new InputError('this is a binary file, not text or HTML');
  const raw = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const ext = extname(source).toLowerCase();
  let article: Omit<InputArticle, 'detection'>;
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype|html)/i.test(raw)) {
    const { document } = parseHTML(raw);
    const url = pathToFileURL(resolve(source)).href;
    const x = extractArticle(document as unknown as Document, url);
    article = {
      source,
      title: x.title ?? '',
      text: x.text,
      site: x.site && !x.site.includes('/') ? x.site : null,
      byline: x.byline,
      publishedAt: x.publishedAt,
      canonicalUrl: x.canonicalUrl && !x.canonicalUrl.startsWith('file:') ? x.canonicalUrl : null,
    };
  } else {
    const text = raw.trim();
    const title = text.split('\n', 1)[0]!.trim();
    article = { source, title, text, site: null, byline: null, publishedAt: null, canonicalUrl: null };
  }
  if (article.text.trim() === '') throw new InputError('no text in it');
  const detection = detect(article.text);
  if (!detection.isArabic) throw new InputError(`not Arabic text (${detection.reason ?? detection.language})`);
  return { ...article, detection };
}
