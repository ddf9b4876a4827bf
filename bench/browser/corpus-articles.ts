/**
 * The articles of the corpus benchmark (bench/browser/corpus.entry.ts) and of the import benchmark's
 * file (bench/browser/import.ts): generated news (bench/generate.ts) of about 300 words, each with
 * its title, site, date and address, analysed with the built-in knowledge base. The same number
 * gives the same article, in Node and in the browser.
 */
import { analyze } from '../../lib/analyze/analyze';
import { hasArabicLetter } from '../../lib/arabic/letters';
import type { ArticleInput } from '../../lib/corpus/corpus';
import { BUILTIN_ENTITIES } from '../../lib/knowledge/builtin';
import type { Gazetteer } from '../../lib/knowledge/matcher';
import type { EntityRecord, EntityType } from '../../lib/knowledge/types';
import { generateNews, mulberry32 } from '../generate';

const SEED = 0x636f7270; // "corp"
const ARTICLE_WORDS = 300;
const SITES = ['aljazeera.net', 'alarabiya.net', 'bbc.com', 'skynewsarabia.com', 'france24.com', 'dw.com', 'enabbaladi.net', 'syria.tv', 'aawsat.com', 'independentarabia.com'];

/**
 * Who the news is about: names are not equally frequent. The knowledge base is given to the
 * generator with the entity at rank r repeated round(ZIPF / r) times (at least once), so a few
 * entities (Syria, Iraq, Assad, Erdoğan, the UN ...) are in a large share of the articles and most
 * are rare. The head is chosen; the rest of each type is in a seeded random order.
 */
const ZIPF = 300;
const HEAD: Record<EntityType, string[]> = {
  place: ['place:sy', 'place:iq', 'place:damascus', 'place:raqqa'],
  person: ['person:bashar-al-assad', 'person:recep-tayyip-erdogan', 'person:vladimir-putin', 'person:donald-trump', 'person:emmanuel-macron'],
  organization: ['org:un', 'org:isis', 'org:sdf', 'org:nato'],
};

export function weightedEntities(): EntityRecord[] {
  const rng = mulberry32(SEED);
  const out: EntityRecord[] = [];
  for (const type of ['person', 'organization', 'place'] as const) {
    const head = HEAD[type].flatMap((id) => BUILTIN_ENTITIES.filter((e) => e.id === id));
    const rest = BUILTIN_ENTITIES.filter((e) => e.type === type && !HEAD[type].includes(e.id) && hasArabicLetter(e.name));
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    [...head, ...rest].forEach((e, r) => {
      for (let k = Math.max(1, Math.round(ZIPF / (r + 1))); k > 0; k--) out.push(e);
    });
  }
  return out;
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Article number `i`: ~300 words of generated news (whole paragraphs), its title, site and date, analysed. */
export function makeArticle(i: number, weighted: readonly EntityRecord[], g: Gazetteer): { input: ArticleInput; words: number; now: Date } {
  const paragraphs = generateNews(weighted, 1, SEED + i).text.split('\n\n');
  const kept: string[] = [];
  let words = 0;
  for (const p of paragraphs) {
    if (words >= ARTICLE_WORDS) break;
    kept.push(p);
    words += countWords(p);
  }
  const title = kept[0]!.split(/[.،:]/)[0]!.split(' ').slice(0, 10).join(' ');
  const text = `${title}\n\n${kept.join('\n\n')}`; // as extractArticle gives it: the title, an empty line, the body
  const rng = mulberry32(SEED ^ i);
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(rng() * 3000) * 86_400_000);
  const site = SITES[i % SITES.length]!;
  const url = `https://www.${site}/news/${2016 + (i % 9)}/${i}`;
  return {
    input: { url, canonicalUrl: url, title, site, byline: null, publishedAt: day.toISOString().slice(0, 10), lang: 'arb', analysis: analyze(text, g) },
    words: words + countWords(title),
    now: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
  };
}
