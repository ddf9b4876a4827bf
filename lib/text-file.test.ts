/** A text file's bytes → its text (lib/text-file.ts): bytes that are not UTF-8 are found, with their line, not replaced silently. */
import { describe, expect, it } from 'vitest';
import { decodeTextFile, invalidUtf8, NotTextError } from './text-file';

const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));

describe('invalidUtf8 and decodeTextFile: bytes that are not UTF-8 are found, not replaced silently', () => {
  const LINES = utf8('{"format":"marsad-corpus","version":2}\n{"type":"article","title":"خبر"}\n{"type":"article","title":"');

  it('finds a bad byte late in a file, with its line', () => {
    const bytes = new Uint8Array([...LINES, 0xd8, 0x28, ...utf8('"}\n')]);
    expect(invalidUtf8(bytes)).toEqual({ offset: LINES.length, line: 3 });
    expect(() => decodeTextFile(bytes)).toThrow(NotTextError);
    expect(() => decodeTextFile(bytes)).toThrow('not valid UTF-8 at line 3 (byte ' + LINES.length + ')');
    // What a lenient decoder does with it: a U+FFFD nobody is told about.
    expect(new TextDecoder().decode(bytes)).toContain('\ufffd');
  });

  it('finds each kind of ill-formed sequence', () => {
    for (const bad of [[0x80], [0xc0, 0xaf], [0xc3], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xff]]) {
      expect(invalidUtf8(new Uint8Array([...utf8('سطر\n'), ...bad])), bad.join(',')).toEqual({ offset: utf8('سطر\n').length, line: 2 });
    }
  });

  it('agrees with the platform’s fatal decoder on every byte string, and says where its decoding would stop', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pool = [0x41, 0x0a, 0xd8, 0xa7, 0xe2, 0x80, 0x8f, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xbf, 0xed, 0xa0, 0xef, 0xbb];
    for (let n = 0; n < 3000; n++) {
      const bytes = new Uint8Array(Array.from({ length: 1 + Math.floor(random() * 12) }, () => pool[Math.floor(random() * pool.length)]!));
      const at = invalidUtf8(bytes);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(at === null, Array.from(bytes).join(',')).toBe(valid);
      if (at) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(0, at.offset))).not.toThrow();
    }
  });

  it('reads well-formed UTF-8 (a BOM dropped) and UTF-16 with its BOM', () => {
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('خبر\n')]))).toBe('خبر\n');
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(new Uint8Array(new Uint16Array(Array.from('خبر', (c) => c.charCodeAt(0))).buffer))]);
    expect(decodeTextFile(le)).toBe('خبر');
  });
});
