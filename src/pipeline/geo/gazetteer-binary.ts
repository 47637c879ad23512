/**
 * The geoparser's index as one binary file (build/gazetteer.bin, written by
 * `npm run build:gazetteer`), read without parsing: its number columns are typed arrays
 * over the file's bytes, its text columns one UTF-8 run each. The JSON it replaces took
 * about 265 ms to load per thread (read 80 ms, JSON.parse 120 ms, splitting the keys 60 ms)
 * and every pipeline thread loads it (issue 8: docs/performance.md, decision 15).
 *
 * Layout, all numbers little-endian:
 *   0   "CMGZ", then the format version (u32)
 *   8   the header's length in bytes (u32), then the header: UTF-8 JSON with the counts, the
 *       small parts (attribution, bboxes, word lists, the distinct values of the coded
 *       columns) and where each section is
 *   ... sections, each at a multiple of 8 from the start of the file:
 *       lat, lon, population (f64 per place), geonameId (i32 per place),
 *       postingStarts (i32 per key), postings (i32), feature, country, admin1 (u16 per place:
 *       an index into the header's list of their distinct values), names and keys (UTF-8,
 *       '\n' between entries)
 *
 * Pure (TextEncoder/TextDecoder, typed arrays): the browser can fetch the file and decode it.
 *
 * @example
 * const gazetteer = createGazetteer(decodeGazetteer(new Uint8Array(await readFile('build/gazetteer.bin'))));
 */
import type { GazetteerData } from './gazetteer.ts';

const MAGIC = 'CMGZ';
export const GAZETTEER_FORMAT_VERSION = 2;

type NumberSection = 'lat' | 'lon' | 'population' | 'geonameId' | 'postingStarts' | 'postings';
type CodedSection = 'feature' | 'country' | 'admin1';
type TextSection = 'names' | 'keys';
type Section = NumberSection | CodedSection | TextSection;

const FLOAT_SECTIONS = ['lat', 'lon', 'population'] as const;
const INT_SECTIONS = ['geonameId', 'postingStarts', 'postings'] as const;
const CODED_SECTIONS = ['feature', 'country', 'admin1'] as const;

type Header = {
  attribution: string;
  places: number;
  keys: number;
  postings: number;
  bbox: GazetteerData['bbox'];
  commonWords: string;
  personNames: string;
  /** the distinct values of each coded column; the column holds indexes into this list */
  values: Record<CodedSection, string[]>;
  /** byte offset and byte length of each section */
  sections: Record<Section, [number, number]>;
};

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function align8(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

/** The little-endian bytes of a column, checked: every value must fit its type. */
function numberBytes(
  column: ArrayLike<number>,
  kind: 'f64' | 'i32' | 'u16',
  what: string,
  distinctValues?: number,
): Uint8Array {
  const size = kind === 'f64' ? 8 : kind === 'i32' ? 4 : 2;
  const bytes = new Uint8Array(column.length * size);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < column.length; i++) {
    const value = column[i] as number;
    if (kind === 'f64') {
      if (typeof value !== 'number') throw new Error(`encodeGazetteer: ${what}[${i}] is not a number`);
      view.setFloat64(i * 8, value, true);
    } else if (kind === 'i32') {
      if (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31)
        throw new Error(`encodeGazetteer: ${what}[${i}] = ${value} is not a 32-bit integer`);
      view.setInt32(i * 4, value, true);
    } else {
      if (!Number.isInteger(value) || value < 0 || value >= (distinctValues ?? 0))
        throw new Error(`encodeGazetteer: ${what} code ${value} out of range`);
      view.setUint16(i * 2, value, true);
    }
  }
  return bytes;
}

function joinedText(values: readonly string[], what: string): Uint8Array {
  for (const [i, value] of values.entries()) {
    if (typeof value !== 'string' || value === '' || value.includes('\n'))
      throw new Error(`encodeGazetteer: ${what}[${i}] is not a non-empty string without line breaks`);
  }
  return new TextEncoder().encode(values.join('\n'));
}

/** The index as bytes. Throws, naming the column, on a value the format cannot hold. */
export function encodeGazetteer(data: GazetteerData): Uint8Array {
  const places = data.name.length;
  for (const column of [...FLOAT_SECTIONS, 'geonameId', ...CODED_SECTIONS] as const) {
    if (data[column].length !== places)
      throw new Error(`encodeGazetteer: ${column} has ${data[column].length} entries for ${places} places`);
  }
  const keys = data.keys === '' ? [] : data.keys.split('\n');
  if (data.postingStarts.length !== keys.length)
    throw new Error(`encodeGazetteer: ${data.postingStarts.length} posting starts for ${keys.length} keys`);

  const values = {} as Record<CodedSection, string[]>;
  const parts = new Map<Section, Uint8Array>();
  for (const column of FLOAT_SECTIONS) parts.set(column, numberBytes(data[column], 'f64', column));
  for (const column of INT_SECTIONS) parts.set(column, numberBytes(data[column], 'i32', column));
  for (const column of CODED_SECTIONS) {
    const distinct = [...new Set(data[column])];
    if (distinct.length > 65_536) throw new Error(`encodeGazetteer: ${column} has more than 65,536 distinct values`);
    const code = new Map(distinct.map((value, index) => [value, index]));
    values[column] = distinct;
    parts.set(
      column,
      numberBytes(
        data[column].map((value) => code.get(value) as number),
        'u16',
        column,
        distinct.length,
      ),
    );
  }
  parts.set('names', joinedText(data.name, 'name'));
  parts.set('keys', joinedText(keys, 'key'));

  const sections = {} as Record<Section, [number, number]>;
  let offset = 0;
  for (const [name, bytes] of parts) {
    offset = align8(offset);
    sections[name] = [offset, bytes.length];
    offset += bytes.length;
  }
  const header: Header = {
    attribution: data.attribution,
    places,
    keys: keys.length,
    postings: data.postings.length,
    bbox: data.bbox,
    commonWords: data.commonWords,
    personNames: data.personNames,
    values,
    sections,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const base = align8(12 + headerBytes.length);
  const out = new Uint8Array(base + offset);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, GAZETTEER_FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  for (const [name, bytes] of parts) out.set(bytes, base + sections[name][0]);
  return out;
}

/** Strict: bytes that are not UTF-8 are an error, not U+FFFD (a damaged key would break the sort). */
function utf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${what} is not valid UTF-8`);
  }
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The header's fields are the types the decoder relies on; throws naming the first that is not. */
function checkHeader(header: unknown): asserts header is Header {
  if (typeof header !== 'object' || header === null) throw new Error('bad header (not an object)');
  const fields = header as Record<string, unknown>;
  for (const field of ['places', 'keys', 'postings'])
    if (!isCount(fields[field])) throw new Error(`bad header (${field})`);
  for (const field of ['attribution', 'commonWords', 'personNames'])
    if (typeof fields[field] !== 'string') throw new Error(`bad header (${field})`);
  if (typeof fields.bbox !== 'object' || fields.bbox === null) throw new Error('bad header (bbox)');
  const values = fields.values as Record<string, unknown> | undefined;
  for (const column of CODED_SECTIONS) {
    const list = values?.[column];
    if (!Array.isArray(list) || !list.every((value) => typeof value === 'string'))
      throw new Error(`bad header (values.${column})`);
  }
}

/**
 * The postings point at places, and each key's run of them starts where the one before ended
 * or later, within the postings: else a lookup would return places that do not exist.
 */
function checkPostings(postings: Int32Array, postingStarts: Int32Array, places: number): void {
  for (let i = 0; i < postings.length; i++) {
    const place = postings[i] as number;
    if (place < 0 || place >= places) throw new Error(`postings section: entry ${i} = ${place} is not a place`);
  }
  let previous = 0;
  for (let k = 0; k < postingStarts.length; k++) {
    const start = postingStarts[k] as number;
    if (start < previous || start > postings.length || (k === 0 && start !== 0))
      throw new Error(`postingStarts section: entry ${k} = ${start} is out of order or range`);
    previous = start;
  }
}

type NumberArray = Float64Array | Int32Array | Uint16Array;

/**
 * A section's little-endian numbers: a view over its bytes where the platform is little-endian
 * and the section aligned (always, for a file read whole), else a copy read number by number.
 */
function littleEndian<A extends NumberArray>(
  part: Uint8Array,
  Type: {
    readonly BYTES_PER_ELEMENT: number;
    new (buffer: ArrayBufferLike, offset: number, length: number): A;
    new (length: number): A;
  },
  read: (data: DataView, at: number) => number,
): A {
  const size = Type.BYTES_PER_ELEMENT;
  if (isLittleEndian && part.byteOffset % size === 0) return new Type(part.buffer, part.byteOffset, part.length / size);
  const out = new Type(part.length / size);
  const data = new DataView(part.buffer, part.byteOffset, part.length);
  for (let i = 0; i < out.length; i++) out[i] = read(data, i * size);
  return out;
}

/**
 * The index from its bytes. Number columns are views over `bytes` when the platform is
 * little-endian and the section is aligned (always, for a file read whole), else copies.
 * Throws a short reason ("not a claimmap gazetteer index", "truncated", "format version
 * 1, expected 2" …); the caller names the file.
 */
export function decodeGazetteer(bytes: Uint8Array): GazetteerData {
  // the first four bytes, or as many as there are: a short file that starts right is truncated
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  if (bytes.length === 0 || !MAGIC.startsWith(head)) throw new Error('not a claimmap gazetteer index');
  if (bytes.length < 12) throw new Error('truncated (preamble)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== GAZETTEER_FORMAT_VERSION)
    throw new Error(`format version ${version}, expected ${GAZETTEER_FORMAT_VERSION}`);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > bytes.length) throw new Error('truncated (header)');
  let header: unknown;
  try {
    header = JSON.parse(utf8(bytes.subarray(12, 12 + headerLength), 'the header'));
  } catch (error) {
    throw new Error(`unreadable header (${(error as Error).message})`);
  }
  checkHeader(header);
  const base = align8(12 + headerLength);
  const expected: Record<Section, number> = {
    lat: header.places * 8,
    lon: header.places * 8,
    population: header.places * 8,
    geonameId: header.places * 4,
    postingStarts: header.keys * 4,
    postings: header.postings * 4,
    feature: header.places * 2,
    country: header.places * 2,
    admin1: header.places * 2,
    names: -1,
    keys: -1,
  };
  const slice = (name: Section): Uint8Array => {
    const [offset, length] = header.sections?.[name] ?? [Number.NaN, Number.NaN];
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0)
      throw new Error(`no ${name} section`);
    if (expected[name] !== -1 && length !== expected[name])
      throw new Error(`${name} section holds ${length} bytes, expected ${expected[name]}`);
    if (base + offset + length > bytes.length) throw new Error(`truncated (${name} section)`);
    return bytes.subarray(base + offset, base + offset + length);
  };
  const floats = (name: NumberSection) =>
    littleEndian(slice(name), Float64Array, (data, at) => data.getFloat64(at, true));
  const ints = (name: NumberSection) => littleEndian(slice(name), Int32Array, (data, at) => data.getInt32(at, true));
  const coded = (name: CodedSection): string[] => {
    const codes = littleEndian(slice(name), Uint16Array, (data, at) => data.getUint16(at, true));
    const distinct = header.values?.[name] ?? [];
    const out = new Array<string>(header.places);
    let outOfRange = false;
    for (let i = 0; i < out.length; i++) {
      const code = codes[i] as number;
      outOfRange ||= code >= distinct.length;
      out[i] = distinct[code] as string;
    }
    if (outOfRange) throw new Error(`a ${name} code is out of range`);
    return out;
  };
  const text = (name: TextSection): string => utf8(slice(name), `the ${name} section`);
  const names = text('names');
  const name = names === '' ? [] : names.split('\n');
  if (name.length !== header.places)
    throw new Error(`names section holds ${name.length} entries, expected ${header.places}`);
  const postings = ints('postings');
  const postingStarts = ints('postingStarts');
  checkPostings(postings, postingStarts, header.places);
  return {
    version: GAZETTEER_FORMAT_VERSION,
    attribution: header.attribution,
    name,
    lat: floats('lat'),
    lon: floats('lon'),
    population: floats('population'),
    feature: coded('feature'),
    country: coded('country'),
    admin1: coded('admin1'),
    geonameId: ints('geonameId'),
    bbox: header.bbox,
    // their number is checked against postingStarts by createGazetteer, which finds where each starts
    keys: text('keys'),
    postings,
    postingStarts,
    commonWords: header.commonWords,
    personNames: header.personNames,
  };
}
