/**
 * Rules of the fifth pass (issue 4, GeoWebNews): places the gazetteer does not list but the
 * text puts inside a known town, the text's main town chosen inside its main region, names
 * inside longer names, datelines, demonyms of the UK's nations. Short sentences written for
 * these tests (never benchmark text); runs on the real index.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { type Gazetteer, geoparse, lookupPlace } from '../../../src/pipeline/geo/index.ts';
import type { Toponym } from '../../../src/pipeline/schema.ts';
import { expectNear, km, spansOf } from './helpers.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 120_000);

function resolve(text: string, names: string[]): Map<string, Toponym> {
  return new Map(geoparse(text, gazetteer, { spans: spansOf(text, names) }).map((t) => [t.text, t]));
}
/** placed at its containing town: low confidence, no GeoNames id of its own */
function approximate(toponym: Toponym | undefined): void {
  expect(toponym?.confidence).toBeLessThanOrEqual(0.15);
  expect(toponym?.geonameId).toBeNull();
}

describe('a place the text puts inside a known town (explicit container)', () => {
  it('"X in Town": an unknown name goes to the town named after "in"', () => {
    const text = 'The fire started at Quillbrook Yard in Toulouse before dawn, firefighters said. Lyon sent help.';
    const toponyms = resolve(text, ['Quillbrook Yard', 'Toulouse', 'Lyon']);
    expectNear(toponyms.get('Quillbrook Yard'), 43.6, 1.44, 20);
    approximate(toponyms.get('Quillbrook Yard'));
    expect(toponyms.get('Toulouse')?.confidence).toBeGreaterThan(0.15);
  });

  it('"X, Town" and "X in southwest Town" count; a direction word may come between', () => {
    const text = 'Police closed Marrowby Lane, Leeds, and later Tarnwell Close in southwest Bristol.';
    const toponyms = resolve(text, ['Marrowby Lane', 'Leeds', 'Tarnwell Close', 'Bristol']);
    expectNear(toponyms.get('Marrowby Lane'), 53.8, -1.55, 20);
    expectNear(toponyms.get('Tarnwell Close'), 51.45, -2.6, 20);
    approximate(toponyms.get('Tarnwell Close'));
  });

  it('"Town\'s X" and "the X neighbourhood of Town" count too', () => {
    const text = "Madrid's Corvalenta Hall reopened. Crews also worked in the Pellavista neighbourhood of Seville.";
    const toponyms = resolve(text, ['Madrid', 'Corvalenta Hall', 'Pellavista', 'Seville']);
    expectNear(toponyms.get('Corvalenta Hall'), 40.42, -3.7, 20);
    expectNear(toponyms.get('Pellavista'), 37.39, -5.98, 20);
  });

  it('"the X gas station in Town": a place-type noun may stand between the name and "in"', () => {
    const text = 'The winning ticket was sold at the Brambleco gas station in Omaha, Nebraska.';
    const toponyms = resolve(text, ['Brambleco', 'Omaha', 'Nebraska']);
    expectNear(toponyms.get('Brambleco'), 41.26, -95.94, 20);
  });

  it('without a container next to it, an unknown name that is not a facility stays unresolved', () => {
    const text = 'Residents of Quorrindale said the water was gone. Officials in Toulouse disagreed.';
    const toponyms = resolve(text, ['Quorrindale', 'Toulouse']);
    expect(toponyms.get('Quorrindale')?.lat).toBeNull();
  });

  it('a country is not a container: "X in Brazil" is not placed at the country point', () => {
    const text = 'Miners at Vessapora in Brazil went on strike.';
    const toponyms = resolve(text, ['Vessapora', 'Brazil']);
    expect(toponyms.get('Vessapora')?.lat).toBeNull();
  });

  it('an unknown "X Town" or "X Village" gets no guessed point from the main region; "X County" still does', () => {
    const text = 'Voters in Pelmora Town met on Monday. Officials in Austin, Texas, and Dallas, Texas, spoke.';
    const toponyms = resolve(text, ['Pelmora Town', 'Austin', 'Texas', 'Dallas']);
    expect(toponyms.get('Pelmora Town')?.lat).toBeNull();
    const county = 'Deputies in Quarrel County met officials in Austin, Texas, and Dallas, Texas.';
    const countyToponyms = resolve(county, ['Quarrel County', 'Austin', 'Texas', 'Dallas']);
    expect(countyToponyms.get('Quarrel County')?.country).toBe('US');
  });
});

describe('facilities at the text main town', () => {
  it('the main town is chosen within the region the text names most, not a namesake elsewhere', () => {
    // the Stonewall of cities500 is in Manitoba, named three times; the text is about Virginia
    const text =
      'Homes near Stonewall sell fast. Stonewall is quiet. Buyers come from Manassas, Va., and ' +
      'Centreville, Va. Stonewall has the Brindlecroft Golf Club.';
    const spans = ['Stonewall', 'Manassas', 'Va.', 'Centreville', 'Brindlecroft Golf Club'].flatMap((name) =>
      [...text.matchAll(new RegExp(name.replace('.', '\\.'), 'g'))].map((match) => ({
        start: match.index,
        end: match.index + name.length,
      })),
    );
    const club = geoparse(text, gazetteer, { spans }).find((t) => t.text === 'Brindlecroft Golf Club');
    expect(club?.country).toBe('US');
    expectNear(club, 38.8, -77.5, 60);
    approximate(club);
  });

  it('a site named after a first-level region stays in that region (Arizona State University)', () => {
    const text = 'A study by Arizona State University was cited in Boston and in Cambridge, Massachusetts.';
    const toponyms = resolve(text, ['Arizona State University', 'Boston', 'Cambridge', 'Massachusetts']);
    const university = toponyms.get('Arizona State University');
    expect(university?.country).toBe('US');
    expectNear(university, 34.2, -111.6, 250);
  });
});

describe('names inside longer names', () => {
  it('a capitalised abbreviation inside a name stands for its country or union, not a town', () => {
    const text = 'He served with US Special Forces and later advised on an EU Aviation Strategy.';
    const toponyms = resolve(text, ['US Special Forces', 'EU Aviation Strategy']);
    expect(toponyms.get('US Special Forces')?.country).toBe('US');
    expect(toponyms.get('US Special Forces')?.kind).toBe('country');
    expectNear(toponyms.get('EU Aviation Strategy'), 48.7, 9.1, 100);
  });

  it('a demonym inside a name is its country, not a small town spelt like it', () => {
    const text = 'By a reporter of The Canadian Press. He starred in the English Premier League.';
    const toponyms = resolve(text, ['The Canadian Press', 'English Premier League']);
    expect(toponyms.get('The Canadian Press')?.country).toBe('CA');
    expect(toponyms.get('English Premier League')?.country).toBe('GB');
  });
});

describe('demonyms of the nations of the United Kingdom', () => {
  it('"English", "Scottish", "Welsh" stand for England, Scotland, Wales, not the UK as a whole', () => {
    const text = 'The English city council, a Scottish court and a Welsh hospital agreed.';
    const toponyms = resolve(text, ['English', 'Scottish', 'Welsh']);
    const england = lookupPlace(gazetteer, 'England')[0];
    expect(toponyms.get('English')?.name).toBe('England');
    expect(toponyms.get('Scottish')?.name).toBe('Scotland');
    expect(toponyms.get('Welsh')?.name).toBe('Wales');
    expectNear(toponyms.get('English'), england?.lat as number, england?.lon as number, 1);
  });
});

describe('datelines', () => {
  it('"TOWN, State (AP)": the state after the comma stays the state, and so do its other mentions', () => {
    const text = 'BISMARCK, N.D. (AP) - North Dakota lawmakers met Tuesday. North Dakota has no income tax.';
    const toponyms = geoparse(text, gazetteer);
    for (const t of toponyms.filter((t) => /North Dakota|N\.D\./.test(t.text))) {
      expect(t.kind, t.text).toBe('region');
      expect(t.country).toBe('US');
    }
  });

  it('a dateline region name becomes its city in the same country, never a namesake abroad', () => {
    // Montana is also a town in Bulgaria; "HELENA, Mont." keeps the state in the US
    const text = 'HELENA, Mont. (AP) - Montana officials and a company in Nashville, Tennessee, disagree.';
    const toponyms = resolve(text, ['HELENA', 'Mont.', 'Montana', 'Nashville', 'Tennessee']);
    expect(toponyms.get('Mont.')?.country).toBe('US');
    expect(toponyms.get('Montana')?.country).toBe('US');
    expect(toponyms.get('Montana')?.kind).toBe('region');
  });
});

describe('first-level region points', () => {
  it("British Columbia is at GeoNames' point of the province", () => {
    const place = lookupPlace(gazetteer, 'British Columbia')[0];
    expect(place?.kind).toBe('region');
    expect(km(place?.lat as number, place?.lon as number, 53.99983, -125.0032)).toBeLessThan(1);
  });
});
