/**
 * A page's texts read for the page: what the background answers the analyser with (the
 * `analysePage` call), so that the page itself holds neither the knowledge base nor the analyzer.
 * The article is judged (lib/detect) and, when it is Arabic news or the reader asked, analysed;
 * the live page's painted text (lib/highlight/text-index.ts) is searched for mentions, which the
 * page paints from their offsets. Every entity comes with what the interface shows of it: its
 * names, type and grammatical gender, and for a discovered actor its role and the forms written.
 */
import { detect, type ArticleSignals, type Detection } from '../detect/detect';
import { discoveredLabel, labelOf, type EntityLabel } from '../knowledge/label';
import type { Gazetteer } from '../knowledge/matcher';
import type { OwnNames } from '../highlight/own-names';
import { analyze } from './analyze';
import type { EntityMentions } from './types';

export interface PageTexts {
  /** The article as extracted (lib/extract/extract.ts): judged, then analysed. */
  article?: {
    text: string;
    signals: ArticleSignals;
  };
  /** The text of the live page's painted part: its mentions, by offset. */
  painted?: string;
  /** The outlet's country (lib/sites/country.ts): whose «المملكة» it is. */
  country?: string | null;
  /** Analyse the article even when it does not look like Arabic news ("Analyse this page"). */
  force?: boolean;
}

export type { EntityLabel };

/** An entity of the article, with how many times it is mentioned. */
export interface ArticleEntity extends EntityLabel {
  count: number;
}

/**
 * A mention in the painted text: its [start, end) offsets, and 1 third when it is one of the user's
 * own names (lib/highlight/own-names.ts), which the page paints only if the user chose so.
 */
export type PaintedMention = [start: number, end: number, own?: 1];

/** An entity of the painted text, with its mentions. */
export interface PaintedEntity extends EntityLabel {
  mentions: PaintedMention[];
}

export interface PageReading {
  /** The article's verdict (given with `article`). */
  detection?: Detection;
  /** The article's entities, most mentioned first (given when it was analysed). */
  entities?: ArticleEntity[];
  /** The painted text's entities (given with `painted`, when the article was analysed or none was sent). */
  painted?: PaintedEntity[];
}

/**
 * Reads what a page sent with the knowledge base `g` (the user's, compiled); `own` tells the user's
 * own names among the painted mentions.
 */
export function readPageTexts(texts: PageTexts, g: Gazetteer, own?: OwnNames): PageReading {
  const options = { country: texts.country };
  const reading: PageReading = {};
  if (texts.article) {
    const { text, signals } = texts.article;
    const detection = detect(text, signals);
    reading.detection = detection;
    if (!detection.isArabic || (!detection.isArabicNews && !texts.force)) return reading;
    // The page lists entities; their statements are read when the page is saved (lib/corpus/pages.ts).
    reading.entities = analyze(text, g, { ...options, mentionsOnly: true })
      .entities.map((e) => ({ ...labelOfFound(e, g), count: e.mentions.length }))
      .sort((x, y) => y.count - x.count);
  }
  if (texts.painted !== undefined) {
    reading.painted = analyze(texts.painted, g, { ...options, mentionsOnly: true }).entities.map((e) => ({
      ...labelOfFound(e, g),
      mentions: e.mentions.map((m): PaintedMention => (own?.(e.id, m.text) ? [m.start, m.end, 1] : [m.start, m.end])),
    }));
  }
  return reading;
}

/** The label of an entity found in a text: the knowledge base's record, or the discovered actor with the forms the text wrote. */
function labelOfFound(e: EntityMentions, g: Gazetteer): EntityLabel {
  const i = e.discovered ? undefined : g.indexOf.get(e.id);
  const record = i === undefined ? undefined : g.entities[i];
  if (record) return labelOf(record);
  return discoveredLabel({ id: e.id, name: e.name, type: e.type, role: e.role, forms: [...new Set(e.mentions.map((m) => m.text))] });
}
