/**
 * One test per trap listed in issue 4, on short sentences written for these tests
 * (never benchmark text). Runs on the real index (build/gazetteer.bin, built if missing).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { type Gazetteer, geoparse, lookupPlace } from '../../../src/pipeline/geo/index.ts';
import type { Toponym } from '../../../src/pipeline/schema.ts';
import { expectNear, findToponym } from './helpers.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 120_000);

describe('geoparse traps (issue 4)', () => {
  it('puts Komarovka in Kursk Oblast when the text is about Kursk, not in Crimea', () => {
    const toponyms = geoparse(
      'Soldiers were captured near the village of Komarovka in the Kursk region on Tuesday.',
      gazetteer,
    );
    expectNear(findToponym(toponyms, 'Komarovka'), 51.41, 34.91, 45);
  });

  it('finds Lgov although cities500 files it as "L\'govskiy"', () => {
    expectNear(
      findToponym(geoparse('Shelling was reported in the town of Lgov overnight.', gazetteer), 'Lgov'),
      51.631,
      35.278,
      15,
    );
  });

  it('prefers the Donetsk town Avdiivka over the Chernihiv village', () => {
    expectNear(
      findToponym(geoparse('Fighting continued around Avdiivka, officials said.', gazetteer), 'Avdiivka'),
      48.14,
      37.743,
      15,
    );
  });

  it('does not take units, outlets or treaties for places', () => {
    const text =
      'A fighter of the Azov regiment and two men from the Akhmat unit spoke to the Kyiv Post. ' +
      'Officers said they respect the Geneva Convention. A spokesman of the Tavria grouping appeared on Espreso TV.';
    const names = geoparse(text, gazetteer).map((t) => t.text);
    for (const word of ['Azov', 'Akhmat', 'Geneva', 'Tavria', 'Espreso'])
      expect(names.some((name) => name.includes(word))).toBe(false);
    expect(names).not.toContain('Kyiv');
  });

  it('treats "Kiev\'s forces" and "the Kremlin" as governments, not event places', () => {
    const toponyms = geoparse("Kiev's forces pulled back, and the Kremlin said talks were over.", gazetteer);
    expect(findToponym(toponyms, 'Kiev').role).toBe('metonym');
    expect(toponyms.filter((t) => t.text.includes('Kremlin') && t.role === 'event')).toEqual([]);
  });

  it('marks a dateline, an origin and a comparison', () => {
    const text =
      'Boston: Troops entered the area. Two prisoners said they were from Grozny.\nThe zone is three times the size of Greater London.';
    const toponyms = geoparse(text, gazetteer);
    expect(findToponym(toponyms, 'Boston').role).toBe('dateline');
    expect(findToponym(toponyms, 'Grozny').role).toBe('origin');
    expect(findToponym(toponyms, 'Greater London').role).toBe('comparison');
  });

  it.each([
    ['Kharkov', 'Kharkiv'],
    ['Artemovsk', 'Bakhmut'],
    ['Avdeyevka', 'Avdiivka'],
    ['Kupyansk', 'Kupiansk'],
    ['Izyum', 'Izium'],
  ])('resolves the spellings %s and %s to one place', (a, b) => {
    const first = findToponym(geoparse(`Units moved towards ${a} in Ukraine.`, gazetteer), a);
    const second = findToponym(geoparse(`Units moved towards ${b} in Ukraine.`, gazetteer), b);
    expect(first.lat).not.toBeNull();
    expectNear(first, second.lat as number, second.lon as number, 15);
  });

  it('separates homonyms across countries by their context', () => {
    expectNear(
      findToponym(geoparse('The fair in Moscow, Idaho, drew farmers from the county.', gazetteer), 'Moscow'),
      46.73,
      -117.0,
      50,
    );
    expectNear(
      findToponym(geoparse('Shells hit Pokrovsk in Donetsk Oblast of Ukraine.', gazetteer), 'Pokrovsk'),
      48.28,
      37.18,
      30,
    );
    expectNear(
      findToponym(geoparse('Troops reached Korenevo in the Kursk region, near Sudzha.', gazetteer), 'Korenevo'),
      51.41,
      34.91,
      30,
    );
  });

  it('gives "Kursk region", "Kursk Oblast" and "Kurskaya oblast" one region', () => {
    const spellings = ['Kursk region', 'Kursk Oblast', 'Kurskaya oblast'];
    const toponyms = spellings.map((spelling) =>
      findToponym(geoparse(`Evacuations began in the ${spelling} on Monday.`, gazetteer), spelling),
    );
    for (const toponym of toponyms) {
      expect(toponym.kind).toBe('region');
      expect(toponym.name).toBe(toponyms[0]?.name);
      expect(toponym.bbox).not.toBeNull();
    }
  });

  it('knows frontline villages too small for cities500 (curated supplement)', () => {
    expectNear(
      findToponym(geoparse('Marines held a bridgehead at Krynky for months.', gazetteer), 'Krynky'),
      46.74,
      33.09,
      10,
    );
    expectNear(findToponym(geoparse('Troops advanced south of Robotyne.', gazetteer), 'Robotyne'), 47.44, 35.83, 10);
    expectNear(
      findToponym(geoparse('Fighting went on at Goncharovka near Sudzha.', gazetteer), 'Goncharovka'),
      51.19,
      35.25,
      10,
    );
  });

  it('reports a name the gazetteer cannot place as unresolved instead of guessing', () => {
    const text = 'They met in Xqzvillebrook yesterday.';
    const start = text.indexOf('Xqzvillebrook');
    const [toponym] = geoparse(text, gazetteer, { spans: [{ start, end: start + 'Xqzvillebrook'.length }] });
    expect(toponym).toMatchObject({ lat: null, lon: null, geonameId: null, text: 'Xqzvillebrook' });
    expect(toponym?.role).toBeDefined();
  });

  it('resolves exactly the given spans in resolution-only mode', () => {
    const text = 'Talks in Paris and Berlin ended.';
    const spans = [{ start: text.indexOf('Berlin'), end: text.indexOf('Berlin') + 6 }];
    const toponyms = geoparse(text, gazetteer, { spans });
    expect(toponyms).toHaveLength(1);
    expectNear(toponyms[0] as Toponym, 52.52, 13.4, 20);
  });

  it('looks a bare name up with lookupPlace', () => {
    const [first] = lookupPlace(gazetteer, 'Kharkov');
    expect(first?.country).toBe('UA');
    expect(first?.kind).toBe('settlement');
  });
});
