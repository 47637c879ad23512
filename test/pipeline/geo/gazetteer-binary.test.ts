// Issue 8: the geoparser's index as one binary file (build/gazetteer.bin), read without
// parsing. What it holds must come back exactly, a damaged file must say why, and lookups
// over the key string read in place must answer as the old list of key strings did.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import {
  createGazetteer,
  type GazetteerData,
  hasLongerKey,
  placesForKey,
} from '../../../src/pipeline/geo/gazetteer.ts';
import {
  decodeGazetteer,
  encodeGazetteer,
  GAZETTEER_FORMAT_VERSION,
} from '../../../src/pipeline/geo/gazetteer-binary.ts';

/** A small index: three places, four keys (sorted by UTF-16 code units, as the builder sorts). */
function sample(): GazetteerData {
  return {
    version: GAZETTEER_FORMAT_VERSION,
    attribution: 'test',
    name: ['Sudzha', 'Kursk Oblast', 'Łódź'],
    lat: [51.1924, 51.5, 51.77],
    lon: [35.2722, 36.0, 19.4547],
    population: [5000, 1_100_000, 4_700_000_000],
    feature: ['PPLA2', 'ADM1', 'PPLA'],
    country: ['RU', 'RU', 'PL'],
    admin1: ['RU.41', 'RU.41', 'PL.74'],
    geonameId: [482_018, 538_555, 0],
    bbox: { '1': [34.1, 50.9, 38.5, 52.4] },
    keys: ['kursk', 'kursk oblast', 'lodz', 'sudzha'].join('\n'),
    postings: [1, 1, 2, 0],
    postingStarts: [0, 1, 2, 3],
    commonWords: '',
    personNames: 'lodz',
  };
}

/** A decoded index with its typed arrays as plain arrays, to compare with what was encoded. */
function plain(data: GazetteerData) {
  return {
    ...data,
    lat: Array.from(data.lat),
    lon: Array.from(data.lon),
    population: Array.from(data.population),
    geonameId: Array.from(data.geonameId),
    postings: Array.from(data.postings),
    postingStarts: Array.from(data.postingStarts),
  };
}

describe('encodeGazetteer / decodeGazetteer', () => {
  it('gives back every column exactly, non-ASCII names and a population past 2^32 included', () => {
    const data = sample();
    expect(plain(decodeGazetteer(encodeGazetteer(data)))).toEqual(data);
  });

  it('reads number columns in place from a file read whole, and copies them from an unaligned buffer', () => {
    const bytes = encodeGazetteer(sample());
    const inPlace = decodeGazetteer(bytes);
    expect(inPlace.lat).toBeInstanceOf(Float64Array);
    expect((inPlace.lat as Float64Array).buffer).toBe(bytes.buffer);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const copied = decodeGazetteer(shifted.subarray(1));
    expect((copied.lat as Float64Array).buffer).not.toBe(shifted.buffer);
    expect(plain(copied)).toEqual(sample());
  });

  it('an empty index round-trips', () => {
    const empty: GazetteerData = {
      ...sample(),
      name: [],
      lat: [],
      lon: [],
      population: [],
      feature: [],
      country: [],
      admin1: [],
      geonameId: [],
      bbox: {},
      keys: '',
      postings: [],
      postingStarts: [],
    };
    expect(plain(decodeGazetteer(encodeGazetteer(empty)))).toEqual(empty);
  });

  it('refuses, naming the column, what the format cannot hold', () => {
    expect(() => encodeGazetteer({ ...sample(), name: ['Sudzha', 'Kursk\nOblast', 'Łódź'] })).toThrow(/name\[1\]/);
    expect(() => encodeGazetteer({ ...sample(), geonameId: [1.5, 2, 3] })).toThrow(/geonameId\[0\] = 1.5/);
    expect(() => encodeGazetteer({ ...sample(), lat: [1, 2] })).toThrow(/lat has 2 entries for 3 places/);
    expect(() => encodeGazetteer({ ...sample(), postingStarts: [0, 1] })).toThrow(/2 posting starts for 4 keys/);
  });

  it('says why a damaged file cannot be read', () => {
    const bytes = encodeGazetteer(sample());
    expect(() => decodeGazetteer(new TextEncoder().encode('{"version":1}'))).toThrow('not a claimmap gazetteer index');
    const older = bytes.slice();
    new DataView(older.buffer).setUint32(4, 1, true);
    expect(() => decodeGazetteer(older)).toThrow(`format version 1, expected ${GAZETTEER_FORMAT_VERSION}`);
    expect(() => decodeGazetteer(bytes.subarray(0, bytes.length - 3))).toThrow(/truncated \(keys section\)/);
    expect(() => decodeGazetteer(bytes.subarray(0, 20))).toThrow(/truncated \(header\)/);
  });

  /** The bytes with the header changed by `mutate`, the sections moved along with it. */
  function withHeader(bytes: Uint8Array, mutate: (header: Record<string, unknown>) => unknown): Uint8Array {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const length = view.getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length)));
    const changed = new TextEncoder().encode(JSON.stringify(mutate(header)));
    const oldBase = Math.ceil((12 + length) / 8) * 8;
    const newBase = Math.ceil((12 + changed.length) / 8) * 8;
    const out = new Uint8Array(newBase + bytes.length - oldBase);
    out.set(bytes.subarray(0, 12));
    new DataView(out.buffer).setUint32(8, changed.length, true);
    out.set(changed, 12);
    out.set(bytes.subarray(oldBase), newBase);
    return out;
  }

  it('checks what it reads: postings that name no place, posting starts out of order, header fields, UTF-8', () => {
    expect(() => decodeGazetteer(encodeGazetteer({ ...sample(), postings: [1, 1, 1000, 0] }))).toThrow(
      'postings section: entry 2 = 1000 is not a place',
    );
    expect(() => decodeGazetteer(encodeGazetteer({ ...sample(), postings: [1, -1, 2, 0] }))).toThrow(
      'entry 1 = -1 is not a place',
    );
    expect(() => decodeGazetteer(encodeGazetteer({ ...sample(), postingStarts: [0, 2, 1, 3] }))).toThrow(
      'postingStarts section: entry 2 = 1 is out of order or range',
    );
    expect(() => decodeGazetteer(encodeGazetteer({ ...sample(), postingStarts: [1, 1, 2, 3] }))).toThrow('entry 0 = 1');
    const bytes = encodeGazetteer(sample());
    expect(() => decodeGazetteer(withHeader(bytes, () => null))).toThrow('bad header (not an object)');
    expect(() => decodeGazetteer(withHeader(bytes, (header) => ({ ...header, places: '3' })))).toThrow(
      'bad header (places)',
    );
    expect(() =>
      decodeGazetteer(
        withHeader(bytes, (header) => ({ ...header, values: { ...(header.values as object), feature: 'ABC' } })),
      ),
    ).toThrow('bad header (values.feature)');
    expect(plain(decodeGazetteer(withHeader(bytes, (header) => header)))).toEqual(sample());
    const header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(12, 12 + new DataView(bytes.buffer).getUint32(8, true))),
    );
    const base = Math.ceil((12 + new DataView(bytes.buffer).getUint32(8, true)) / 8) * 8;
    const damaged = bytes.slice();
    damaged[base + header.sections.names[0]] = 0xff;
    expect(() => decodeGazetteer(damaged)).toThrow('the names section is not valid UTF-8');
    // a line break where a letter was: one entry too many
    const split = bytes.slice();
    split[base + header.sections.names[0] + 2] = 0x0a;
    expect(() => decodeGazetteer(split)).toThrow('names section holds 4 entries, expected 3');
    const splitKey = bytes.slice();
    splitKey[base + header.sections.keys[0] + 2] = 0x0a;
    expect(() => createGazetteer(decodeGazetteer(splitKey))).toThrow('createGazetteer: 5 keys but 4 posting starts');
    expect(() => decodeGazetteer(bytes.subarray(0, 6))).toThrow('truncated (preamble)');
    expect(() => decodeGazetteer(new TextEncoder().encode('CMGX and more bytes'))).toThrow(
      'not a claimmap gazetteer index',
    );
  });

  it('loadGazetteer names the file and the reason', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimmap-gazetteer-'));
    const file = path.join(dir, 'gazetteer.bin');
    await writeFile(file, encodeGazetteer(sample()).subarray(0, 40));
    await expect(loadGazetteer(file)).rejects.toThrow(`gazetteer index ${file} is unreadable (truncated`);
    await writeFile(file, encodeGazetteer(sample()));
    const gazetteer = await loadGazetteer(file);
    expect(placesForKey(gazetteer, 'sudzha')).toEqual([0]);
    expect(placesForKey(gazetteer, 'kursk oblast')).toEqual([1]);
    expect(hasLongerKey(gazetteer, 'kursk')).toBe(true);
  });
});

describe('lookups read the keys in place', () => {
  /** The lookups as they were: a binary search over the list of key strings. */
  function reference(keys: string[], postingStarts: number[], postings: number[]) {
    return {
      places(key: string): number[] {
        const k = keys.indexOf(key);
        if (k < 0) return [];
        return postings.slice(postingStarts[k], k + 1 < keys.length ? postingStarts[k + 1] : postings.length);
      },
      longer(prefix: string): boolean {
        return keys.some((key) => key.startsWith(`${prefix} `));
      },
    };
  }

  // keys over a small alphabet, so that probes often share prefixes with keys, hit one, or
  // fall between two; astral letters (surrogate pairs) and ü test the code-unit order
  const letter = fc.constantFrom('a', 'b', 'ü', ' ', 'z', '𝔞', 'A');
  const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((letters) => letters.join(''));

  it('finds the same places and longer keys as a search over the key strings (random indexes)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (unsorted, probes) => {
        const keys = [...unsorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const postingStarts = keys.map((_, k) => k * 2);
        const postings = keys.flatMap((_, k) => [k, k + 100]);
        const gazetteer = createGazetteer({ ...sample(), keys: keys.join('\n'), postingStarts, postings });
        const expected = reference(keys, postingStarts, postings);
        for (const probe of [...probes, ...keys, ...keys.map((key) => key.slice(0, -1))]) {
          expect(placesForKey(gazetteer, probe)).toEqual(expected.places(probe));
          expect(hasLongerKey(gazetteer, probe)).toBe(expected.longer(probe));
        }
      }),
      { numRuns: 300 },
    );
  });
});
