/**
 * World-scale features with GeoNames' own points (data/gazetteer/geonames-world-features.json,
 * macro-region points, region demonyms), on sentences written for these tests.
 */
import { beforeAll, describe, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { type Gazetteer, geoparse } from '../../../src/pipeline/geo/index.ts';
import { expectNear, findToponym, spansOf } from './helpers.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 120_000);

describe('world features (GeoNames points)', () => {
  it('places seas, gulfs and straits at GeoNames points', () => {
    const text = 'The freighter left the Gulf of Aden, crossed the Arabian Sea and reached the Strait of Malacca.';
    const toponyms = geoparse(text, gazetteer, {
      spans: spansOf(text, ['Gulf of Aden', 'Arabian Sea', 'Strait of Malacca']),
    });
    expectNear(findToponym(toponyms, 'Gulf of Aden'), 12, 48);
    expectNear(findToponym(toponyms, 'Arabian Sea'), 12.21, 64.34);
    expectNear(findToponym(toponyms, 'Strait of Malacca'), 4, 100);
  });

  it('uses GeoNames ocean points and world-region records', () => {
    const text =
      'Storms over the Atlantic and the Indian Ocean delayed grain shipments to North Africa and the Levant.';
    const toponyms = geoparse(text, gazetteer, {
      spans: spansOf(text, ['Atlantic', 'Indian Ocean', 'North Africa', 'Levant']),
    });
    expectNear(findToponym(toponyms, 'Atlantic'), 10, -25);
    expectNear(findToponym(toponyms, 'Indian Ocean'), -10, 70);
    expectNear(findToponym(toponyms, 'North Africa'), 32.95, 9.98);
    expectNear(findToponym(toponyms, 'Levant'), 34, 36);
  });

  it('resolves a region demonym span to its region, and the historical Soviet Union', () => {
    const text = 'Central American farmers still use tractors built in the Soviet Union.';
    const toponyms = geoparse(text, gazetteer, { spans: spansOf(text, ['Central American', 'Soviet Union']) });
    expectNear(findToponym(toponyms, 'Central American'), 25.32, -99.67);
    expectNear(findToponym(toponyms, 'Soviet Union'), 60, 98);
  });
});
