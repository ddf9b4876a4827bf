/**
 * The case table (cases.tsv): sentences the project's developers wrote, each with the reading it
 * must get — the rule, the speaker's phrase, how it is linked, where the content begins. Adding a
 * pattern is one rule and one line here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/fixtures';
import { builtinGazetteer } from '../knowledge/builtin';
import { explain } from './explain';

interface Case {
  line: number;
  rule: string;
  sentence: string;
  trigger: string;
  speaker: string;
  kind: string;
  id: string;
  content: string;
  date: string | undefined;
}

const CASES: Case[] = readFileSync(join(ROOT, 'lib', 'statements', 'cases.tsv'), 'utf8')
  .split('\n')
  .map((text, i) => ({ text, line: i + 1 }))
  .filter(({ text }) => text.trim() !== '' && !text.startsWith('#'))
  .map(({ text, line }) => {
    const [rule, sentence, trigger, speaker, kind, id, content, date] = text.split('\t');
    if (content === undefined) throw new Error(`cases.tsv:${line}: expected 7 or 8 tab-separated columns`);
    return { line, rule: rule!, sentence: sentence!, trigger: trigger!, speaker: speaker!, kind: kind!, id: id!, content, date: date || undefined };
  });

const g = builtinGazetteer();

describe('cases.tsv: how each sentence is read', () => {
  it('has a case for every rule', async () => {
    const { RULES } = await import('./rules');
    for (const rule of RULES) expect(CASES.some((c) => c.rule === rule.name), `a case for ${rule.name}`).toBe(true);
  });

  for (const c of CASES) {
    it(`${c.rule} · ${c.line}: ${c.sentence.slice(0, 70)}`, () => {
      const x = explain(c.sentence, g, { publishedAt: c.date });
      const [word, nth = '1'] = c.trigger.split('#');
      // The trigger as written; failing that, without its conjunction («قال» for «وقال» as the text has it).
      const exact = x.triggers.filter((t) => t.word === word);
      const matches = exact.length ? exact : x.triggers.filter((t) => t.word.replace(/^[وف]/, '') === word!.replace(/^[وف]/, ''));
      const t = matches[Number(nth) - 1];
      if (c.rule === '-') {
        expect(t?.statement, `no statement for «${c.trigger}»`).toBeUndefined();
        return;
      }
      expect(t, `trigger «${c.trigger}» among ${x.triggers.map((m) => m.word).join(', ')}`).toBeDefined();
      const s = t!.statement;
      expect(s, `a statement for «${c.trigger}» (${t!.outcome})`).toBeDefined();
      expect(t!.rule).toBe(c.rule);
      expect(x.analysis.text.slice(s!.speakerStart, s!.speakerEnd)).toBe(c.speaker);
      if (c.kind !== '*') expect(s!.speakerKind).toBe(c.kind);
      if (c.id === 'null') expect(s!.speakerId).toBeNull();
      else if (c.id !== '*') expect(s!.speakerId).toBe(c.id);
      expect(s!.text.startsWith(c.content), `content «${s!.text}» begins with «${c.content}»`).toBe(true);
    });
  }
});
