import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/app/safe-href.ts';
import { highlightSegments } from '../../src/app/text/highlight-segments.ts';

describe('highlightSegments', () => {
  it('marks ranges given as article offsets', () => {
    const plain = (segments: ReturnType<typeof highlightSegments>) =>
      segments.map(({ text, kind }) => ({ text, kind }));
    expect(
      highlightSegments('24 soldiers near Komarovka.', 100, [{ start: 117, end: 126, kind: 'place' }])[1]?.start,
    ).toBe(17);
    expect(
      plain(
        highlightSegments('24 soldiers near Komarovka.', 100, [
          { start: 117, end: 126, kind: 'place' },
          { start: 100, end: 102, kind: 'count' },
        ]),
      ),
    ).toEqual([
      { text: '24', kind: 'count' },
      { text: ' soldiers near ', kind: null },
      { text: 'Komarovka', kind: 'place' },
      { text: '.', kind: null },
    ]);
  });

  it('clips ranges outside the text and drops overlaps and nulls', () => {
    const plain = (segments: ReturnType<typeof highlightSegments>) =>
      segments.map(({ text, kind }) => ({ text, kind }));
    expect(
      plain(
        highlightSegments('abcdef', 10, [
          { start: 5, end: 12, kind: 'place' },
          { start: 11, end: 13, kind: 'count' },
          { start: null, end: 3, kind: 'count' },
        ]),
      ),
    ).toEqual([
      { text: 'ab', kind: 'place' },
      { text: 'cdef', kind: null },
    ]);
    expect(highlightSegments('', 0, [])).toEqual([{ text: '', kind: null, start: 0 }]);
  });
});

describe('safeHref', () => {
  it('allows only http and https', () => {
    expect(safeHref('https://example.org/a?b')).toBe('https://example.org/a?b');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '//evil',
      'relative',
      '',
      null,
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
});
