/**
 * A first-level region and the big city named like it (src/pipeline/geo/namesakes.ts): the
 * words around the name decide, as for a careful reader. Sentences written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { type Gazetteer, geoparse } from '../../../src/pipeline/geo/index.ts';
import type { Toponym } from '../../../src/pipeline/schema.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 120_000);

/** Resolution-only: the spans are every occurrence of `name` in the text. */
function resolveAll(text: string, name: string): Toponym[] {
  const spans: { start: number; end: number }[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length))
    spans.push({ start: at, end: at + name.length });
  return geoparse(text, gazetteer, { spans });
}
/** What the first occurrence of `name` resolves to, end to end: 'settlement' or 'region'. */
function kindOf(text: string, name: string): string | null | undefined {
  return geoparse(text, gazetteer).find((t) => t.text === name || t.text === `${name}'s`)?.kind;
}
function kinds(text: string, name: string): (string | null)[] {
  return resolveAll(text, name).map((t) => t.kind);
}

describe('region or namesake city', () => {
  it('reads region cues: governor, state, coordination with other states, a town of the state before it', () => {
    expect(kindOf("New York's governor signed the budget on Monday.", 'New York')).toBe('region');
    expect(kindOf('Flooding closed roads in New Jersey and New York.', 'New York')).toBe('region');
    expect(kindOf('The plant in Buffalo, New York, will close next year.', 'New York')).toBe('region');
    expect(kinds('A cow from a Washington state farm tested positive.', 'Washington')).toEqual(['region']);
    expect(kindOf('Farmers in Oregon and Washington lost crops to the drought.', 'Washington')).toBe('region');
    expect(kindOf('The Kursk governor said two drones were shot down overnight.', 'Kursk')).toBe('region');
  });

  it('reads an abbreviation as the region', () => {
    expect(kinds('TACOMA, Wash. — A ferry ran aground near the harbour on Friday.', 'Wash.')).toEqual(['region']);
  });

  it('reads city cues: mayor, a borough before it, other big cities, -based, a parenthesised dateline', () => {
    expect(kindOf('The mayor of New York said the subway would reopen.', 'New York')).toBe('settlement');
    expect(kindOf('A fire gutted a warehouse in Brooklyn, New York, on Sunday.', 'New York')).toBe('settlement');
    expect(kindOf('The bank opened offices in New York, London and Tokyo.', 'New York')).toBe('settlement');
    expect(kinds('A New York-based hedge fund bought the firm.', 'New York')).toEqual(['settlement']);
    expect(kinds('(NEW YORK) — Police said a man was arrested after a chase.', 'NEW YORK')).toEqual(['settlement']);
    expect(kindOf('The Kharkiv mayor said the trams were running again.', 'Kharkiv')).toBe('settlement');
  });

  it('lets a mention without a cue follow the others, then the text’s other places', () => {
    // the second "New York" has no cue of its own: the first one says the city
    expect(kinds('The mayor of New York spoke on Monday. New York will host the summit in May.', 'New York')).toEqual([
      'settlement',
      'settlement',
    ]);
    // alone it is the city (below); towns of the state far from the city make it the state
    expect(
      kindOf('Commuters in Rochester and Albany faced delays on Monday. New York will review the plan.', 'New York'),
    ).toBe('region');
  });

  it('takes the big city for a bare name, and the region when its city is a small part of it (Quebec)', () => {
    expect(kindOf('She moved to New York after college to study music.', 'New York')).toBe('settlement');
    expect(kindOf('The referendum in Quebec was held in the autumn.', 'Quebec')).toBe('region');
    expect(kindOf('Tourists crowded the old walls of the city of Quebec.', 'Quebec')).toBe('settlement');
  });

  it('keeps a national capital over a much smaller namesake abroad that only the text’s country focus brought in', () => {
    const text =
      'The spy was poisoned in Salisbury, England. British police and officials in Washington discussed the case, and the U.S. expelled diplomats.';
    const washington = geoparse(text, gazetteer).find((t) => t.text === 'Washington');
    expect(washington?.country).toBe('US');
    expect(washington?.kind).toBe('settlement');
    // without the pair's country in the text, the text's own country keeps its town
    expect(
      geoparse('The spy was poisoned in Salisbury, England. Police in Washington searched a house.', gazetteer).find(
        (t) => t.text === 'Washington',
      )?.country,
    ).toBe('GB');
  });
});
