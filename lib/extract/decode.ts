/**
 * A page's bytes → its text, by the encoding the page declares: a byte order mark, else its
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
 * kilobyte (the HTML standard's prescan, by encoding-sniffer), else UTF-8. Arabic news sites
 * still serve windows-1256 (and some ISO-8859-6); the platform's TextDecoder reads them (Node
 * with its full ICU, every browser). A plain text file is UTF-8 unless a BOM says UTF-16.
 */
import { getEncoding } from 'encoding-sniffer/sniffer';
import { bomEncoding } from '../text-file';

export { bomEncoding };

export interface Decoded {
  text: string;
  /** The encoding's name (WHATWG), e.g. 'UTF-8', 'windows-1256'. */
  encoding: string;
}

export interface DecodeOptions {
  /** Throw a TypeError on bytes that the encoding does not allow (invalid UTF-8), instead of writing U+FFFD. */
  fatal?: boolean;
}

function decode(bytes: Uint8Array, encoding: string, options: DecodeOptions): Decoded {
  // The decoder drops the BOM of its own encoding.
  return { text: new TextDecoder(encoding, { fatal: options.fatal ?? false }).decode(bytes), encoding };
}

/** The encoding an HTML page's bytes declare (a BOM, a <meta>), UTF-8 when they declare none. */
export function htmlEncoding(bytes: Uint8Array): string {
  return getEncoding(bytes, { defaultEncoding: 'UTF-8' });
}

/** An HTML page's text, decoded by its declared encoding (UTF-8 when it declares none). */
export function decodeHtml(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  return decode(bytes, htmlEncoding(bytes), options);
}

/** A text file's text: UTF-8, or what its BOM says. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  return decode(bytes, bomEncoding(bytes) ?? 'UTF-8', options);
}
