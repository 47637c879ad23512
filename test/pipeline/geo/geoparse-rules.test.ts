/**
 * One test per resolution/recognition rule added for the benchmark targets of issue 4, on
 * short sentences written for these tests (never benchmark text). Runs on the real index.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { type Gazetteer, geoparse, lookupPlace } from '../../../src/pipeline/geo/index.ts';
import { expectNear, km, spansOf } from './helpers.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 120_000);

describe('geoparse rules (issue 4 benchmarks)', () => {
  it('knows US counties and places them by the state the text is about', () => {
    const toponyms = geoparse('Deputies in Laurel County, Kentucky, arrested two men on Friday.', gazetteer);
    expectNear(
      toponyms.find((t) => t.text === 'Laurel County'),
      37.11,
      -84.12,
      30,
    );
  });

  it('pulls a town name to its namesake in a US state the text names (Paris, Illinois)', () => {
    const toponyms = geoparse('Officials in Illinois said the county fair in Paris drew thousands.', gazetteer);
    expectNear(
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
    expectNear(
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
    expectNear(toponyms[1], 25.2, 55.3, 30);
  });

  it('places an unknown street at the town the text is about, with a low confidence', () => {
    const text = 'A parade went down Lantern Street. New Orleans police closed roads across New Orleans.';
    const toponyms = geoparse(text, gazetteer, {
      spans: [
        ...spansOf(text, ['Lantern Street', 'New Orleans']),
        { start: text.lastIndexOf('New Orleans'), end: text.length - 1 },
      ],
    });
    expectNear(toponyms[0], 29.95, -90.07, 20);
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
    expectNear(
      toponyms.find((t) => t.text === 'Fargo'),
      46.88,
      -96.79,
      20,
    );
  });

  it("puts first-level regions at GeoNames' own points where a sourced one exists", () => {
    const toponyms = geoparse('Floods hit Queensland and Ontario this spring.', gazetteer);
    expectNear(
      toponyms.find((t) => t.text === 'Queensland'),
      -20,
      145,
      20,
    );
    expectNear(
      toponyms.find((t) => t.text === 'Ontario'),
      49.25,
      -84.5,
      20,
    );
  });

  it('places a county or district on its own point, not at the centre of its GeoNames admin1', () => {
    const toponyms = geoparse('Farmers in Suffolk and Cornwall reported a dry summer.', gazetteer);
    expectNear(
      toponyms.find((t) => t.text === 'Suffolk'),
      52.19,
      0.97,
      60,
    );
    expectNear(
      toponyms.find((t) => t.text === 'Cornwall'),
      50.27,
      -5.05,
      60,
    );
  });

  it('never takes a country name for a pseudo-region of that country', () => {
    expect(lookupPlace(gazetteer, 'United Kingdom')[0]?.kind).toBe('country');
    expect(lookupPlace(gazetteer, 'Georgia').some((p) => p.country === 'US' && p.kind === 'region')).toBe(true);
  });

  it('reports a town heading a local institution as a mention with role other', () => {
    const text = 'The Dublin Arts Council met the Boulder City Manager on Tuesday.';
    const toponyms = geoparse(text, gazetteer);
    const dublin = toponyms.find((t) => t.text === 'Dublin');
    expect(dublin?.role).toBe('other');
    expect(geoparse('He read it in the Kyiv Post before the Geneva Convention talks.', gazetteer)).toEqual([]);
  });

  it('reads a first name before a lone town name as a person', () => {
    const text = 'Police said Tyler Welch was charged on Monday. Welch told the court he was innocent.';
    expect(geoparse(text, gazetteer).map((t) => t.text)).toEqual([]);
  });

  it('reads a mixed-case state abbreviation such as "W.Va." whole', () => {
    const toponyms = geoparse('CHARLESTON, W.Va. -- Schools in Kanawha County closed.', gazetteer);
    const state = toponyms.find((t) => t.text === 'W.Va.');
    expect(state?.name).toBe('West Virginia');
    expect(toponyms.some((t) => t.text === 'Va')).toBe(false);
  });

  it('takes a lone national capital over a same-named region elsewhere in its country', () => {
    const toponyms = geoparse('Officials in Washington approved the budget.', gazetteer);
    expectNear(toponyms[0], 38.9, -77.04, 30);
    const state = geoparse('Wildfires spread across Washington state near Spokane.', gazetteer);
    expectNear(
      state.find((t) => t.text.startsWith('Washington')),
      47.5,
      -120.5,
      250,
    );
  });

  it("places a facility named after another place at the text's main town", () => {
    const text = 'Crowds gathered outside Trump Tower as New York police closed Fifth Avenue in New York City.';
    const toponyms = geoparse(text, gazetteer, { spans: spansOf(text, ['Trump Tower', 'New York City']) });
    expectNear(toponyms[0], 40.71, -74.0, 30);
  });

  it('knows the Black Sea and the Baltic Sea', () => {
    const toponyms = geoparse('Ships crossed the Black Sea and the Baltic Sea.', gazetteer);
    expectNear(
      toponyms.find((t) => t.text === 'Black Sea'),
      44,
      35,
      50,
    );
    expectNear(
      toponyms.find((t) => t.text === 'Baltic Sea'),
      58,
      20,
      50,
    );
  });

  it('leaves a given span the gazetteer cannot find unresolved, unless unknownSpansAtFocus asks for the main town', () => {
    const text = 'Fans packed Upper Quillmore as Leeds police watched, and Leeds fans sang.';
    const spans = spansOf(text, ['Upper Quillmore', 'Leeds']);
    expect(geoparse(text, gazetteer, { spans })[0]?.lat).toBeNull();
    const placed = geoparse(text, gazetteer, { spans, unknownSpansAtFocus: true });
    expectNear(placed[0], 53.8, -1.55, 30);
    expect(placed[0]?.confidence).toBeLessThanOrEqual(0.1);
    // Recognition alone never guesses: an unknown village stays unresolved.
    const village = geoparse('Troops entered the village of Quillmorivka on Monday.', gazetteer)[0];
    expect(village?.lat).toBeNull();
  });

  it('chooses the main town within the country the text is mostly about', () => {
    const text = 'Near Paris, Texas, the Dallas office said Lantern Street in Paris was closed; Texas police came.';
    const toponyms = geoparse(text, gazetteer, {
      spans: spansOf(text, ['Paris', 'Texas', 'Dallas', 'Lantern Street']),
    });
    expect(toponyms[3]?.country).toBe('US');
  });

  it('reads "Philippine" as the Philippines', () => {
    const toponyms = geoparse('The Philippine coast guard said so.', gazetteer, { demonyms: true });
    expect(toponyms[0]?.country).toBe('PH');
  });
});
