/**
 * A text file's bytes → its text, nothing replaced silently: a file the user imports, a list of
 * paths for the command line. UTF-8, or what a byte order mark says. (An HTML page's own charset is
 * decode.ts's; this module stays small, for the options page.)
 */

/** The encoding a byte order mark names, or null. */
export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

/**
 * Where the first byte lies that is not part of well-formed UTF-8 (a stray continuation byte, a
 * sequence cut short, an overlong form, a surrogate, a code point above U+10FFFF): its offset and
 * its line (from 1); null when every byte is. What a lenient decoder would silently turn into U+FFFD.
 */
export function invalidUtf8(bytes: Uint8Array): { offset: number; line: number } | null {
  let line = 1;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i]! >= lo && bytes[i]! <= hi;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let n: number;
    if (b < 0x80) n = 1;
    else if (b >= 0xc2 && b <= 0xdf) n = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      n = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      n = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    } else n = 0;
    if (n === 0) return { offset: i, line };
    if (b === 0x0a) line++;
    i += n;
  }
  return null;
}

/** A file's bytes that are not text in its encoding; `line` (from 1) and `offset` where it is known (UTF-8). */
export class NotTextError extends Error {
  constructor(
    readonly encoding: string,
    readonly line: number | null,
    readonly offset: number | null,
  ) {
    super(`not valid ${encoding}${line === null ? '' : ` at line ${line} (byte ${offset})`}`);
    this.name = 'NotTextError';
  }
}

/**
 * A text file's text (an import, a list of paths): UTF-8, or what its byte order mark says. Bytes
 * the encoding does not allow are not replaced silently: a NotTextError says where they are.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  const encoding = bomEncoding(bytes) ?? 'UTF-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const at = encoding === 'UTF-8' ? invalidUtf8(bytes) : null;
    throw new NotTextError(encoding, at?.line ?? null, at?.offset ?? null);
  }
}
