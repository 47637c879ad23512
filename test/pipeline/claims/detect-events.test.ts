import { describe, expect, it } from 'vitest';
import { detectEvents } from '../../../src/pipeline/claims/detect-events.ts';

const events = (text: string, places: Array<{ start: number; end: number }> = []) =>
  detectEvents(text, places).map((match) => match.event);

describe('detectEvents', () => {
  it('reads surrender verbs and phrases', () => {
    expect(events('Sixty marines gave themselves up at dawn.')).toEqual(['surrender']);
    expect(events('The garrison laid down its arms on Monday.')).toEqual(['surrender']);
    expect(events('A company surrendered to the attackers.')).toEqual(['surrender']);
  });

  it('reads a capture from "taken prisoner" and from a counted noun of prisoners', () => {
    expect(events('Nine sappers were taken prisoner.')).toEqual(['capture']);
    expect(events('Photos show 15 POWs in a truck.')).toEqual(['capture']);
  });

  it('does not read a capture from prisoners who are speaking or uncounted', () => {
    expect(events('Two prisoners said they had no food.')).toEqual([]);
    expect(events('Talks on a prisoner swap resumed.')).toEqual([]);
  });

  it('tells a captured place (control) from captured people (capture)', () => {
    expect(events('The brigade captured two villages overnight.')).toEqual(['control']);
    expect(events('The brigade captured thirty paratroopers.')).toEqual(['capture']);
    const text = 'The battalion captured Marinka at noon.';
    expect(events(text, [{ start: text.indexOf('Marinka'), end: text.indexOf('Marinka') + 7 }])).toEqual(['control']);
  });

  it('reads the head of a passive subject: people near a town were captured', () => {
    expect(events('Guards working near the town of Oskil may have been captured.')).toEqual(['capture']);
    expect(events('Three hamlets have been captured.')).toEqual(['control']);
  });

  it('tells fleeing soldiers (desertion) from fleeing civilians (evacuation)', () => {
    expect(events('A dozen conscripts fled their positions.')).toEqual(['desertion']);
    expect(events('Hundreds of residents fled the shelling.')).toEqual(['evacuation']);
  });

  it('reads advances, control and losses', () => {
    expect(events('Assault units advanced five kilometres.')).toEqual(['advance']);
    expect(events('The hamlet is now under the control of the marines.')).toEqual(['control']);
    expect(events('The regiment lost 40 soldiers in a week.')).toEqual(['losses']);
  });

  it('ignores a gerund after a preposition or "when"', () => {
    expect(events('The charity helps soldiers in surrendering safely.')).toEqual([]);
    expect(events('Units must follow the rules when capturing enemy soldiers.')).toEqual([]);
  });

  it('ignores a relative clause that refers back to a known event', () => {
    expect(events('Officials interviewed the men who surrendered.')).toEqual([]);
    expect(events('They toured the peninsula that Moscow has occupied since then.')).toEqual([]);
  });

  it('keeps a complement clause after a reporting verb', () => {
    expect(events('Officials said that the marines had advanced.')).toEqual(['advance']);
  });

  it('ignores attributive participles', () => {
    expect(events('The surrendered soldiers were fed.')).toEqual([]);
    expect(events('Reporters visited many occupied hamlets.')).toEqual([]);
  });

  it('ignores appeals to surrender', () => {
    expect(events('Leaflets urged the crews to surrender.')).toEqual([]);
  });

  it('ignores "in advance" and adjectives like "advanced weapons"', () => {
    expect(events('They were warned in advance about advanced weapons.')).toEqual([]);
  });
});
