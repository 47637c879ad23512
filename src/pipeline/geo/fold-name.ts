/**
 * Fold a place name to the key the gazetteer index is built on.
 *
 * News spells the same place many ways (Kharkov/Kharkiv, Avdeyevka/Avdiivka,
 * Kupyansk/Kupiansk, Izyum/Izium, L'gov/Lgov, "U.S."/"US"): folding both the index
 * and the text with one function makes those spellings meet on one key (issue 4).
 * The rules are deliberately lossy; the resolver ranks whatever collides.
 *
 * @example
 * foldName('Avdeyevka') === foldName('Avdiivka') // 'avdivka'
 * foldName('Kharkov') === foldName('Kharkiv')     // 'harkiv'
 */
/** Folded keys of recently seen names: recognition folds the same words again and again. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** Forget cached keys (benchmarks: time a pass with a cold cache). */
export function clearFoldCache(): void {
  cache.clear();
}

export function foldName(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const key = foldUncached(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, key);
  return key;
}

function foldUncached(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼʹ"“”]/g, '')
    .replace(/\./g, '')
    .replace(/[-‐–—_/,()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '') return s;
  s = s.replace(/^the /, '');
  s = s
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bmount\b/g, 'mt')
    .replace(/\bfort\b/g, 'ft');
  // Transliteration variants of Cyrillic names (Russian vs Ukrainian, BGN vs Wikipedia).
  s = s
    .replace(/kh/g, 'h')
    .replace(/yu/g, 'iu')
    .replace(/ya/g, 'ia')
    .replace(/ye/g, 'e')
    .replace(/yi/g, 'i')
    .replace(/iy/g, 'i')
    .replace(/yy/g, 'i')
    .replace(/ii+/g, 'i')
    .replace(/ee+/g, 'e')
    // Russian -ovka/-evka/-ovsk/-ov vs Ukrainian -ivka/-ivsk/-iv.
    .replace(/[oe]v(ka|sk|e)?\b/g, 'iv$1')
    .replace(/ii+/g, 'i');
  return s;
}

/** Fold each whitespace-separated token alone: used to build multi-word keys from text tokens. */
export function foldTokens(tokens: readonly string[]): string {
  return foldName(tokens.join(' '));
}
