/**
 * Name keys that are also ordinary English words or personal names ("Advance", "Live",
 * "Reading", "Victoria"), from compromise's lexicon (issue 4 asks to try compromise: this
 * is where it measurably helps, by telling a capitalised "Share" from a town).
 * Place tags (Country, City, Region, Place) are not words; recognition only takes a listed
 * key for a place when a locative preposition stands before it.
 */
import nlp from 'compromise';
import { foldName } from '../../src/pipeline/geo/fold-name.ts';

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Address', 'Demonym']);
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);

export function commonWordKeys(): { words: string[]; names: string[] } {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
    .lexicon;
  const words = new Set<string>();
  const names = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    if (word.includes(' ')) continue;
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => PLACE_TAGS.has(t))) continue;
    const key = foldName(word);
    if (key.length < 2) continue;
    if (tags.some((t) => NAME_TAGS.has(t))) names.add(key);
    else words.add(key);
  }
  return { words: [...words].sort(), names: [...names].sort() };
}
