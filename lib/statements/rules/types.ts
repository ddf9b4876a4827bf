/**
 * What a rule sees and says. A rule reads one trigger (a reporting verb, a participle, an
 * "according to" phrase, a headline's colon) in its sentence and says who speaks: a phrase of its
 * own (`subject`), or no subject here so the previous speaker goes on (`continues`). A rule that
 * does not apply says nothing (undefined) and the next rule is asked.
 */
import type { Reader } from '../reader';
import type { Phrase, Phrases } from '../subject';

export type TriggerKind = 'verb' | 'participle' | 'according' | 'headline';

export interface Trigger {
  kind: TriggerKind;
  /** The token of the trigger word. */
  token: number;
  /** The normalised trigger word without its conjunction («قال», «مشيرا», «حسب»). */
  word: string;
}

export interface Reading {
  /** The rule that read it (for `npm run explain` and the tests). */
  rule: string;
  /** The speaker's phrase, or undefined when the trigger has no subject of its own. */
  subject?: Phrase;
  /** No subject here: the speaker is the one before (in this sentence, or the last sentences). */
  continues?: boolean;
  /** A subject stands here that is no speaker the rules can name («الدراسات», a relay's unreadable source): nothing is recorded. */
  none?: boolean;
  /** The first token the content may begin at. */
  contentFrom: number;
  /** The content stands before the trigger («... حسب ما أعلن X»): it runs from the previous clause up to here. */
  contentBefore?: boolean;
  /** The reporting word when it is not the trigger's own token («حسب ما أعلن»: أعلن). */
  verbToken?: number;
  /** A token this reading used up that must not be read as a trigger of its own. */
  consumed?: number;
}

export interface RuleContext {
  r: Reader;
  phrases: Phrases;
  /** The sentence: tokens [s0, s1). */
  s0: number;
  s1: number;
  /** Where the next trigger of the sentence stands (a phrase never runs past it). */
  limit: number;
  /** The readings of the sentence's earlier triggers. */
  earlier: readonly { trigger: Trigger; reading: Reading }[];
}

export interface Rule {
  name: string;
  /** Which triggers the rule reads. */
  kinds: readonly TriggerKind[];
  read(c: RuleContext, t: Trigger): Reading | undefined;
}

export type { Phrase };
