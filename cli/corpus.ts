/**
 * `marsad corpus`: the analysed files saved into a corpus by lib/corpus (the extension's code),
 * then read back per entity as the extension's history reads it.
 */
import type { Analysis } from '../lib/analyze/types';
import { saveArticle } from '../lib/corpus/corpus';
import { linksTo, statementsBy } from '../lib/corpus/sets';
import type { MarsadDB, StatementRecord } from '../lib/corpus/schema';
import type { InputArticle } from './input';

export interface Analysed {
  input: InputArticle;
  analysis: Analysis;
}

/** One entity of the corpus: its articles (by source) and its statements, newest first. */
export interface CorpusEntity {
  id: string;
  name: string;
  nameEn: string;
  type: string;
  articles: string[];
  statements: ReturnType<typeof corpusStatement>[];
  /** A discovered actor (a name the knowledge base lacks), with the latest role the corpus gave it. */
  discovered?: true;
  role?: string;
}

/** Saves every file; returns each saved article's source (the first file, when two are the same article). */
export async function saveAll(db: MarsadDB, analysed: readonly Analysed[]): Promise<Map<number, string>> {
  const sourceOf = new Map<number, string>();
  for (const { input, analysis } of analysed) {
    const result = await saveArticle(db, {
      url: input.source,
      canonicalUrl: input.canonicalUrl,
      title: input.title,
      site: input.site,
      byline: input.byline,
      publishedAt: input.publishedAt,
      lang: input.detection.language,
      analysis,
    });
    sourceOf.set(result.id, sourceOf.get(result.id) ?? input.source);
  }
  return sourceOf;
}

/** A statement of an entity's history as printed: the article's source first, the version-2 fields after. */
function corpusStatement(r: StatementRecord, source: string) {
  return {
    source,
    verb: r.verb,
    text: r.text,
    direct: r.direct,
    publishedAt: r.publishedAt,
    speaker: r.speaker,
    speakerKind: r.speakerKind,
    speakerStart: r.speakerStart,
    speakerEnd: r.speakerEnd,
    verbStart: r.verbStart,
    verbEnd: r.verbEnd,
    verbClass: r.verbClass,
    ...(r.speakers?.length ? { speakers: r.speakers } : {}),
  };
}

/** Every entity the files name, by id, with what the corpus holds for it. */
export async function corpusEntities(db: MarsadDB, analysed: readonly Analysed[], sourceOf: ReadonlyMap<number, string>): Promise<CorpusEntity[]> {
  const entities = new Map<string, { id: string; name: string; nameEn: string; type: string }>();
  for (const { analysis } of analysed) for (const e of analysis.entities) entities.set(e.id, { id: e.id, name: e.name, nameEn: e.nameEn, type: e.type });
  const out: CorpusEntity[] = [];
  for (const e of [...entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    // In the order the articles were saved (the files' order).
    const links = (await linksTo(db, e.id)).sort((a, b) => a.articleId - b.articleId);
    const articles = links.map((l) => sourceOf.get(l.articleId) ?? String(l.articleId));
    const statements = (await statementsBy(db, e.id)).map((r) => corpusStatement(r, sourceOf.get(r.articleId) ?? r.url));
    // The corpus's own record says whether it is a discovered actor, as the extension sees it.
    const found = await db.discovered.get(e.id);
    out.push({ ...e, articles, statements, ...(found ? { discovered: true as const, ...(found.role ? { role: found.role } : {}) } : {}) });
  }
  return out;
}
