import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from './text-fragment';

describe('textFragmentUrl', () => {
  it('links a short sentence whole, replacing any fragment the URL had', () => {
    expect(textFragmentUrl('https://x.example/a#top', 'قال إن الحل سياسي')).toBe(
      `https://x.example/a#:~:text=${encodeURIComponent('قال إن الحل سياسي')}`,
    );
  });

  it('links a long sentence by its first and last five words', () => {
    const url = textFragmentUrl('https://x.example/a', 'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر');
    const [, fragment] = url.split('#:~:text=');
    const [start, end] = fragment!.split(',').map(decodeURIComponent);
    expect(start).toBe('واحد اثنان ثلاثة أربعة خمسة');
    expect(end).toBe('ثمانية تسعة عشرة أحد عشر');
  });

  it('escapes the characters the fragment syntax reserves', () => {
    const url = textFragmentUrl('https://x.example/a', 'سوريا-تركيا, حدود & معابر');
    expect(url).toContain('%2D');
    expect(url).toContain('%2C');
    expect(url).toContain('%26');
    expect(url.split('#:~:text=')[1]).not.toMatch(/[-,&]/);
  });
});
