/**
 * Prints how Marsad reads a sentence: the names it finds, every trigger, the rule that read it,
 * who speaks, and why nothing was recorded where nothing was.
 *   npm run explain -- "وقال وزير الخارجية الأمريكي كولن باول إن ..."
 *   npm run explain -- --date 2019-06-01 "ونفى الوزير الفرنسي أن ..."
 *   npm run explain -- --file article.txt
 */
import { readFileSync } from 'node:fs';
import { builtinGazetteer } from '../lib/knowledge/builtin';
import { explain, formatExplanation } from '../lib/statements/explain';

const args = process.argv.slice(2);
let publishedAt: string | undefined;
const texts: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--date') publishedAt = args[++i];
  else if (a === '--file') texts.push(readFileSync(args[++i]!, 'utf8'));
  else texts.push(a);
}
if (texts.length === 0 || (publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt))) {
  process.stderr.write('usage: npm run explain -- [--date YYYY-MM-DD] "<sentence>" | --file FILE\n');
  process.exit(2);
}
const g = builtinGazetteer();
for (const text of texts) process.stdout.write(formatExplanation(explain(text, g, { publishedAt })) + '\n');
