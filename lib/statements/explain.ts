/**
 * How Marsad reads a text: every trigger, the rule that read it, and who speaks or why nothing
 * was recorded. For `npm run explain -- "<sentence>"` and the case tests (cases.tsv): adding a
 * pattern is one rule and one case line, and this shows what the engine makes of it.
 */
import { analyze, type AnalyzeOptions } from '../analyze/analyze';
import { normalizeWithMap, toOriginalRange } from '../arabic/normalize';
import type { Analysis, Statement } from '../analyze/types';
import type { Gazetteer } from '../knowledge/matcher';
import type { TraceEvent } from './extract';

export interface TriggerReading {
  /** The trigger word as written. */
  word: string;
  start: number;
  end: number;
  kind: TraceEvent['kind'];
  rule: string | undefined;
  outcome: TraceEvent['outcome'];
  /** The statement recorded for it, when one was. */
  statement: Statement | undefined;
}

export interface Explanation {
  analysis: Analysis;
  triggers: TriggerReading[];
}

export function explain(text: string, g: Gazetteer, options: Omit<AnalyzeOptions, 'trace'> = {}): Explanation {
  const events: TraceEvent[] = [];
  const analysis = analyze(text, g, { ...options, trace: (e) => events.push(e) });
  const norm = normalizeWithMap(text);
  const triggers = events
    .map((e): TriggerReading => {
      const [start, end] = toOriginalRange(norm, e.start, e.end);
      let statement: Statement | undefined;
      if (e.statement) {
        const [vs] = toOriginalRange(norm, e.statement.verbStart, e.statement.verbEnd);
        const [cs] = toOriginalRange(norm, e.statement.start, e.statement.end);
        statement = analysis.statements.find((s) => s.verbStart === vs && s.start === cs);
      }
      return { word: text.slice(start, end), start, end, kind: e.kind, rule: e.rule, outcome: e.outcome, statement };
    })
    .sort((a, b) => a.start - b.start);
  return { analysis, triggers };
}

/** The explanation as lines of text, for a terminal. */
export function formatExplanation(x: Explanation): string {
  const lines: string[] = [];
  const names = x.analysis.entities.map((e) => `${e.name}${e.discovered ? ' (discovered' + (e.role ? `: ${e.role}` : '') + ')' : ''} [${e.type}]`);
  lines.push(`names: ${names.join('، ') || '—'}`);
  for (const t of x.triggers) {
    const head = `«${t.word}» (${t.kind}${t.rule ? `, rule ${t.rule}` : ''})`;
    const s = t.statement;
    if (!s) {
      lines.push(`${head}: nothing recorded — ${t.outcome}`);
      continue;
    }
    const phrase = s.speakerStart >= 0 ? x.analysis.text.slice(s.speakerStart, s.speakerEnd) : '';
    const who = s.speakerId ? `${s.speaker} <${s.speakerId}>` : s.speaker;
    const joint = s.speakers ? ` with ${s.speakers.slice(1).map((m) => m.name).join('، ')}` : '';
    lines.push(`${head}: ${s.speakerKind} ${who}${joint}, phrase «${phrase}», ${s.verbClass}${s.direct ? ', direct' : ''}`);
    lines.push(`    «${s.text}»`);
  }
  return lines.join('\n');
}
