/**
 * Turn a given span (resolution-only mode) into a mention with its gazetteer candidates.
 *
 * The span's text is looked up as written, then with the usual news decorations removed:
 * a possessive, a leading "the", a generic head ("Rapides Parish" -> "Rapides"), a state
 * abbreviation ("Ga."), a demonym ("Russian" -> Russia).
 */

import { demonymTarget } from './demonyms.ts';
import { foldName } from './fold-name.ts';
import { type Gazetteer, placesForKey } from './gazetteer.ts';
import type { Mention } from './recognize-toponyms.ts';
import { abbreviationTarget, REGION_ABBREVIATIONS, US_POSTAL_CODES } from './region-abbreviations.ts';

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
  if (candidates.length > 0) {
    const generic = GENERIC_TAIL.exec(cleaned);
    return { ...base, key, candidates, generic: generic ? (generic[1] as string).toLowerCase() : null };
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
  return { ...base, key, candidates };
}
