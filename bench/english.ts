/**
 * Deterministic English news-like text for the "non-Arabic page" benchmark: sentences built from a
 * word list written here (nothing copied from an article).
 */
import { mulberry32 } from './generate';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const SUBJECTS = words(`
  officials ministers analysts residents lawmakers investors engineers researchers farmers teachers
  doctors regulators negotiators voters companies councils committees unions students observers
`);
const VERBS = words(`
  said warned argued announced confirmed suggested reported insisted denied expected noted
  explained proposed estimated acknowledged predicted claimed added stressed agreed
`);
const ADJECTIVES = words(`
  new local national regional economic political public annual recent major early final broad
  significant modest rapid gradual unexpected limited growing strong weak careful formal
`);
const NOUNS = words(`
  budget plan report market policy election agreement project program season forecast inquiry
  strategy reform proposal vote network harbour bridge school hospital museum festival railway
  contract tariff pension drought storm rainfall harvest schedule survey committee council
`);
const PLACES = words(`
  Lisbon Oslo Denver Quebec Melbourne Glasgow Dublin Vienna Toronto Auckland Seattle Bristol
  Helsinki Madrid Chicago Brisbane Cardiff Portland Calgary Leeds
`);
const TAILS = [
  'after weeks of debate',
  'despite strong opposition',
  'ahead of the vote next month',
  'according to figures published on Monday',
  'in a statement released late on Friday',
  'before the end of the year',
  'as costs continued to rise',
  'following a review by independent experts',
  'with little public discussion',
  'amid growing concern over delays',
];
const LINKS = words(`that because while although since whereas`);

export interface EnglishText {
  paragraphs: string[];
  words: number;
}

/** At least `wordCount` words of English prose in paragraphs of 3–6 sentences. */
export function generateEnglish(wordCount: number, seed: number): EnglishText {
  const rng = mulberry32(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rng() * a.length)]!;
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const sentence = () => {
    let s = `${pick(SUBJECTS)} in ${pick(PLACES)} ${pick(VERBS)} that the ${pick(ADJECTIVES)} ${pick(NOUNS)} would be ${pick(ADJECTIVES)}`;
    if (rng() < 0.5) s += ` ${pick(LINKS)} the ${pick(NOUNS)} of the ${pick(ADJECTIVES)} ${pick(NOUNS)} remained ${pick(ADJECTIVES)}`;
    if (rng() < 0.6) s += `, ${pick(TAILS)}`;
    return cap(s) + '.';
  };
  const paragraphs: string[] = [];
  let total = 0;
  while (total < wordCount) {
    const n = 3 + Math.floor(rng() * 4);
    const p = Array.from({ length: n }, sentence).join(' ');
    paragraphs.push(p);
    total += p.split(' ').length;
  }
  return { paragraphs, words: total };
}
