/**
 * World-scale features with GeoNames' own points (data/gazetteer/geonames-world-features.json,
 * macro-region points, region demonyms), on sentences written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { type Gazetteer, geoparse } from '../../../src/pipeline/geo/index.ts';
import type { Toponym } from '../../../src/pipeline/schema.ts';
import { km } from './helpers.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 120_000);

function spansOf(text: string, names: string[]): { start: number; end: number }[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length };
  });
}
function at(toponyms: Toponym[], text: string): Toponym | undefined {
  return toponyms.find((t) => t.text === text);
}
function near(toponym: Toponym | undefined, lat: number, lon: number): void {
  expect(toponym, 'toponym missing').toBeDefined();
  expect(toponym?.lat, `${toponym?.text} unresolved`).not.toBeNull();
  expect(km(toponym?.lat as number, toponym?.lon as number, lat, lon)).toBeLessThan(50);
}

describe('world features (GeoNames points)', () => {
  it('places seas, gulfs and straits at GeoNames points', () => {
    const text = 'The freighter left the Gulf of Aden, crossed the Arabian Sea and reached the Strait of Malacca.';
    const toponyms = geoparse(text, gazetteer, {
      spans: spansOf(text, ['Gulf of Aden', 'Arabian Sea', 'Strait of Malacca']),
    });
    near(at(toponyms, 'Gulf of Aden'), 12, 48);
    near(at(toponyms, 'Arabian Sea'), 12.21, 64.34);
    near(at(toponyms, 'Strait of Malacca'), 4, 100);
  });

  it('uses GeoNames ocean points and world-region records', () => {
    const text =
      'Storms over the Atlantic and the Indian Ocean delayed grain shipments to North Africa and the Levant.';
    const toponyms = geoparse(text, gazetteer, {
      spans: spansOf(text, ['Atlantic', 'Indian Ocean', 'North Africa', 'Levant']),
    });
    near(at(toponyms, 'Atlantic'), 10, -25);
    near(at(toponyms, 'Indian Ocean'), -10, 70);
    near(at(toponyms, 'North Africa'), 32.95, 9.98);
    near(at(toponyms, 'Levant'), 34, 36);
  });

  it('resolves a region demonym span to its region, and the historical Soviet Union', () => {
    const text = 'Central American farmers still use tractors built in the Soviet Union.';
    const toponyms = geoparse(text, gazetteer, { spans: spansOf(text, ['Central American', 'Soviet Union']) });
    near(at(toponyms, 'Central American'), 25.32, -99.67);
    near(at(toponyms, 'Soviet Union'), 60, 98);
  });
});
