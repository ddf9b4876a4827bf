/**
 * The heart of Marsad: text → the entities it mentions and the statements it reports. Pure: the
 * same in Node and in the page.
 */
import { normalizeWithMap, toOriginalRange } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import { matchSurnames, matchTokens, type Gazetteer, type TokenMention } from '../gazetteer/matcher';
import { extractStatements } from '../statements/extract';
import { verbClassOf } from '../statements/verbs';
import type { Analysis, EntityMentions, Statement } from './types';

export interface AnalyzeOptions {
  /** Skip statement extraction (highlighting needs mentions only). */
  mentionsOnly?: boolean;
  /**
   * The article's date (YYYY-MM-DD), when known: a bare title the article does not give to anyone
   * («الرئيس الفرنسي») is resolved to whoever held that role on that day.
   */
  publishedAt?: string | null;
}

export function analyze(text: string, g: Gazetteer, options: AnalyzeOptions = {}): Analysis {
  const norm = normalizeWithMap(text);
  const tokens = tokenize(norm.text);
  const direct = matchTokens(g, tokens);
  const bySurname = matchSurnames(g, tokens, direct);
  const mentions: TokenMention[] = bySurname.length
    ? [...direct, ...bySurname].sort((a, b) => a.firstToken - b.firstToken)
    : direct;

  const byEntity = new Map<number, EntityMentions>();
  for (const m of mentions) {
    const [start, end] = toOriginalRange(norm, m.start, m.end);
    let entry = byEntity.get(m.entity);
    if (!entry) {
      const e = g.entities[m.entity]!;
      entry = { id: e.id, name: e.name, nameEn: e.nameEn, type: e.type, mentions: [] };
      byEntity.set(m.entity, entry);
    }
    entry.mentions.push({ start, end, text: text.slice(start, end) });
  }
  const entities = [...byEntity.values()];

  const statements: Statement[] = [];
  if (!options.mentionsOnly) {
    for (const s of extractStatements(g, tokens, mentions)) {
      const [start, end] = toOriginalRange(norm, s.start, s.end);
      const [verbStart, verbEnd] = toOriginalRange(norm, s.verbStart, s.verbEnd);
      const [sentenceStart, sentenceEnd] = toOriginalRange(norm, s.sentenceStart, s.sentenceEnd);
      let speakerId: string | null = null;
      let speaker: string;
      let speakerStart = -1;
      let speakerEnd = -1;
      if (s.speaker.kind === 'entity') {
        const e = g.entities[s.speaker.entity]!;
        speakerId = e.id;
        speaker = e.name;
      } else {
        [speakerStart, speakerEnd] = toOriginalRange(norm, s.speaker.start, s.speaker.end);
        speaker = text.slice(speakerStart, speakerEnd);
      }
      statements.push({
        speakerId,
        speaker,
        speakerKind: s.speaker.kind,
        speakerStart,
        speakerEnd,
        verb: text.slice(verbStart, verbEnd),
        verbClass: verbClassOf(text.slice(verbStart, verbEnd)),
        verbStart,
        verbEnd,
        text: text.slice(start, end),
        start,
        end,
        direct: s.direct,
        sentenceStart,
        sentenceEnd,
      });
    }
  }
  return { text, entities, statements };
}
