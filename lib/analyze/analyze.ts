/**
 * The heart of Marsad: text → the entities it mentions and the statements it reports. Pure: the
 * same in Node and in the page.
 *
 * normalise (with a map back to the original offsets) → tokenize → match the knowledge base's
 * names → discover the names it lacks where the grammar says a name stands → find the statements.
 */
import { normalizeWithMap, toOriginalRange, type NormalizedText } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import { matchSurnames, matchTokens, type Gazetteer, type TokenMention } from '../knowledge/matcher';
import type { EntityRecord } from '../knowledge/types';
import { discoveredRecords, discoverNames } from '../statements/discover';
import { extractStatements, type ExtractOptions, type RawSpeaker } from '../statements/extract';
import { Reader } from '../statements/reader';
import type { Analysis, EntityMentions, Speaker, Statement } from './types';

export interface AnalyzeOptions {
  /** Skip statement extraction (highlighting needs mentions only). */
  mentionsOnly?: boolean;
  /**
   * The article's date (YYYY-MM-DD), when known: a bare title the article does not give to anyone
   * («الرئيس الفرنسي») is resolved to whoever held that role on that day.
   */
  publishedAt?: string | null;
  /** Told what became of every trigger, in normalised offsets (lib/statements/explain.ts reads it). */
  trace?: ExtractOptions['trace'];
}

export function analyze(text: string, g: Gazetteer, options: AnalyzeOptions = {}): Analysis {
  const norm = normalizeWithMap(text);
  const tokens = tokenize(norm.text);
  const direct = matchTokens(g, tokens);
  const bySurname = matchSurnames(g, tokens, direct);
  const known: TokenMention[] = bySurname.length ? [...direct, ...bySurname].sort((a, b) => a.firstToken - b.firstToken) : direct;

  const reader = new Reader(tokens);
  reader.original = (s, e) => original(text, norm, s, e);
  reader.writesAlefMaqsura = text.includes('ى');
  reader.setMentions(known, g.entities);
  const discovery = discoverNames(reader, g.entities.length);
  let actors: readonly EntityRecord[] = g.entities;
  let mentions = known;
  if (discovery.actors.length) {
    const records = discoveredRecords(discovery.actors);
    // The name as the article writes it (its fullest form), and the role it was given.
    discovery.actors.forEach((a, k) => {
      records[k]!.name = original(text, norm, a.start, a.stop);
    });
    actors = [...g.entities, ...records];
    mentions = [...known, ...discovery.mentions].sort((a, b) => a.firstToken - b.firstToken);
    reader.setMentions(mentions, actors);
  }

  const byEntity = new Map<number, EntityMentions>();
  for (const m of mentions) {
    const [start, end] = toOriginalRange(norm, m.start, m.end);
    let entry = byEntity.get(m.entity);
    if (!entry) {
      const e = actors[m.entity]!;
      entry = { id: e.id, name: e.name, nameEn: e.nameEn, type: e.type, mentions: [] };
      const d = m.entity - g.entities.length;
      if (d >= 0) {
        entry.discovered = true;
        const a = discovery.actors[d]!;
        if (a.roleStart >= 0) entry.role = original(text, norm, tokens.start[a.roleStart]!, tokens.end[a.roleEnd - 1]!);
      }
      byEntity.set(m.entity, entry);
    }
    entry.mentions.push({ start, end, text: text.slice(start, end) });
  }
  const entities = [...byEntity.values()];

  const statements: Statement[] = [];
  if (!options.mentionsOnly) {
    const speakerOf = (s: RawSpeaker): Speaker => {
      const [start, end] = toOriginalRange(norm, s.start, s.end);
      const e = s.entity >= 0 ? actors[s.entity]! : undefined;
      return { id: e?.id ?? null, name: e ? e.name : text.slice(start, end), kind: s.kind, start, end };
    };
    for (const s of extractStatements(g, reader, { publishedAt: options.publishedAt, trace: options.trace })) {
      const [start, end] = toOriginalRange(norm, s.start, s.end);
      const [verbStart, verbEnd] = toOriginalRange(norm, s.verbStart, s.verbEnd);
      const [sentenceStart, sentenceEnd] = toOriginalRange(norm, s.sentenceStart, s.sentenceEnd);
      const speaker = speakerOf(s.speaker);
      const statement: Statement = {
        speakerId: speaker.id,
        speaker: speaker.name,
        speakerKind: speaker.kind,
        speakerStart: speaker.start,
        speakerEnd: speaker.end,
        verb: text.slice(verbStart, verbEnd),
        verbStart,
        verbEnd,
        verbClass: s.verbClass,
        text: text.slice(start, end),
        start,
        end,
        direct: s.direct,
        sentenceStart,
        sentenceEnd,
      };
      if (s.members && s.members.length > 1) statement.speakers = s.members.map(speakerOf);
      statements.push(statement);
    }
  }
  return { text, entities, statements };
}

/** The original text of a normalised range. */
function original(text: string, norm: NormalizedText, start: number, end: number): string {
  const [a, b] = toOriginalRange(norm, start, end);
  return text.slice(a, b);
}
