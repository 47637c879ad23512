import { describe, expect, it } from 'vitest';
import { scrubWindows } from '../../scripts/bench/viewer.ts';
import { dayToIso } from '../../src/pipeline/filter/iso-day.ts';

describe('the bench’s scrub windows', () => {
  it('step the To and From thumbs a day in turn, as the keyboard scrub does', () => {
    const from = 19_000;
    expect(scrubWindows(from, 3)).toEqual([
      [dayToIso(from), dayToIso(from + 31)],
      [dayToIso(from + 1), dayToIso(from + 31)],
      [dayToIso(from + 1), dayToIso(from + 32)],
    ]);
  });

  it('continue where the previous scrub stopped: the next scrub starts half its steps later', () => {
    const from = 19_000;
    const steps = 30;
    const first = scrubWindows(from, steps);
    const second = scrubWindows(from + steps / 2, steps);
    // the window before the second scrub's first step is the first scrub's last one
    expect(first.at(-1)).toEqual([dayToIso(from + steps / 2), dayToIso(from + 30 + steps / 2)]);
    expect(second[0]).toEqual([dayToIso(from + steps / 2), dayToIso(from + 31 + steps / 2)]);
  });
});
