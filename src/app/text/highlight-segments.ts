/**
 * Split a text into plain and highlighted segments, from ranges given as offsets into
 * the article (the text itself starts at `base`). Ranges outside the text are clipped,
 * overlapping ones after the first are dropped. Rendered as React text, never HTML.
 *
 * @example
 * highlightSegments('24 soldiers near Komarovka', 100, [{ start: 117, end: 126, kind: 'place' }])
 * // [{ text: '24 soldiers near ', kind: null, start: 0 }, { text: 'Komarovka', kind: 'place', start: 17 }]
 */
export type HighlightKind = 'place' | 'count' | 'quote';
export type HighlightRange = { start: number | null; end: number | null; kind: HighlightKind };
/** `start`: offset of the segment in the text, a stable key */
export type Segment = { text: string; kind: HighlightKind | null; start: number };

export function highlightSegments(text: string, base: number, ranges: readonly HighlightRange[]): Segment[] {
  const usable = ranges
    .flatMap(({ start, end, kind }) => {
      if (start === null || end === null) return [];
      const from = Math.max(0, start - base);
      const to = Math.min(text.length, end - base);
      return to > from ? [{ from, to, kind }] : [];
    })
    .sort((a, b) => a.from - b.from);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const range of usable) {
    if (range.from < cursor) continue;
    if (range.from > cursor) segments.push({ text: text.slice(cursor, range.from), kind: null, start: cursor });
    segments.push({ text: text.slice(range.from, range.to), kind: range.kind, start: range.from });
    cursor = range.to;
  }
  if (cursor < text.length || segments.length === 0)
    segments.push({ text: text.slice(cursor), kind: null, start: cursor });
  return segments;
}
