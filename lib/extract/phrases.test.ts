import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phrasesModule } from './phrase-lists';

describe('phrases.generated.ts', () => {
  it('says what the lists in phrase-lists.ts make (after editing a list: npm run gen:phrases)', () => {
    const file = readFileSync(join(import.meta.dirname, 'phrases.generated.ts'), 'utf8');
    expect(file).toBe(phrasesModule());
  });
});
