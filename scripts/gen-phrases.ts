/**
 * Writes lib/extract/phrases.generated.ts from the lists in lib/extract/phrase-lists.ts (the
 * alternations of the extraction's regular expressions, built here once rather than on every page
 * the analyser reads). Run after editing a list: `npm run gen:phrases`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { phrasesModule } from '../lib/extract/phrase-lists';

const file = join(import.meta.dirname, '..', 'lib', 'extract', 'phrases.generated.ts');
writeFileSync(file, phrasesModule());
console.log(`wrote ${file}`);
