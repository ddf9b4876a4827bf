/**
 * For tests: analyses built by hand against the statement contract (lib/analyze/types.ts), so the
 * corpus, its export and the CLI are tested on what the contract allows (joint subjects, titles,
 * discovered actors), whatever the analyzer finds today. Offsets are found in the text, so a
 * fixture whose text and description disagree fails at once.
 */
import type { Analysis, EntityMentions, Speaker, SpeakerKind, Statement } from '../analyze/types';
import { verbClassOf } from '../statements/verbs';
import type { EntityType } from '../knowledge/types';

/** Where `phrase` first occurs in `text` at or after `from`. */
export function find(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture: «${phrase}» is not in the text after ${from}`);
  return { start, end: start + phrase.length };
}

export interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  /** The mentions as written, in text order. */
  mentions: string[];
  discovered?: true;
  role?: string;
}

export interface SpeakerSpec {
  /** The speaker's phrase as written (searched from the statement's start, or from `from`). */
  phrase: string;
  id: string | null;
  kind: SpeakerKind;
  /** The name stored: the entity's, or the phrase. */
  name?: string;
  /** Search the phrase from here (a continuation points back at an earlier phrase). */
  from?: number;
}

export interface StatementSpec {
  /** One speaker, or the members of a joint subject (the first is the speaker). */
  speakers: SpeakerSpec[];
  /** The reporting word as written, without its conjunction. */
  verb: string;
  /** What was said. */
  content: string;
  direct?: boolean;
}

/**
 * An analysis of `text`: entities with their mentions, and statements in text order (each one's
 * verb, content and speaker phrase are searched after the previous statement's content).
 */
export function analysisOf(text: string, entities: EntitySpec[], statements: StatementSpec[]): Analysis {
  const built: EntityMentions[] = entities.map((e) => {
    let from = 0;
    const mentions = e.mentions.map((m) => {
      const at = find(text, m, from);
      from = at.end;
      return { ...at, text: m };
    });
    return { id: e.id, name: e.name, nameEn: '', type: e.type, mentions, ...(e.discovered ? { discovered: true as const } : {}), ...(e.role ? { role: e.role } : {}) };
  });
  let cursor = 0;
  const said: Statement[] = statements.map((s) => {
    const verb = find(text, s.verb, cursor);
    // The sentence starts after the last full stop or line end before the verb.
    let sentenceStart = Math.max(text.lastIndexOf('.', verb.start), text.lastIndexOf('\n', verb.start)) + 1;
    while (text[sentenceStart] === ' ') sentenceStart++;
    const content = find(text, s.content, verb.end);
    const members: Speaker[] = s.speakers.map((m) => {
      const at = find(text, m.phrase, m.from ?? sentenceStart);
      return { id: m.id, name: m.name ?? m.phrase, kind: m.kind, start: at.start, end: at.end };
    });
    cursor = content.end;
    const main = members[0]!;
    const stop = text.indexOf('.', content.end);
    return {
      speakerId: main.id,
      speaker: main.name,
      speakerKind: main.kind,
      speakerStart: main.start,
      speakerEnd: main.end,
      ...(members.length > 1 ? { speakers: members } : {}),
      verb: s.verb,
      verbStart: verb.start,
      verbEnd: verb.end,
      verbClass: verbClassOf(s.verb),
      text: s.content,
      start: content.start,
      end: content.end,
      direct: s.direct ?? false,
      sentenceStart,
      sentenceEnd: stop < 0 ? text.length : stop + 1,
    };
  });
  return { text, entities: built, statements: said };
}

/** Julie Bishop, whom the knowledge base lacks: a discovered actor. */
export const BISHOP = 'person:found-1k9x2q';
/** The id she gets when the user adds her to the knowledge base. */
export const BISHOP_KB = 'person:user-julie-bishop';
export const FRANCE = 'place:fr';
export const UK = 'place:gb';
export const AUSTRALIA = 'place:au';

/** 2019-03-01: Bishop (named with her role, then by name), a joint statement by France and Britain, an unnamed official. */
export const JAKARTA = {
  url: 'https://news.example/2019/03/bishop-jakarta',
  publishedAt: '2019-03-01',
  analysis: () => {
    const text =
      'بيشوب تزور جاكرتا\n\n' +
      'قالت وزيرة الخارجية الأسترالية جولي بيشوب إن بلادها ستدعم المحادثات في جاكرتا. ' +
      'وحذرت بيشوب من تصاعد العنف في المنطقة. ' +
      'وقالت فرنسا وبريطانيا إن الحل يجب أن يكون سياسيا. ' +
      'وقال مسؤول أمريكي كبير إن واشنطن تتابع الوضع عن كثب.';
    return analysisOf(
      text,
      [
        { id: BISHOP, name: 'جولي بيشوب', type: 'person', mentions: ['بيشوب', 'جولي بيشوب', 'بيشوب'], discovered: true, role: 'وزيرة الخارجية الأسترالية' },
        { id: FRANCE, name: 'فرنسا', type: 'place', mentions: ['فرنسا'] },
        { id: UK, name: 'بريطانيا', type: 'place', mentions: ['بريطانيا'] },
      ],
      [
        { speakers: [{ phrase: 'جولي بيشوب', id: BISHOP, kind: 'discovered' }], verb: 'قالت', content: 'بلادها ستدعم المحادثات في جاكرتا' },
        { speakers: [{ phrase: 'بيشوب', id: BISHOP, kind: 'discovered', name: 'جولي بيشوب' }], verb: 'حذرت', content: 'من تصاعد العنف في المنطقة' },
        {
          speakers: [
            { phrase: 'فرنسا', id: FRANCE, kind: 'entity' },
            { phrase: 'بريطانيا', id: UK, kind: 'entity' },
          ],
          verb: 'قالت',
          content: 'الحل يجب أن يكون سياسيا',
        },
        { speakers: [{ phrase: 'مسؤول أمريكي كبير', id: null, kind: 'unnamed' }], verb: 'قال', content: 'واشنطن تتابع الوضع عن كثب' },
      ],
    );
  },
};

/** 2019-06-15: Bishop again (another spelling, a new role), once through her bare title. */
export const DENIAL = {
  url: 'https://other.example/bishop-denies',
  publishedAt: '2019-06-15',
  analysis: () => {
    const text =
      'بيشوب تنفي\n\n' +
      'نفت جولى بيشوب أن تكون بلادها قد غيرت موقفها. ' +
      'وأكدت الوزيرة أن الحوار مستمر. ' +
      'ودعت بيشوب إلى ضبط النفس.';
    return analysisOf(
      text,
      [{ id: BISHOP, name: 'جولي بيشوب', type: 'person', mentions: ['بيشوب', 'جولى بيشوب', 'بيشوب'], discovered: true, role: 'وزيرة الخارجية' }],
      [
        { speakers: [{ phrase: 'جولى بيشوب', id: BISHOP, kind: 'discovered', name: 'جولي بيشوب' }], verb: 'نفت', content: 'تكون بلادها قد غيرت موقفها' },
        { speakers: [{ phrase: 'الوزيرة', id: BISHOP, kind: 'title', name: 'جولي بيشوب' }], verb: 'أكدت', content: 'الحوار مستمر' },
        { speakers: [{ phrase: 'بيشوب', id: BISHOP, kind: 'discovered', name: 'جولي بيشوب' }], verb: 'دعت', content: 'إلى ضبط النفس' },
      ],
    );
  },
};

/** 2019-09-09: Australia and Bishop speak together; no discovered actor in the text's entities but her. */
export const CANBERRA = {
  url: 'https://news.example/2019/09/canberra',
  publishedAt: '2019-09-09',
  analysis: () => {
    const text = 'أستراليا تستعد\n\nوقالت أستراليا وجولي بيشوب إن الاتفاق قريب. وأضافت بيشوب أن التوقيع سيتم الشهر المقبل.';
    return analysisOf(
      text,
      [
        { id: AUSTRALIA, name: 'أستراليا', type: 'place', mentions: ['أستراليا', 'أستراليا'] },
        { id: BISHOP, name: 'جولي بيشوب', type: 'person', mentions: ['جولي بيشوب', 'بيشوب'], discovered: true },
      ],
      [
        {
          speakers: [
            { phrase: 'أستراليا', id: AUSTRALIA, kind: 'entity' },
            { phrase: 'جولي بيشوب', id: BISHOP, kind: 'discovered' },
          ],
          verb: 'قالت',
          content: 'الاتفاق قريب',
        },
        { speakers: [{ phrase: 'بيشوب', id: BISHOP, kind: 'discovered', name: 'جولي بيشوب' }], verb: 'أضافت', content: 'التوقيع سيتم الشهر المقبل' },
      ],
    );
  },
};
