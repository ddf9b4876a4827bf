/**
 * The CLI's JSON lines (--json). Keys come in the order of DESIGN.md's "The command line", the
 * ones it does not list after them; optional keys are left out rather than printed as null.
 */
import type { Analysis, EntityMentions, Speaker, Statement } from '../lib/analyze/types';
import type { InputArticle } from './input';

/** A joint subject's member: who, how linked, where its phrase is. */
function speakerJson(m: Speaker) {
  return { id: m.id, name: m.name, kind: m.kind, start: m.start, end: m.end };
}

export function statementJson(s: Statement) {
  return {
    speakerId: s.speakerId,
    speaker: s.speaker,
    speakerKind: s.speakerKind,
    speakerStart: s.speakerStart,
    speakerEnd: s.speakerEnd,
    verb: s.verb,
    verbStart: s.verbStart,
    verbEnd: s.verbEnd,
    verbClass: s.verbClass,
    text: s.text,
    start: s.start,
    end: s.end,
    direct: s.direct,
    sentenceStart: s.sentenceStart,
    sentenceEnd: s.sentenceEnd,
    ...(s.speakers?.length ? { speakers: s.speakers.map(speakerJson) } : {}),
  };
}

/** An entity; a discovered actor says so, with the role the article gives it. */
export function entityJson(e: EntityMentions) {
  return {
    id: e.id,
    name: e.name,
    nameEn: e.nameEn,
    type: e.type,
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    ...(e.discovered ? { discovered: true as const, ...(e.role ? { role: e.role } : {}) } : {}),
  };
}

/** `analyze --json`: one object per file. */
export function analysisJson(input: InputArticle, analysis: Analysis) {
  return {
    source: input.source,
    title: input.title,
    language: input.detection.language,
    isArabicNews: input.detection.isArabicNews,
    publishedAt: input.publishedAt,
    site: input.site,
    text: analysis.text,
    entities: analysis.entities.map(entityJson),
    statements: analysis.statements.map(statementJson),
  };
}
