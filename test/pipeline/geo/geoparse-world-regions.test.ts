/**
 * World regions and oceans at GeoNames' own points (scripts/gazetteer/macro-regions.ts,
 * data/gazetteer/geonames-world-features.json, data/gazetteer/supplement.json), on
 * sentences written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { type Gazetteer, geoparse } from '../../../src/pipeline/geo/index.ts';
import { expectNear } from './helpers.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 120_000);

function placed(text: string, name: string): { lat: number | null; lon: number | null } {
  const start = text.indexOf(name);
  const [toponym] = geoparse(text, gazetteer, { spans: [{ start, end: start + name.length }] });
  expect(toponym?.lat, `${name} unresolved`).not.toBeNull();
  return { lat: toponym?.lat ?? null, lon: toponym?.lon ?? null };
}

describe('world regions and oceans (GeoNames points)', () => {
  it('places the Middle East at GeoNames’ point, not at the mean of its countries', () => {
    expectNear(placed('Oil prices rose on fears of a wider war in the Middle East.', 'Middle East'), 33.14, 35.86);
  });

  it('places the Pacific at GeoNames’ ocean point', () => {
    expectNear(placed('The typhoon formed over the Pacific on Monday.', 'Pacific'), 3.51, -132.19);
  });

  it('knows the Sahel, sub-Saharan Africa and Western Europe', () => {
    expectNear(placed('Drought spread across the Sahel this year.', 'Sahel'), 17.31, 2.46);
    expectNear(placed('Vaccines reached sub-Saharan Africa late.', 'sub-Saharan Africa'), 1.55, 25.63);
    expectNear(placed('Gas prices fell in Western Europe.', 'Western Europe'), 50.22, 7.43);
  });
});
