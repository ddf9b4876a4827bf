import { describe, expect, it } from 'vitest';
import { bomEncoding, decodeHtml, decodeText } from './decode';

/** «خبر عاجل» in windows-1256. */
const KHABAR_1256 = [0xce, 0xc8, 0xd1, 0x20, 0xda, 0xc7, 0xcc, 0xe1];
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));

describe('decodeHtml', () => {
  it('reads windows-1256 declared by <meta http-equiv>', () => {
    const bytes = new Uint8Array([...ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>'), ...KHABAR_1256, ...ascii('</p></body></html>')]);
    const d = decodeHtml(bytes);
    expect(d.encoding).toBe('windows-1256');
    expect(d.text).toContain('<p>خبر عاجل</p>');
  });

  it('reads <meta charset> and its labels (cp1256 is windows-1256)', () => {
    const d = decodeHtml(new Uint8Array([...ascii('<meta charset="cp1256"><p>'), ...KHABAR_1256]));
    expect(d.encoding).toBe('windows-1256');
    expect(d.text).toContain('خبر عاجل');
  });

  it('takes UTF-8 when the page declares nothing, and a BOM over what the page declares', () => {
    expect(decodeHtml(new Uint8Array(utf8('<p>خبر عاجل</p>'))).text).toBe('<p>خبر عاجل</p>');
    const withBom = decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1256"><p>خبر</p>')]));
    expect(withBom.encoding).toBe('UTF-8');
    expect(withBom.text).toBe('<meta charset="windows-1256"><p>خبر</p>');
  });

  it('fails on invalid UTF-8 only when asked to', () => {
    const bytes = new Uint8Array([...ascii('<p>'), ...KHABAR_1256]);
    expect(decodeHtml(bytes).text).toContain('\ufffd');
    expect(() => decodeHtml(bytes, { fatal: true })).toThrow(TypeError);
  });
});

describe('decodeText', () => {
  it('is UTF-8, or UTF-16 when a BOM says so, without the BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('عنوان\nنص')])).text).toBe('عنوان\nنص');
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(new Uint8Array(new Uint16Array(Array.from('عنوان', (c) => c.charCodeAt(0))).buffer))]);
    expect(decodeText(le)).toEqual({ text: 'عنوان', encoding: 'UTF-16LE' });
  });

  it('does not read a charset declaration in a text file', () => {
    expect(decodeText(new Uint8Array([...ascii('<meta charset="windows-1256">'), ...KHABAR_1256])).encoding).toBe('UTF-8');
  });
});

describe('bomEncoding', () => {
  it('names the three byte order marks', () => {
    expect(bomEncoding(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('UTF-8');
    expect(bomEncoding(new Uint8Array([0xff, 0xfe]))).toBe('UTF-16LE');
    expect(bomEncoding(new Uint8Array([0xfe, 0xff]))).toBe('UTF-16BE');
    expect(bomEncoding(new Uint8Array(utf8('<p>')))).toBeNull();
  });
});
