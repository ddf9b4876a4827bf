/**
 * Every word list the analyzer compares with the text is compared with normalised text, so each of
 * its entries must be normalised itself: an entry written «على» or «لدى» would never meet the
 * text's «علي», «لدي». Reads every Set of words the matching and reading modules export.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import * as matcher from '../knowledge/matcher';
import * as stoplist from '../knowledge/stoplist';
import * as lexicon from '../statements/lexicon';
import * as givenNames from '../names/given-names';

const MODULES = { matcher, stoplist, lexicon, givenNames } as Record<string, Record<string, unknown>>;

/** Every exported Set of strings with Arabic in it, by «module.name». */
function wordLists(): [string, ReadonlySet<string>][] {
  const out: [string, ReadonlySet<string>][] = [];
  for (const [module, exports] of Object.entries(MODULES))
    for (const [name, value] of Object.entries(exports))
      if (value instanceof Set && [...value].some((w) => typeof w === 'string' && /[\u0600-\u06FF]/.test(w))) out.push([`${module}.${name}`, value as ReadonlySet<string>]);
  return out;
}

describe('word lists', () => {
  it('are found (the test reads real lists)', () => {
    const names = wordLists().map(([n]) => n);
    for (const expected of ['matcher.PLACE_CUES', 'matcher.NAME_HEADS', 'stoplist.STOPWORDS', 'lexicon.PREPOSITIONS', 'givenNames.GIVEN_NAMES']) expect(names).toContain(expected);
  });

  it('hold only normalised words', () => {
    const wrong = wordLists().flatMap(([name, set]) => [...set].filter((w) => normalize(w) !== w).map((w) => `${name}: «${w}» → «${normalize(w)}»`));
    expect(wrong).toEqual([]);
  });

  it('so a cue written with ى or ة meets the text', () => {
    expect(matcher.PLACE_CUES.has(normalize('لدى'))).toBe(true);
    expect(matcher.PLACE_CUES.has(normalize('مدينة'))).toBe(true);
  });
});
