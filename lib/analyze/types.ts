import type { EntityType } from '../gazetteer/types';

/** A mention of an entity: `text.slice(start, end)` of the analysed text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface EntityMentions {
  id: string;
  name: string;
  nameEn: string;
  type: EntityType;
  mentions: Mention[];
}

export interface Statement {
  /** The speaker's entity id, or null for an unnamed source («مسؤول أمريكي»). */
  speakerId: string | null;
  /** The speaker as displayed: the entity's name, or the unnamed source's words. */
  speaker: string;
  /** The reporting word as written, without its conjunction: «أكد», «قالت», «مشيرا», «:». */
  verb: string;
  /** What was said. `text === analysed.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The content opens with a quotation. */
  direct: boolean;
  /** The whole sentence, to find the statement again in a page. */
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Analysis {
  text: string;
  entities: EntityMentions[];
  statements: Statement[];
}
