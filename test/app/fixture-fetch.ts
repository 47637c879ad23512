/**
 * A fetch that serves test/fixtures/app/ (the viewer's fixture), optionally with some
 * files replaced or missing, for the component tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimCollection } from '../../src/pipeline/schema.ts';

// Tests run from the repository root (vitest's root).
const FIXTURE_DIR = join(process.cwd(), 'test/fixtures/app');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

export function fixtureClaims(): ClaimCollection {
  return JSON.parse(readFixture('claims.geojson')) as ClaimCollection;
}

/** `overrides`: file name → body, or null for a 404. */
export function fixtureFetch(overrides: Record<string, string | null> = {}): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const name = decodeURIComponent(String(input)).replace(/^\.?\//, '');
    const body = name in overrides ? overrides[name] : tryRead(name);
    if (body === null || body === undefined) return new Response('not found', { status: 404 });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

function tryRead(name: string): string | null {
  try {
    return readFixture(name);
  } catch {
    return null;
  }
}
