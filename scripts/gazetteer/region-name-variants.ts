/**
 * Name variants of a first-level region, so that "Kursk region", "Kursk Oblast",
 * "Kurskaya oblast", "Kharkiv Region" and "Kharkivska oblast" all reach the region (issue 4).
 *
 * country-state-city spells regions one way ("Kursk Oblast", "Kharkivska oblast",
 * "Autonomous Republic of Crimea"); news uses the bare stem, the stem plus a generic word,
 * or the administrative centre's name plus a generic word.
 */
const GENERIC_SUFFIX =
  /\s+(oblast|region|province|state|krai|kray|republic|county|governorate|prefecture|department|district|territory|autonomous okrug|voivodeship|municipality|parish|emirate|division|canton|autonomous region|autonomous oblast|special administrative region|metropolitan city)$/i;
const GENERIC_PREFIX = /^(autonomous republic of|republic of|province of|state of|city of|region of|canton of)\s+/i;
const GENERIC_WORDS = ['region', 'oblast', 'province'];
const POST_SOVIET = new Set(['RU', 'UA', 'BY', 'KZ']);

export function regionNameVariants(name: string, countryCode: string, capital: string | undefined): string[] {
  const variants = new Set<string>([name]);
  const bare = name.replace(/\s*\(.*\)\s*$/, '').trim();
  variants.add(bare);
  let stem = bare.replace(GENERIC_PREFIX, '');
  stem = stem.replace(GENERIC_SUFFIX, '');
  if (stem.length >= 3) {
    variants.add(stem);
    for (const word of GENERIC_WORDS) variants.add(`${stem} ${word}`);
  }
  if (capital && POST_SOVIET.has(countryCode)) {
    // Ukrainian adjectival names ("Kharkivska") reduce to the centre's name ("Kharkiv").
    for (const word of GENERIC_WORDS) variants.add(`${capital} ${word}`);
    const adjective = capital.endsWith('sk') ? `${capital}aya` : `${capital}skaya`;
    variants.add(`${adjective} oblast`);
    variants.add(`${adjective} oblast'`);
  }
  return [...variants];
}
