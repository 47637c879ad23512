/**
 * The contract's enumerations, as plain constants. src/pipeline/schema.ts builds zod
 * schemas at import time, so importing a value from it pulls zod into the viewer's
 * main bundle (issue 8: JS before first render). The viewer imports these instead;
 * test/pipeline/filter/vocabulary.test.ts proves they equal the schema's.
 */
import type { ClaimEvent, Precision, Side } from '../schema.ts';

export const SIDES: readonly Side[] = ['russia', 'ukraine', 'independent', 'unknown'];
export const EVENTS: readonly ClaimEvent[] = [
  'surrender',
  'capture',
  'desertion',
  'advance',
  'control',
  'losses',
  'evacuation',
  'other',
];
export const PRECISIONS: readonly Precision[] = ['settlement', 'region', 'country'];
