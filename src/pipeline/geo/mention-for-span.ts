/**
 * Turn a given span (resolution-only mode) into a mention with its gazetteer candidates.
 *
 * The span's text is looked up as written, then with the usual news decorations removed:
 * a possessive, a leading "the", a generic head ("Rapides Parish" -> "Rapides"), a state
 * abbreviation ("Ga."), a demonym ("Russian" -> Russia). A span that still names nothing
 * the gazetteer knows is searched for an embedded place name, longest run of capitalised
 * words first ("Colorado State University" -> Colorado, "Dubai World Cup" -> Dubai,
 * "European Commission" -> Europe; "US Special Forces" -> United States, where a capitalised
 * abbreviation counts only for a country, union or region): the annotated place of an
 * organisation or event named after a place is that place.
 */

import { demonymTarget } from './demonyms.ts';
import { foldName } from './fold-name.ts';
import { type Gazetteer, kindOf, placesForKey } from './gazetteer.ts';
import { type Mention, regionCue } from './recognize-toponyms.ts';
import { abbreviationTarget, REGION_ABBREVIATIONS, US_POSTAL_CODES } from './region-abbreviations.ts';
import { type Token, tokenizeText } from './tokenize-text.ts';
import { COMMON_WORDS } from './word-lists.ts';

const GENERIC_TAIL =
  /\s+(county|parish|province|oblast|region|district|state|governorate|prefecture|krai|republic|township|borough|city|town|village)$/i;

export function mentionForSpan(text: string, start: number, end: number, gazetteer: Gazetteer): Mention {
  const surface = text.slice(start, end);
  const base = { start, end, text: surface, generic: null as string | null, demonym: false };
  let cleaned = surface
    .replace(/['’]s$/, '')
    .replace(/^the\s+/i, '')
    .trim();
  const abbreviation =
    abbreviationTarget(REGION_ABBREVIATIONS, cleaned) ??
    abbreviationTarget(REGION_ABBREVIATIONS, `${cleaned}.`) ??
    (/^[A-Z]{2}$/.test(cleaned) ? abbreviationTarget(US_POSTAL_CODES, cleaned) : undefined);
  let key = foldName(cleaned);
  if (abbreviation && (cleaned.endsWith('.') || cleaned.length <= 3)) {
    key = foldName(abbreviation);
    return { ...base, key, candidates: placesForKey(gazetteer, key) };
  }
  const candidates = placesForKey(gazetteer, key);
  const demonymOf = demonymTarget(cleaned.toLowerCase());
  // "Canadian", "Spanish": a demonym that is also the name of some small town is the demonym
  // unless one of its namesakes is an area (a country or region) itself.
  if (
    candidates.length > 0 &&
    demonymOf !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(cleaned) &&
    candidates.every((c) => gazetteer.feature[c] !== 'COUNTRY' && !(gazetteer.feature[c] ?? '').startsWith('ADM'))
  )
    return { ...base, key: cleaned.toLowerCase(), candidates: [], demonym: true };
  if (candidates.length > 0) {
    const generic = GENERIC_TAIL.exec(cleaned);
    return {
      ...base,
      key,
      candidates,
      generic: generic ? (generic[1] as string).toLowerCase() : regionCue(text, start, end) ? 'region' : null,
    };
  }
  if (abbreviation) {
    key = foldName(abbreviation);
    return { ...base, key, candidates: placesForKey(gazetteer, key) };
  }
  const demonym = demonymTarget(cleaned.toLowerCase()) ?? demonymTarget(cleaned.toLowerCase().replace(/s$/, ''));
  if (demonym) return { ...base, key: cleaned.toLowerCase(), candidates: [], demonym: true };
  const generic = GENERIC_TAIL.exec(cleaned);
  if (generic) {
    cleaned = cleaned.slice(0, generic.index);
    key = foldName(cleaned);
    return { ...base, key, candidates: placesForKey(gazetteer, key), generic: (generic[1] as string).toLowerCase() };
  }
  const embedded = embeddedPlace(surface, gazetteer);
  if (embedded) return { ...base, ...embedded, embedded: true };
  return { ...base, key, candidates };
}

/** The longest run of capitalised tokens inside the span that names a place or a demonym. */
function embeddedPlace(surface: string, gazetteer: Gazetteer): Pick<Mention, 'key' | 'candidates' | 'demonym'> | null {
  const tokens = tokenizeText(surface).filter((token) => token.capitalized);
  if (tokens.length < 2) return null;
  for (let length = tokens.length - 1; length >= 1; length--) {
    for (let first = 0; first + length <= tokens.length; first++) {
      const run = tokens.slice(first, first + length) as Token[];
      const last = run[run.length - 1] as Token;
      // tokens must be adjacent words of the span ("Dubai World", not "Dubai ... Cup")
      if (run.some((token, k) => k > 0 && token.start - (run[k - 1] as Token).end > 1)) continue;
      const words = surface.slice((run[0] as Token).start, last.end);
      const lower = words.toLowerCase();
      // "US Special Forces", "EU Aviation Strategy", "FrontCounter BC": a capitalised
      // abbreviation inside a name stands for its country, union or region (looked up as a
      // span of its own would be), never for a town that happens to be spelt so.
      if (length === 1 && /^[A-Z]{2,3}$/.test(words)) {
        const own = mentionForSpan(words, 0, words.length, gazetteer);
        const areas = own.candidates.filter((c) => kindOf(gazetteer, c) !== 'settlement');
        if (areas.length > 0) return { key: own.key, candidates: areas, demonym: false };
        continue;
      }
      if (length === 1 && (COMMON_WORDS.has(lower) || words.length < 3 || gazetteer.commonWordSet.has(foldName(words))))
        continue;
      const key = foldName(words);
      const candidates = placesForKey(gazetteer, key);
      // "Canadian Press", "English Premier League": a demonym stands for its country or region,
      // not for a small town spelt like it (as for a span of its own, above)
      const bare = lower.replace(/^the\s+/, '');
      if (
        demonymTarget(bare) &&
        candidates.every((c) => gazetteer.feature[c] !== 'COUNTRY' && !(gazetteer.feature[c] ?? '').startsWith('ADM'))
      )
        return { key: bare, candidates: [], demonym: true };
      if (candidates.length > 0) return { key, candidates, demonym: false };
    }
  }
  return null;
}
