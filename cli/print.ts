/** The CLI's readable output (without --json). */
import type { Analysis, SpeakerKind, Statement } from '../lib/analyze/types';
import type { CorpusEntity } from './corpus';
import type { InputArticle } from './input';

const TYPE_LABEL = { person: 'People', organization: 'Organisations', place: 'Places' } as const;

/** A speaker as read: an entity by its name; any other kind says how it was found («(unnamed)», «(title)», «(discovered)»). */
const who = (name: string, kind: SpeakerKind) => (kind === 'entity' ? name : `${name} (${kind})`);

/** The speaker of a statement: every member of a joint subject. */
function speakersOf(s: Statement): string {
  return s.speakers?.length ? s.speakers.map((m) => who(m.name, m.kind)).join(' + ') : who(s.speaker, s.speakerKind);
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

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
    const named = of.map((e) => `${e.name}${e.discovered ? ` (discovered${e.role ? `: ${e.role}` : ''})` : ''} ×${e.mentions.length}`);
    lines.push(`  ${TYPE_LABEL[type]} (${of.length}): ${named.join('، ')}`);
  }
  if (a.statements.length) {
    lines.push(`  Statements (${a.statements.length}):`);
    for (const s of a.statements) lines.push(`    - ${speakersOf(s)} ${s.verb} [${s.verbClass}]: ${clip(s.text, 160)}`);
  } else {
    lines.push('  No statements found.');
  }
  return lines.join('\n') + '\n\n';
}

export function printCorpusEntity(e: CorpusEntity): string {
  // A discovered actor has no English name (the knowledge base lacks it), and says what it is.
  const facts = [e.nameEn, e.type, e.discovered ? `discovered${e.role ? `: ${e.role}` : ''}` : ''].filter(Boolean).join(', ');
  const lines = [`${e.name} (${facts}): ${e.articles.length} article${e.articles.length === 1 ? '' : 's'}`];
  for (const a of e.articles) lines.push(`  ${a}`);
  for (const s of e.statements) {
    // How this entity was linked as the speaker, when not by its name; a joint statement names its members.
    const how = [s.speakerKind === 'entity' ? '' : ` (${s.speakerKind})`, s.speakers ? ` (joint: ${s.speakers.map((m) => who(m.name, m.kind)).join(' + ')})` : ''].join('');
    lines.push(`  ${s.verb} [${s.verbClass}]${how}: ${clip(s.text, 120)}  [${s.source}]`);
  }
  return lines.join('\n') + '\n';
}
