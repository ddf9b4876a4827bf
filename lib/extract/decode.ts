/**
 * A page's bytes → its text, by the encoding the page declares: a byte order mark, else its
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
 * kilobyte (the HTML standard's prescan, by encoding-sniffer), else UTF-8. Arabic news sites
 * still serve windows-1256 (and some ISO-8859-6); the platform's TextDecoder reads them (Node
 * with its full ICU, every browser). A plain text file is UTF-8 unless a BOM says UTF-16.
 */
import { getEncoding } from 'encoding-sniffer/sniffer';

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

/** The encoding a byte order mark names, or null. */
export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

/** An HTML page's text, decoded by its declared encoding (UTF-8 when it declares none). */
export function decodeHtml(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  return decode(bytes, getEncoding(bytes, { defaultEncoding: 'UTF-8' }), options);
}

/** A text file's text: UTF-8, or what its BOM says. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  return decode(bytes, bomEncoding(bytes) ?? 'UTF-8', options);
}
