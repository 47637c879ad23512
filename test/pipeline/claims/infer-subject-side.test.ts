import { describe, expect, it } from 'vitest';
import { detectEvents } from '../../../src/pipeline/claims/detect-events.ts';
import { inferSubjectSide } from '../../../src/pipeline/claims/infer-subject-side.ts';
import type { Side } from '../../../src/pipeline/schema.ts';

function side(text: string, speaker: Side = 'unknown'): Side {
  const match = detectEvents(text)[0];
  if (!match) throw new Error(`no event in ${text}`);
  return inferSubjectSide(text, match, [], speaker);
}

describe('inferSubjectSide', () => {
  it('reads the side of the troops in the subject', () =>
    expect(side('Ukrainian marines surrendered at dawn.')).toBe('ukraine'));
  it('reads a possessive capital as a side', () =>
    expect(side("Moscow's paratroopers laid down their arms.")).toBe('russia'));
  it('ignores a side word that qualifies a place', () =>
    expect(side("Ukrainian troops in Russia's Bryansk region gave themselves up.")).toBe('ukraine'));
  it('reads the troops after a noun trigger', () =>
    expect(side('Footage shows the surrender of dozens of Russian conscripts.')).toBe('russia'));
  it('reads the object of an active capture', () =>
    expect(side('Ukraine has captured 30 Russian soldiers.')).toBe('russia'));
  it('takes the side opposite an agent', () =>
    expect(side('Over a dozen POWs were escorted by Russian troops.')).toBe('ukraine'));
  it('reads "the enemy" as the side opposite the speaker', () =>
    expect(side('The enemy advanced two kilometres.', 'russia')).toBe('ukraine'));
  it('gives the side that loses a place for control', () =>
    expect(side('Russian forces now control 3 settlements.')).toBe('ukraine'));
  it('says unknown when nothing names a side', () => expect(side('Forty soldiers surrendered.')).toBe('unknown'));
});
