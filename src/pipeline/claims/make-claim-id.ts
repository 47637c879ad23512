/**
 * A claim's id: stable across runs and machines because it depends only on the article
 * id, the quote's offsets and the event (two events can rest on one sentence).
 * FNV-1a, 2 x 32 bits, hex: short, and collisions within one corpus are unlikely.
 *
 * @example
 * makeClaimId('001_x', 10, 80, 'surrender') // => '001_x#…' (16 hex digits after '#')
 */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function makeClaimId(articleId: string, quoteStart: number, quoteEnd: number, event: string): string {
  const key = `${articleId}:${quoteStart}:${quoteEnd}:${event}`;
  const high = fnv1a(key, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = fnv1a(key, 0x01000193).toString(16).padStart(8, '0');
  return `${articleId}#${high}${low}`;
}
