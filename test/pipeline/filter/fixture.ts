// The viewer's fixture (test/fixtures/app), deep-frozen so a mutating test fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ClaimFeature, zClaimCollection } from '../../../src/pipeline/schema.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export const FIXTURE_CLAIMS: readonly ClaimFeature[] = deepFreeze(
  zClaimCollection.parse(JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/app/claims.geojson'), 'utf8')))
    .features,
);
