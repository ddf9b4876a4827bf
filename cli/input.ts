/**
 * Reading the CLI's input files: .html decoded by its declared charset and read as the browser
 * reads a page (lib/extract/read-page.ts), .txt (UTF-8, or UTF-16 with a BOM) as a title line
 * then the body.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detect, type Detection } from '../lib/detect/detect';
import { bomEncoding, decodeHtml, decodeText, htmlEncoding } from '../lib/extract/decode';
import { invalidUtf8 } from '../lib/text-file';
import { readPage } from '../lib/extract/read-page';

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

const BINARY = 'this is a binary file, not text or HTML';

/** Bytes that are not text: NUL, or many control characters (a UTF-16 file, which has NULs, is told by its BOM). */
function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes)?.startsWith('UTF-16')) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n * 0.02;
}

/** The text of the file: an HTML page by the charset it declares, anything else as UTF-8 (or its BOM's UTF-16). */
function decodeFile(bytes: Uint8Array, html: boolean): string {
  const decoded = html ? decodeHtml(bytes, { fatal: true }) : decodeText(bytes, { fatal: true });
  return decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * What is wrong with bytes that are not text in their encoding: where the first bad byte is (its
 * line) for UTF-8, which is what a page that declares no charset, or a text file, is read as.
 */
function notText(bytes: Uint8Array, html: boolean): string {
  const encoding = html ? htmlEncoding(bytes) : (bomEncoding(bytes) ?? 'UTF-8');
  if (encoding !== 'UTF-8') return `not valid ${encoding} text${html ? ', the charset it declares' : ''}`;
  const at = invalidUtf8(bytes);
  const where = at ? ` at line ${at.line} (byte ${at.offset})` : '';
  return `not valid UTF-8${where}${html && !bomEncoding(bytes) ? ', and it declares no other charset' : ''}`;
}

const isHtmlName = (source: string) => ['.html', '.htm', '.xhtml'].includes(extname(source).toLowerCase());
/** A file of another name that is an HTML page all the same. */
const looksLikeHtml = (text: string) => /^\s*<(!doctype|html)/i.test(text);

export async function readInput(source: string): Promise<InputArticle> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file');
    if (code === 'EISDIR') throw new InputError('is a directory with no .html, .htm or .txt file in it');
    if (code === 'EACCES') throw new InputError('permission denied');
    throw new InputError(`cannot read it (${code ?? (e as Error).message})`);
  }
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (looksBinary(bytes)) throw new InputError(BINARY);
  let raw: string;
  let html = isHtmlName(source);
  try {
    raw = decodeFile(bytes, html);
    if (!html && looksLikeHtml(raw)) {
      html = true;
      raw = decodeFile(bytes, true);
    }
  } catch {
    throw new InputError(notText(bytes, html));
  }
  let article: Omit<InputArticle, 'detection'>;
  let detection: Detection;
  if (html) {
    const { document } = parseHTML(raw);
    const url = pathToFileURL(resolve(source)).href;
    const read = readPage(document as unknown as Document, url);
    const x = read.article;
    article = {
      source,
      title: x.title ?? '',
      text: x.text,
      site: x.site && !x.site.includes('/') ? x.site : null,
      byline: x.byline,
      publishedAt: x.publishedAt,
      canonicalUrl: x.canonicalUrl && !x.canonicalUrl.startsWith('file:') ? x.canonicalUrl : null,
    };
    detection = read.detection;
  } else {
    const text = raw.trim();
    const title = text.split('\n', 1)[0]!.trim();
    article = { source, title, text, site: null, byline: null, publishedAt: null, canonicalUrl: null };
    // A text file says nothing of itself: no signal but its words.
    detection = detect(text);
  }
  if (article.text.trim() === '') throw new InputError('no text in it');
  if (!detection.isArabic) throw new InputError(`not Arabic text (${detection.reason ?? detection.language})`);
  return { ...article, detection };
}
