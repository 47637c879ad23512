/**
 * War-news cases found by the claims engineer (issue 4 follow-up), on sentences written for
 * these tests: region words, all-caps datelines, capitals standing for governments, frontline
 * villages below cities500 and conventional English display names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { type Gazetteer, geoparse } from '../../../src/pipeline/geo/index.ts';
import { findToponym } from './helpers.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 120_000);

describe('geoparse on war news', () => {
  it.each([
    'Ukrainian units pushed deeper into the region of Kursk overnight.',
    "Drones were shot down in Russia's border region of Kursk, the ministry said.",
    'Heavy fighting was reported on the Kursk front this week.',
    'Evacuations continued in the Kursk border region on Sunday.',
  ])('reads Kursk with region words as Kursk Oblast: %s', (sentence) => {
    const kursk = findToponym(geoparse(sentence, gazetteer), 'Kursk');
    expect(kursk.kind).toBe('region');
    expect(kursk.name).toBe('Kursk Oblast');
  });

  it('keeps a bare Kursk the city', () => {
    expect(findToponym(geoparse('A power station in Kursk was hit on Monday.', gazetteer), 'Kursk').kind).toBe(
      'settlement',
    );
  });

  it('marks all-caps datelines as datelines', () => {
    const kyiv = findToponym(geoparse('KYIV — Ukraine reported new strikes on its power grid.', gazetteer), 'KYIV');
    expect(kyiv.role).toBe('dateline');
    expect(kyiv.name).toBe('Kyiv');
    const moscow = findToponym(
      geoparse('MOSCOW, Aug 7 (Reuters) - Russia said its troops repelled an attack.', gazetteer),
      'MOSCOW',
    );
    expect(moscow.role).toBe('dateline');
  });

  it('gives capitals that stand for their governments the role other', () => {
    const text =
      'In Berlin, officials said the talks would resume. Moscow has accused Kyiv of stalling. ' +
      'Kyiv will not consider the offer. Washington said it would send more aid.';
    const toponyms = geoparse(text, gazetteer);
    for (const name of ['Berlin', 'Moscow', 'Kyiv', 'Washington'])
      expect(toponyms.filter((t) => t.text === name).map((t) => t.role)).not.toContain('event');
    const washington = findToponym(toponyms, 'Washington');
    expect(washington.lat).toBeCloseTo(38.9, 0); // the capital, not the state
  });

  it('keeps a capital where something happens an event place', () => {
    expect(findToponym(geoparse('Explosions were heard in Kyiv overnight.', gazetteer), 'Kyiv').role).toBe('event');
  });

  it('knows frontline villages below cities500 (Verbove, Kozinka)', () => {
    const toponyms = geoparse('Fighting went on near Verbove, and shells fell on Kozinka.', gazetteer);
    expect(findToponym(toponyms, 'Verbove').lat).toBeCloseTo(47.43, 1);
    expect(findToponym(toponyms, 'Kozinka').lat).toBeCloseTo(50.46, 1);
  });

  it('reports an unknown name after "the village of" as an unresolved place', () => {
    const toponyms = geoparse('Troops entered the village of Zorvanivka at dawn.', gazetteer);
    const village = findToponym(toponyms, 'Zorvanivka');
    expect(village.lat).toBeNull();
    expect(village.geonameId).toBeNull();
  });

  it('names places the way English news does', () => {
    const toponyms = geoparse(
      'Shelling hit Lgov, the Kharkiv region and the Kherson region, and drones flew over Crimea.',
      gazetteer,
    );
    expect(findToponym(toponyms, 'Lgov').name).toBe('Lgov');
    expect(findToponym(toponyms, 'Lgov').geonameId).toBe(535334);
    expect(findToponym(toponyms, 'Kharkiv region').name).toBe('Kharkiv Oblast');
    expect(findToponym(toponyms, 'Kherson region').name).toBe('Kherson Oblast');
    expect(findToponym(toponyms, 'Crimea').name).toBe('Crimea');
  });

  it('knows disputed territories the base gazetteer lacks', () => {
    const toponyms = geoparse('Aid reached the Gaza Strip, the West Bank and Darfur.', gazetteer);
    for (const name of ['Gaza Strip', 'West Bank', 'Darfur']) expect(findToponym(toponyms, name).lat).not.toBeNull();
  });

  it('never reaches a town by the name of another state (Bozeman is not "Missouri")', () => {
    expect(findToponym(geoparse('Floods hit Missouri again.', gazetteer), 'Missouri').kind).toBe('region');
  });
});
