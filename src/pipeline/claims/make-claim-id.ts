/**
 * A claim's id: stable across runs and machines because it depends only on the article
 * id, the quote's offsets and the event (two events can rest on one sentence).
 * FNV-1a, 2 x 32 bits, hex: short, and collisions within one corpus are unlikely.
 *
 * @example
 * makeClaimId('001_x', 10, 80, 'surrender') // => '001_x#…' (16 hex digits after '#')
 */

/** The two hex digits of each byte: `toString(16)` of a hash above 2^31 (a heap number, not a small integer) is slow. */
const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A 32-bit unsigned integer as 8 hex digits: `hash.toString(16).padStart(8, '0')`. */
function hex32(hash: number): string {
  return (
    (HEX_BYTES[hash >>> 24] as string) +
    (HEX_BYTES[(hash >>> 16) & 0xff] as string) +
    (HEX_BYTES[(hash >>> 8) & 0xff] as string) +
    (HEX_BYTES[hash & 0xff] as string)
  );
}

export function makeClaimId(articleId: string, quoteStart: number, quoteEnd: number, event: string): string {
  const key = `${articleId}:${quoteStart}:${quoteEnd}:${event}`;
  // FNV-1a of the key twice, with two seeds, in one pass over it. Math.imul keeps the low
  // 32 bits of the product whatever the sign of its operands, so `>>> 0` is needed only at the end.
  let high = 0x811c9dc5;
  let low = 0x01000193;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x01000193);
  }
  return `${articleId}#${hex32(high >>> 0)}${hex32(low >>> 0)}`;
}
