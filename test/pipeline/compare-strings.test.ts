import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../src/pipeline/compare-strings.ts';

describe('compareStrings', () => {
  it('orders by UTF-16 code units, whatever the locale: capitals before small letters, accents after both', () => {
    expect(['b', 'É', 'a', 'B', 'a'].sort(compareStrings)).toEqual(['B', 'a', 'a', 'b', 'É']);
    expect(compareStrings('a01_kursk', 'a01_kursk')).toBe(0);
    expect(compareStrings('a1', 'a10')).toBe(-1);
    expect(compareStrings('a10', 'a9')).toBe(-1);
  });
});
