/**
 * The heart of Marsad: text → the entities it mentions and the statements it reports. Pure: the
 * same in Node and in the page.
 *
 * normalise (with a map back to the original offsets) → tokenize → match the knowledge base's
 * names → their surnames → the reader → discover the names it lacks where the grammar says a name
 * stands → the entities' mentions → find the statements: `analyzerStages`, below.
 */
import { normalizeWithMap, toOriginalRange, type NormalizedText } from '../arabic/normalize';
import { tokenize, type Tokens } from '../arabic/tokenize';
import { matchAgencyCredits, matchHomeKingdom, matchSurnames, matchTokens, yieldSurnames, type Gazetteer, type TokenMention } from '../knowledge/matcher';
import type { EntityRecord } from '../knowledge/types';
import { discoveredRecords, discoverNames, textScope, type Discovery } from '../statements/discover';
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
  /**
   * The outlet's country (ISO 3166-1 alpha-2), when known: in a Saudi, Jordanian, Moroccan or
   * Bahraini outlet «المملكة» alone is that kingdom (lib/sites/country.ts gives a page's).
   */
  country?: string | null;
  /** Told what became of every trigger, in normalised offsets (lib/statements/explain.ts reads it). */
  trace?: ExtractOptions['trace'];
}

export function analyze(text: string, g: Gazetteer, options: AnalyzeOptions = {}): Analysis {
  const $ = analyzerStages;
  const norm = $.normalise(text);
  const tokens = $.tokenize(norm);
  const direct = $.match(g, tokens, options.country ?? undefined);
  const known = $.surnames(g, tokens, direct);
  const reader = $.reader(text, norm, tokens, g, known);
  const cast = $.discover(text, norm, reader, g, known);
  const entities = $.entities(text, norm, tokens, g, cast);
  const statements = options.mentionsOnly ? [] : $.statements(text, norm, g, reader, cast, options);
  return { text, entities, statements };
}

/**
 * Who the mentions of a text name, once the names the knowledge base lacks are found: the
 * knowledge base's entities then the discovered actors (a mention's `entity` indexes `actors`),
 * every mention in text order, and the discovery itself.
 */
export interface Cast {
  actors: readonly EntityRecord[];
  mentions: readonly TokenMention[];
  discovery: Discovery;
}

/**
 * The analyzer's stages, in the order `analyze()` runs them, each taking what the ones before it
 * made; `analyze()` is these and nothing else. Exported so that a profile of the analyzer
 * (bench/stages.ts) times the very code `analyze()` runs. A stage may be run again on the same
 * inputs, except `discover`, which gives the reader the names it finds: run it on a fresh reader.
 */
export const analyzerStages = {
  /** Normalises the text (see normalize.ts), keeping the map back to the original offsets. */
  normalise(text: string): NormalizedText {
    return normalizeWithMap(text);
  },

  tokenize(norm: NormalizedText): Tokens {
    return tokenize(norm.text);
  },

  /** The knowledge base's names, wherever the text writes one (and the outlet's own kingdom, given its country). */
  match(g: Gazetteer, tokens: Tokens, country?: string): TokenMention[] {
    return matchAgencyCredits(g, tokens, matchHomeKingdom(g, tokens, matchTokens(g, tokens), country));
  },

  /** Adds a person named by surname alone after the full name; all the mentions, in text order. */
  surnames(g: Gazetteer, tokens: Tokens, found: TokenMention[]): TokenMention[] {
    // A one-word name that is someone else's, where the article named this person in full, is this person.
    const direct = yieldSurnames(g, tokens, found);
    const bySurname = matchSurnames(g, tokens, direct);
    return bySurname.length ? [...direct, ...bySurname].sort((a, b) => a.firstToken - b.firstToken) : direct;
  },

  /** The reader the name finder and the statement rules read the text through, told the known mentions. */
  reader(text: string, norm: NormalizedText, tokens: Tokens, g: Gazetteer, known: readonly TokenMention[]): Reader {
    const reader = new Reader(tokens);
    reader.original = (s, e) => original(text, norm, s, e);
    reader.writesAlefMaqsura = text.includes('ى');
    reader.setMentions(known, g.entities);
    return reader;
  },

  /**
   * Finds the names the knowledge base lacks where the grammar says a name stands (each named as
   * the article writes its fullest form), and tells the reader about them.
   */
  discover(text: string, norm: NormalizedText, reader: Reader, g: Gazetteer, known: readonly TokenMention[]): Cast {
    const discovery = discoverNames(reader, g.entities.length);
    if (!discovery.actors.length) return { actors: g.entities, mentions: known, discovery };
    const records = discoveredRecords(discovery.actors, textScope(norm.text));
    // The name as the article writes it (its fullest form), and the role it was given.
    discovery.actors.forEach((a, k) => {
      records[k]!.name = original(text, norm, a.start, a.stop);
    });
    const actors = [...g.entities, ...records];
    const mentions = [...known, ...discovery.mentions].sort((a, b) => a.firstToken - b.firstToken);
    reader.setMentions(mentions, actors);
    return { actors, mentions, discovery };
  },

  /** Every entity mentioned, with its mentions in the original text (a discovered actor with its role). */
  entities(text: string, norm: NormalizedText, tokens: Tokens, g: Gazetteer, cast: Cast): EntityMentions[] {
    const { actors, discovery } = cast;
    const byEntity = new Map<number, EntityMentions>();
    for (const m of cast.mentions) {
      // A description («الجيش الإسرائيلي») may speak, but it is not a name to highlight.
      if (m.descriptive) continue;
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
    return [...byEntity.values()];
  },

  /** The statements the text reports, with their speakers, in the original text's offsets. */
  statements(text: string, norm: NormalizedText, g: Gazetteer, reader: Reader, cast: Cast, options: AnalyzeOptions = {}): Statement[] {
    const { actors } = cast;
    const statements: Statement[] = [];
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
    return statements;
  },
};

/** The original text of a normalised range. */
function original(text: string, norm: NormalizedText, start: number, end: number): string {
  const [a, b] = toOriginalRange(norm, start, end);
  return text.slice(a, b);
}
