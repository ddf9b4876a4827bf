/** The CLI's readable output (without --json). */
import type { Analysis } from '../lib/analyze/types';
import type { InputArticle } from './input';

const TYPE_LABEL = { person: 'People', organization: 'Organisations', place: 'Places' } as const;

export function printAnalysis(input: InputArticle, a: Analysis): string {
  const lines: string[] = [];
  lines.push(`${input.source}: ${input.title}`);
  const facts = [`language ${input.detection.language}`, input.detection.isArabicNews ? 'Arabic news' : 'not an article'];
  if (input.site) facts.push(`site ${input.site}`);
  if (input.publishedAt) facts.push(`published ${input.publishedAt}`);
  lines.push(`  ${facts.join(', ')}`);
  for (const type of ['person', 'organization', 'place'] as const) {
    const of = a.entities.filter((e) => e.type === type).sort((x, y) => y.mentions.length - x.mentions.length);
    if (of.length === 0) continue;
    lines.push(`  ${TYPE_LABEL[type]} (${of.length}): ${of.map((e) => `${e.name} ×${e.mentions.length}`).join('، ')}`);
  }
  if (a.statements.length) {
    lines.push(`  Statements (${a.statements.length}):`);
    for (const s of a.statements) {
      const who = s.speakerId ? s.speaker : `${s.speaker} (unnamed)`;
      lines.push(`    - ${who} ${s.verb}: ${s.text.length > 160 ? s.text.slice(0, 159) + '…' : s.text}`);
    }
  } else {
    lines.push('  No statements found.');
  }
  return lines.join('\n') + '\n\n';
}

export function printCorpusEntity(e: { name: string; nameEn: string; type: string; articles: string[]; statements: { source: string; verb: string; text: string }[] }): string {
  const lines = [`${e.name} (${e.nameEn}, ${e.type}): ${e.articles.length} article${e.articles.length === 1 ? '' : 's'}`];
  for (const a of e.articles) lines.push(`  ${a}`);
  for (const s of e.statements) lines.push(`  ${s.verb}: ${s.text.length > 120 ? s.text.slice(0, 119) + '…' : s.text}  [${s.source}]`);
  return lines.join('\n') + '\n';
}
