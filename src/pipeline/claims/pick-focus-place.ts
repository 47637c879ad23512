/**
 * The place an article is about: where its claims happened when a sentence names
 * no place (issue 5, step 4).
 *
 * The most often mentioned resolved event place below country level (a settlement or
 * a region), ties broken by the earliest mention (the headline); a country only when
 * nothing finer is named. Datelines, origins, comparisons and captions never count.
 * A mention in a sentence that reports an event counts twice: the focus is where the
 * claims are, not the capital whose government speaks ("Kyiv will not consider …").
 *
 * @example
 * pickFocusPlace([{text: 'Kursk region', role: 'event', kind: 'region', ...}]) // => that toponym
 */
import type { Toponym } from '../schema.ts';

export function isUsablePlace(toponym: Toponym): boolean {
  return toponym.role === 'event' && toponym.lat !== null && toponym.lon !== null && toponym.kind !== null;
}

function placeKey(toponym: Toponym): string {
  return toponym.geonameId !== null ? `id:${toponym.geonameId}` : `name:${toponym.name ?? toponym.text}`;
}

/**
 * @param toponyms the article's toponyms (without captions)
 * @param claimSpans offsets of the sentences that report events
 */
export function pickFocusPlace(
  toponyms: Toponym[],
  claimSpans: Array<{ start: number; end: number }> = [],
): Toponym | null {
  const usable = toponyms.filter(isUsablePlace).sort((a, b) => a.start - b.start);
  for (const wantCountry of [false, true]) {
    const counts = new Map<string, { first: Toponym; count: number }>();
    for (const toponym of usable) {
      if ((toponym.kind === 'country') !== wantCountry) continue;
      const key = placeKey(toponym);
      const weight = claimSpans.some((span) => toponym.start >= span.start && toponym.end <= span.end) ? 2 : 1;
      const entry = counts.get(key);
      if (entry) entry.count += weight;
      else counts.set(key, { first: toponym, count: weight });
    }
    let best: { first: Toponym; count: number } | null = null;
    for (const entry of counts.values()) {
      if (!best || entry.count > best.count || (entry.count === best.count && entry.first.start < best.first.start))
        best = entry;
    }
    if (best) return best.first;
  }
  return null;
}
