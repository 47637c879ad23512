/** Shared by the geo tests. */
import { expect } from 'vitest';
import type { Toponym } from '../../../src/pipeline/schema.ts';

/** Great-circle distance in km. */
export function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * r) / 2) ** 2 +
    Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Placed = { text?: string; lat: number | null; lon: number | null };

/** Asserts a toponym was found, resolved, and lies within `toleranceKm` of (lat, lon). */
export function expectNear(place: Placed | undefined, lat: number, lon: number, toleranceKm = 50): void {
  expect(place, 'toponym missing').toBeDefined();
  expect(place?.lat, `${place?.text} unresolved`).not.toBeNull();
  expect(km(place?.lat as number, place?.lon as number, lat, lon)).toBeLessThan(toleranceKm);
}

/** The spans of `names` in `text` (each name's first occurrence), for resolution-only tests. */
export function spansOf(text: string, names: string[]): { start: number; end: number }[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`"${name}" is not in the test sentence`);
    return { start, end: start + name.length };
  });
}

/** The toponym whose text is `text`; fails with the texts that were found when there is none. */
export function findToponym(toponyms: Toponym[], text: string): Toponym {
  const found = toponyms.find((t) => t.text === text);
  if (!found) throw new Error(`no toponym "${text}" in ${JSON.stringify(toponyms.map((t) => t.text))}`);
  return found;
}
