import type { EntityType } from '../knowledge/types';

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
  /**
   * A discovered actor: a name the knowledge base lacks, recognised by its title, role or
   * honorific, or because it speaks. Its id is its own (`person:found-…`), stable for its
   * normalised name and type, never a built-in id.
   */
  discovered?: true;
  /** For a discovered actor: the title or role the article gives it («وزيرة الخارجية الأسترالية»). */
  role?: string;
}

/**
 * How the speaker's phrase was linked (DESIGN.md, "Statements"):
 * - `entity`: a knowledge-base entity;
 * - `discovered`: a discovered actor (a name the knowledge base lacks);
 * - `title`: a bare title («الوزير الفرنسي»); `speakerId` is the person it resolves to (given that
 *   title earlier in the article, or holding that role on the article's date), or null;
 * - `unnamed`: an unnamed source («مسؤول أمريكي كبير», «مصادر مطلعة»), kept as text.
 */
export type SpeakerKind = 'entity' | 'discovered' | 'title' | 'unnamed';
export const SPEAKER_KINDS: readonly SpeakerKind[] = ['entity', 'discovered', 'title', 'unnamed'];

/** What kind of speech act the reporting verb reports; a researcher filters a history by it. */
export type VerbClass = 'states' | 'announces' | 'affirms' | 'denies' | 'warns' | 'calls-for' | 'accuses' | 'claims' | 'threatens';
export const VERB_CLASSES: readonly VerbClass[] = ['states', 'announces', 'affirms', 'denies', 'warns', 'calls-for', 'accuses', 'claims', 'threatens'];

/** One speaker of a statement: who, how linked, and where its phrase is in the text. */
export interface Speaker {
  /** Entity id (knowledge base or discovered), or null (an unnamed source, an unresolved title). */
  id: string | null;
  /** The entity's name, or the phrase as written. */
  name: string;
  kind: SpeakerKind;
  /** The speaker's phrase: `text.slice(start, end)`. For a continuation, the phrase it continues. */
  start: number;
  end: number;
}

export interface Statement {
  /** The speaker's entity id, or null for an unnamed source («مسؤول أمريكي») or an unresolved title. */
  speakerId: string | null;
  /** The speaker as displayed: the entity's name, or the unnamed source's words. */
  speaker: string;
  speakerKind: SpeakerKind;
  /** Where the speaker's phrase is (in this or an earlier sentence): `text.slice(speakerStart, speakerEnd)`. */
  speakerStart: number;
  speakerEnd: number;
  /**
   * Every member of a joint subject («قالت فرنسا وبريطانيا»), in text order, the first being the
   * speaker above. Absent when one speaker speaks.
   */
  speakers?: Speaker[];
  /** The reporting word as written, without its conjunction: «أكد», «قالت», «مشيرا», «:». */
  verb: string;
  /** Where the reporting word is: `text.slice(verbStart, verbEnd) === verb`. */
  verbStart: number;
  verbEnd: number;
  verbClass: VerbClass;
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
