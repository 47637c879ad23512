/**
 * A small seeded PRNG (mulberry32) so generated corpora are reproducible from --seed.
 */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    chance: (probability) => next() < probability,
  };
}

/** Read `--name value` flags; numbers are checked so a typo is a usage error, not NaN. */
export function readFlags(argv: string[], spec: Record<string, 'number' | 'string'>): Record<string, string | number> {
  const flags: Record<string, string | number> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
    const name = arg.slice(2);
    const type = spec[name];
    if (!type)
      throw new Error(
        `unknown flag --${name} (known: ${Object.keys(spec)
          .map((key) => `--${key}`)
          .join(', ')})`,
      );
    const value = argv[index + 1];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    index += 1;
    if (type === 'number') {
      const number = Number(value);
      if (!Number.isFinite(number)) throw new Error(`--${name} must be a number, not ${JSON.stringify(value)}`);
      flags[name] = number;
    } else {
      flags[name] = value;
    }
  }
  return flags;
}
