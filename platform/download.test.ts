import { describe, expect, it } from 'vitest';
import { NotTextError } from '../lib/text-file';
import { readFileParts } from './download';

async function all(file: Blob, bytes: number): Promise<string> {
  let text = '';
  for await (const part of readFileParts(file, bytes)) text += part.text;
  return text;
}

describe('readFileParts', () => {
  it('reads a file in parts, an Arabic letter cut between two parts decoded whole', async () => {
    const text = 'سطر أول\nسطر ثانٍ\n'.repeat(50);
    for (const bytes of [1, 3, 5, 64, 1 << 20]) expect(await all(new Blob([text]), bytes), String(bytes)).toBe(text);
  });

  it('refuses bytes that are not UTF-8, saying after which line', async () => {
    const good = new TextEncoder().encode('سطر أول\nسطر ثانٍ\n');
    const bad = new Uint8Array([...good, 0xff, 0xfe, 0x0a]);
    const e = await all(new Blob([bad]), 4).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NotTextError);
    expect((e as NotTextError).line).toBe(3);
  });

  it('gives an empty file as one empty part', async () => {
    expect(await all(new Blob([]), 16)).toBe('');
  });
});
