/**
 * Where a claim happened (issue 5, step 4).
 *
 * The event-role place in the claim's sentence, else in the sentences that continue it,
 * else the article's focus place. Within a sentence a settlement beats a region and a
 * region beats a country, and the place nearest the trigger wins. A country alone is
 * the weakest answer: a finer place in a continuing sentence, or the focus place inside
 * that country, is preferred. Never a dateline, origin or comparison place, and never
 * an unresolved name: no place gives null, and the claim is still kept.
 *
 * @example
 * pickClaimPlace([[sudzha, kurskRegion]], null, 40) // => {toponym: sudzha, from: 'sentence'}
 */
import type { Toponym } from '../schema.ts';
import { isUsablePlace } from './pick-focus-place.ts';

export type ClaimPlace = { toponym: Toponym; from: 'sentence' | 'continuation' | 'focus' };

const RANK: Readonly<Record<string, number>> = { settlement: 0, region: 1, country: 2 };

function finest(toponyms: Toponym[], anchor: number): Toponym | null {
  const usable = toponyms.filter(isUsablePlace);
  usable.sort(
    (a, b) =>
      (RANK[a.kind ?? 'country'] ?? 2) - (RANK[b.kind ?? 'country'] ?? 2) ||
      Math.abs(a.start - anchor) - Math.abs(b.start - anchor) ||
      a.start - b.start,
  );
  return usable[0] ?? null;
}

/**
 * @param bySentence usable toponyms of the claim's sentence first, then of each continuing sentence
 * @param focus the article's focus place
 * @param anchor the trigger's offset in the article
 */
export function pickClaimPlace(bySentence: Toponym[][], focus: Toponym | null, anchor: number): ClaimPlace | null {
  let country: ClaimPlace | null = null;
  for (const [index, toponyms] of bySentence.entries()) {
    const place = finest(toponyms, anchor);
    if (!place) continue;
    const from = index === 0 ? 'sentence' : 'continuation';
    if (place.kind !== 'country') return { toponym: place, from };
    country ??= { toponym: place, from };
  }
  if (
    focus &&
    (!country || focus.kind !== 'country') &&
    (!country || !focus.country || focus.country === country.toponym.country)
  ) {
    return { toponym: focus, from: 'focus' };
  }
  return country;
}
