/**
 * The hover card's private line between a page's content script and the card's frame (an
 * extension page the content script puts in the page: entrypoints/card). The page must read
 * nothing of what the card shows, so the content script tells the frame only what the page already
 * has (which entity, the words on the page, the interface's language and colour) and the frame
 * asks the background for the rest.
 *
 * The line is a MessageChannel. The content script makes a secret word and puts it in the frame's
 * address, after the `#` (never sent, and the page cannot read an element inside a closed shadow
 * root); once the frame has loaded, it hands the frame one end of the channel with that word, by
 * `postMessage` to the extension's origin only. The frame takes the first end that comes with its
 * word and listens to nothing else: a page can post to the frame, but not with the word, and never
 * on the channel. Pure types and checks: the browser's side is features/page/card-line.ts and
 * features/card/frame.ts.
 */
import type { Gender } from './knowledge/gender';
import { ENTITY_TYPES, type EntityType } from './knowledge/types';
import type { Locale } from './i18n/strings';

/** The entity a card is about, as the page's reading knows it. */
export interface CardEntity {
  id: string;
  name: string;
  nameEn: string;
  type: EntityType;
  /** Its grammatical gender (the background gives it: lib/knowledge/gender.ts), for the words that refer to it. */
  gender: Gender;
  /** The words on the page that were matched («this is not X» excludes them). */
  mentionText: string;
  /** A discovered actor: a name the knowledge base lacks. */
  discovered?: boolean;
  /** Its title or role on this page («وزير الخارجية الأيرلندي»). */
  role?: string;
  /** The forms the page writes it in. */
  forms?: string[];
}

/** One card to show: everything the frame needs that the page's reading has. */
export interface CardShow {
  entity: CardEntity;
  /** The colour its type is painted in. */
  color: string;
  locale: Locale;
  /** The user's own names are not painted in pages (said once a discovered actor is added). */
  ownNotPainted: boolean;
  /** The page being read, left out of what the card lists. */
  excludeUrl: string;
}

/** The content script's messages to the frame. */
export type ToFrame =
  /** Show this card; `seq` names the showing (the frame's replies carry it). */
  | ({ type: 'show'; seq: number } & CardShow)
  /** The card is hidden: what its showing started must not touch it again. */
  | { type: 'hide' }
  /** The keyboard comes into the card. */
  | { type: 'focus' }
  /** Whether the page draws the card altered, as far as the content script can see (where the browser cannot tell the frame itself). */
  | { type: 'altered'; value: boolean };

/** The frame's messages to the content script. */
export type FromFrame =
  /** The showing `seq` is drawn in the frame: the frame may be shown. */
  | { type: 'ready'; seq: number }
  /** The reader closed the card (its × or Escape). */
  | { type: 'close'; seq: number }
  /** The card's edit went through (hidden, «not this»): it has done its work. */
  | { type: 'done'; seq: number }
  /** The pointer came onto the card. */
  | { type: 'pointer' }
  /** Alt+Shift+↓ (forward) or ↑ in the card: on to the next or previous mention. */
  | { type: 'step'; forward: boolean }
  /** Tab past the card's last control, or Shift+Tab before its first: the keyboard goes back to the page. */
  | { type: 'leave' };

/** The key of the message that hands the frame its end of the channel: `{ [HANDOVER]: word }`. */
export const HANDOVER = 'marsadCard';

/** Is this the handover with this word (and a port)? */
export function isHandover(data: unknown, ports: readonly unknown[], word: string): boolean {
  return word.length >= 16 && isRecord(data) && data[HANDOVER] === word && ports.length === 1;
}

const LOCALES = new Set(['ar', 'en']);

/** A message for the frame, as the frame checks it. */
export function isToFrame(m: unknown): m is ToFrame {
  if (!isRecord(m)) return false;
  switch (m.type) {
    case 'show':
      return isSeq(m.seq) && isCardEntity(m.entity) && typeof m.color === 'string' && LOCALES.has(m.locale as string) && typeof m.ownNotPainted === 'boolean' && typeof m.excludeUrl === 'string';
    case 'hide':
    case 'focus':
      return true;
    case 'altered':
      return typeof m.value === 'boolean';
    default:
      return false;
  }
}

/** A message from the frame, as the content script checks it. */
export function isFromFrame(m: unknown): m is FromFrame {
  if (!isRecord(m)) return false;
  switch (m.type) {
    case 'ready':
    case 'close':
    case 'done':
      return isSeq(m.seq);
    case 'pointer':
    case 'leave':
      return true;
    case 'step':
      return typeof m.forward === 'boolean';
    default:
      return false;
  }
}

function isCardEntity(e: unknown): e is CardEntity {
  if (!isRecord(e)) return false;
  const optional = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
  return (
    typeof e.id === 'string' &&
    typeof e.name === 'string' &&
    typeof e.nameEn === 'string' &&
    ENTITY_TYPES.includes(e.type as EntityType) &&
    (e.gender === 'm' || e.gender === 'f') &&
    typeof e.mentionText === 'string' &&
    optional(e.discovered, (v) => typeof v === 'boolean') &&
    optional(e.role, (v) => typeof v === 'string') &&
    optional(e.forms, (v) => Array.isArray(v) && v.every((f) => typeof f === 'string'))
  );
}

const isSeq = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
