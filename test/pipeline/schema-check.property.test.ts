// Issue 8: the output check compiled from the zod schema accepts exactly what the schema's
// safeParse accepts: the schema is the specification, on valid outputs and on every kind of
// damage one can do to them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zArticleMeta, zClaimFeature, zToponym } from '../../src/pipeline/schema.ts';
import { compileCheck } from '../../src/pipeline/schema-check.ts';

const toponym = {
  start: 10,
  end: 16,
  text: 'Sudzha',
  lat: 51.19,
  lon: 35.27,
  geonameId: 482_018,
  name: 'Sudzha',
  kind: 'settlement',
  confidence: 0.85,
  role: 'event',
  bbox: null,
  country: 'RU',
};
const claim = {
  type: 'Feature',
  id: 3,
  geometry: { type: 'Point', coordinates: [35.27, 51.19] },
  properties: {
    id: 'a#0123456789abcdef',
    article: 'a',
    quote: '24 soldiers surrendered near Sudzha.',
    quoteStart: 0,
    quoteEnd: 36,
    event: 'surrender',
    subjectSide: 'ukraine',
    side: 'russia',
    source: 'RIA Novosti',
    sourceKind: 'outlet',
    sideFallback: false,
    count: 24,
    countQualifier: 'exact',
    date: '2024-08-17',
    dateEnd: null,
    datePrecision: 'day',
    place: 'Sudzha',
    placePrecision: 'settlement',
    geonameId: 482_018,
    placeBbox: null,
    placeStart: 29,
    placeEnd: 35,
    countStart: 0,
    countEnd: 2,
    hedged: null,
  },
};

/** Values a field can be damaged into: wrong types, non-finite and fractional numbers, bad enums and dates. */
const damage = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'x',
  '2024-8-17',
  '2024-08-17',
  'settlement',
  'surrender',
  'Point',
  0,
  -1,
  1.5,
  -0,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  [1, 2],
  [1, 2, 3, 4],
  [1, 2, 3, 4, 5],
  [1, 'a', 3, 4],
  {},
  { type: 'Point', coordinates: [1, 2] },
  new Date(0),
);

type Path = Array<string | number>;
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...prefix, key]))];
}
function withValue(value: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...Path];
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = withValue(copy[head], rest, replacement, remove);
  return copy;
}

/** A valid value with up to three fields damaged, removed or added. */
function damaged(valid: unknown) {
  const paths = pathsOf(valid);
  return fc
    .array(fc.tuple(fc.constantFrom(...paths), damage, fc.nat(9), fc.string({ maxLength: 3 })), { maxLength: 3 })
    .map((edits) =>
      edits.reduce<unknown>((value, [path, replacement, how, extraKey]) => {
        if (how === 0 && path.length > 0) return withValue(value, path, undefined, true);
        // an extra key (zod drops it: no error)
        if (how === 1 && typeof value === 'object' && value !== null && !Array.isArray(value))
          return withValue(value, [`x${extraKey}`], replacement, false);
        return withValue(value, path, replacement, false);
      }, valid),
    );
}

describe('compileCheck', () => {
  const cases: Array<[string, z.ZodType, unknown]> = [
    ['a toponym', zToponym, toponym],
    ['a claim', zClaimFeature, claim],
    ['an array of claims', z.array(zClaimFeature), [claim, claim]],
    [
      'article metadata',
      zArticleMeta,
      { id: 'a', title: 't', outlet: 'o', url: null, published: '2024-01-02', side: 'russia' },
    ],
  ];

  for (const [name, schema, valid] of cases) {
    it(`accepts exactly what safeParse accepts: ${name} (20k damaged values)`, () => {
      const check = compileCheck(schema);
      expect(check(valid)).toBe(true);
      let rejected = 0;
      fc.assert(
        fc.property(damaged(valid), (value) => {
          const expected = schema.safeParse(value).success;
          if (!expected) rejected++;
          expect(check(value)).toBe(expected);
        }),
        { numRuns: 20_000 },
      );
      expect(rejected).toBeGreaterThan(5_000);
    });
  }

  it('agrees with safeParse where only the container decides: objects of optional fields, empty arrays', () => {
    const optionalOnly = z.object({ a: z.string().optional(), b: z.number().nullable().optional() });
    const pairs = z.tuple([z.number(), z.number()]);
    for (const [schema, values] of [
      [optionalOnly, [{}, [], [1], null, undefined, 'a', 0, new Date(0), { a: undefined }, { b: null }, { a: 1 }]],
      [z.array(optionalOnly), [[], [{}], [[]], {}, [null]]],
      [pairs, [[1, 2], [1], [1, 2, 3], [], { 0: 1, 1: 2, length: 2 }]],
    ] as const) {
      const check = compileCheck(schema);
      for (const value of values) expect(check(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
    }
  });

  it('throws on a kind of schema it does not know, instead of accepting anything', () => {
    expect(() => compileCheck(z.union([z.string(), z.number()]))).toThrow('compileCheck: unsupported zod type union');
    expect(() => compileCheck(z.string().email())).toThrow('unsupported zod check');
    expect(() => compileCheck(z.array(z.number()).min(1))).toThrow('unsupported zod array check');
  });
});
