/**
 * Vitest globalSetup for the node tests: build the geoparser's index once, before any
 * test file loads it. build/ is gitignored, so a fresh clone (CI) has none, and many
 * test files building it at the same time on 2 cores ran past their hook timeouts.
 */
import { refresh, steps } from '../../scripts/prepare-data.mjs';

export default function setup(): void {
  const step = steps.find((candidate) => candidate.script === 'build:gazetteer');
  if (!step) throw new Error('scripts/prepare-data.mjs has no build:gazetteer step');
  refresh(step);
}
