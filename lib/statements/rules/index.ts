/**
 * The rules that find a trigger's speaker, in the order they are asked: the first that reads the
 * trigger decides. Each rule has its own file and its own cases (cases.tsv, run by
 * cases.test.ts); `npm run explain -- "<sentence>"` prints which rule read each trigger.
 */
import { according } from './according';
import { amma } from './amma';
import { continuation } from './continuation';
import { coordinated } from './coordinated';
import { headline } from './headline';
import { inWhich } from './in-which';
import { relative } from './relative';
import { relay } from './relay';
import { subjectBefore } from './subject-before';
import type { Rule } from './types';
import { verbSubject } from './verb-subject';

export const RULES: readonly Rule[] = [
  headline,
  according,
  relay,
  relative,
  inWhich,
  amma,
  coordinated,
  subjectBefore,
  verbSubject,
  continuation,
];

export type { Reading, Rule, RuleContext, Trigger, TriggerKind } from './types';
