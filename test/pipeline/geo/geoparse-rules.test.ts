/**
 * One test per resolution/recognition rule added for the benchmark targets of issue 4, on
 * short sentences written for these tests (never benchmark text). Runs on the real index.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { type Gazetteer, geoparse, lookupPlace } from '../../../src/pipeline/geo/index.ts';
import type { Toponym } from '../../../src/pipeline/schema.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 120_000);

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * r) / 2) ** 2 +
    Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
function near(toponym: Toponym | undefined, lat: number, lon: number, toleranceKm: number): void {
  expect(toponym, 'toponym missing').toBeDefined();
  expect(toponym?.lat, `${toponym?.text} unresolved`).not.toBeNull();
  expect(km(toponym?.lat as number, toponym?.lon as number, lat, lon)).toBeLessThan(toleranceKm);
}
function spansOf(text: string, names: string[]): { start: number; end: number }[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length };
  });
}

describe('geoparse rules (issue 4 benchmarks)', () => {
  it('knows US counties and places them by the state the text is about', () => {
    const toponyms = geoparse('Deputies in Laurel County, Kentucky, arrested two men on Friday.', gazetteer);
    near(
      toponyms.find((t) => t.text === 'Laurel County'),
      37.11,
      -84.12,
      30,
    );
  });

  it('pulls a town name to its namesake in a US state the text names (Paris, Illinois)', () => {
    const toponyms = geoparse('Officials in Illinois said the county fair in Paris drew thousands.', gazetteer);
    near(
      toponyms.find((t) => t.text === 'Paris'),
      39.61,
      -87.7,
      20,
    );
  });

  it('keeps a state name the state when the text names another state', () => {
    const toponyms = geoparse('Crews from Oregon flew to California to fight the fires.', gazetteer);
    expect(toponyms.find((t) => t.text === 'California')?.kind).toBe('region');
  });

  it('reads a bare city-state name as the city, not the region around it', () => {
    near(
      geoparse('Talks were held in Paris on Monday.', gazetteer).find((t) => t.text === 'Paris'),
      48.85,
      2.35,
      10,
    );
  });

  it("gives countries and continents GeoNames' conventional points", () => {
    const canada = lookupPlace(gazetteer, 'Canada')[0];
    expect(canada && km(canada.lat, canada.lon, 60.10867, -113.64258)).toBeLessThan(5);
    const europe = lookupPlace(gazetteer, 'Europe')[0];
    expect(europe && km(europe.lat, europe.lon, 48.69096, 9.14062)).toBeLessThan(5);
  });

  it('resolves a given span naming an organisation to the place it is named after', () => {
    const text = 'She studies at Colorado State University and works for the Dubai World Cup.';
    const toponyms = geoparse(text, gazetteer, {
      spans: spansOf(text, ['Colorado State University', 'Dubai World Cup']),
    });
    expect(toponyms[0]?.country).toBe('US');
    expect(toponyms[0]?.kind).toBe('region');
    near(toponyms[1], 25.2, 55.3, 30);
  });

  it('places an unknown street at the town the text is about, with a low confidence', () => {
    const text = 'A parade went down Lantern Street. New Orleans police closed roads across New Orleans.';
    const toponyms = geoparse(text, gazetteer, {
      spans: [
        ...spansOf(text, ['Lantern Street', 'New Orleans']),
        { start: text.lastIndexOf('New Orleans'), end: text.length - 1 },
      ],
    });
    near(toponyms[0], 29.95, -90.07, 20);
    expect(toponyms[0]?.confidence).toBeLessThan(0.3);
  });

  it('reports a state heading an agency as a mention with role other, never an event place', () => {
    const toponyms = geoparse('A spokesman for the Texas Department of Public Safety declined to comment.', gazetteer);
    const texas = toponyms.find((t) => t.text === 'Texas');
    expect(texas?.kind).toBe('region');
    expect(texas?.role).toBe('other');
    expect(geoparse('He told the Kyiv Post and the New York Times.', gazetteer).map((t) => t.text)).toEqual([]);
  });

  it('keeps a town that heads an office title ("Fargo Mayor") and is elsewhere written as a place', () => {
    const toponyms = geoparse('Fargo Mayor Tom Hall said the river in Fargo would crest on Friday.', gazetteer);
    expect(toponyms.filter((t) => t.text === 'Fargo').length).toBe(2);
    near(
      toponyms.find((t) => t.text === 'Fargo'),
      46.88,
      -96.79,
      20,
    );
  });
});
