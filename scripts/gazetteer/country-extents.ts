/**
 * Country extents ([west, south, east, north]) from Natural Earth's 50m shapes (world-atlas).
 *
 * world-atlas names countries in English, country-state-city keys them by ISO2, and neither
 * carries the other's key: names are matched after folding, with the few Natural Earth
 * abbreviations spelled out below. Unmatched countries fall back to their cities' extent.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const NATURAL_EARTH_NAMES: Record<string, string> = {
  'united states of america': 'US',
  'dem rep congo': 'CD',
  congo: 'CG',
  'central african rep': 'CF',
  'bosnia and herz': 'BA',
  czechia: 'CZ',
  'cote divoire': 'CI',
  eswatini: 'SZ',
  'north macedonia': 'MK',
  macedonia: 'MK',
  's sudan': 'SS',
  'dominican rep': 'DO',
  'eq guinea': 'GQ',
  'solomon is': 'SB',
  'timor leste': 'TL',
  palestine: 'PS',
  'w sahara': 'EH',
  'falkland is': 'FK',
  'n cyprus': 'CY',
  'cabo verde': 'CV',
  'lao pdr': 'LA',
  laos: 'LA',
  'north korea': 'KP',
  'south korea': 'KR',
  'dem rep korea': 'KP',
  korea: 'KR',
  'marshall is': 'MH',
  'faeroe is': 'FO',
  'cayman is': 'KY',
  'turks and caicos is': 'TC',
  'british virgin is': 'VG',
  'us virgin is': 'VI',
  'n mariana is': 'MP',
  'fr polynesia': 'PF',
  'st vin and gren': 'VC',
  'st kitts and nevis': 'KN',
  'antigua and barb': 'AG',
  'sao tome and principe': 'ST',
  fiji: 'FJ',
  bahamas: 'BS',
  gambia: 'GM',
  vatican: 'VA',
  'isle of man': 'IM',
  'heard i and mcdonald is': 'HM',
  'fr s antarctic lands': 'TF',
  'br indian ocean ter': 'IO',
  'wallis and futuna is': 'WF',
  'st pierre and miquelon': 'PM',
  curacao: 'CW',
  'sint maarten': 'SX',
  'st barthelemy': 'BL',
  'st martin': 'MF',
  aland: 'AX',
  'pitcairn is': 'PN',
  'cook is': 'CK',
  'papua new guinea': 'PG',
  'hong kong': 'HK',
  macao: 'MO',
  'bosnia and herzegovina': 'BA',
  russia: 'RU',
  'united kingdom': 'GB',
};

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();

export async function readCountryExtents(root: string): Promise<Map<string, [number, number, number, number]>> {
  const countries = JSON.parse(
    await readFile(path.join(root, 'node_modules', 'country-state-city', 'lib', 'assets', 'country.json'), 'utf8'),
  ) as { name: string; isoCode: string }[];
  const byName = new Map<string, string>(countries.map((c) => [fold(c.name), c.isoCode]));
  for (const [name, iso] of Object.entries(NATURAL_EARTH_NAMES)) byName.set(name, iso);
  const topology = JSON.parse(
    await readFile(path.join(root, 'node_modules', 'world-atlas', 'countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = feature(topology, topology.objects.countries);
  const extents = new Map<string, [number, number, number, number]>();
  for (const shape of shapes.features) {
    const iso = byName.get(fold(shape.properties?.name ?? ''));
    if (!iso || extents.has(iso)) continue;
    const [west, south, east, north] = turf.bbox(shape);
    extents.set(
      iso,
      [west, south, east, north].map((x) => Math.round(x * 1e4) / 1e4) as [number, number, number, number],
    );
  }
  return extents;
}
