#!/usr/bin/env node
// Rebuild the generated files the viewer serves, but only when they are missing or
// older than what they are made from (issue 3: `npm start` "builds the data when it
// is missing or older than its inputs"). Used by `npm start` and `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of the files below the given paths (0 when none exist). */
export function newestMtime(paths) {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const children = readdirSync(path).map((name) => join(path, name));
      newest = Math.max(newest, newestMtime(children));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

/** Oldest modification time of the outputs, or -1 when any is missing. */
export function oldestOutput(paths) {
  let oldest = Number.POSITIVE_INFINITY;
  for (const path of paths) {
    if (!existsSync(path)) return -1;
    oldest = Math.min(oldest, statSync(path).mtimeMs);
  }
  return oldest;
}

export const steps = [
  {
    name: 'gazetteer index',
    script: 'build:gazetteer',
    inputs: ['scripts/build-gazetteer.ts', 'scripts/gazetteer', 'data/gazetteer', 'package-lock.json'],
    outputs: ['build/gazetteer.bin'],
  },
  {
    name: 'basemap',
    script: 'build:basemap',
    inputs: ['scripts/build-basemap.ts', 'package-lock.json'],
    outputs: ['public/basemap/countries.geojson', 'public/basemap/land.geojson', 'public/basemap/cities.geojson'],
  },
  {
    name: 'claims data',
    script: 'build:data',
    inputs: ['data', 'src/pipeline', 'src/cli', 'src/node', 'build/gazetteer.bin', 'package-lock.json'],
    outputs: [
      'public/claims.geojson',
      'public/places.geojson',
      'public/articles.json',
      'public/sources.json',
      'public/claims.table.json',
      'public/article-texts',
    ],
  },
];

/** Run one step's npm script when its outputs are missing or older than its inputs. */
export function refresh(step) {
  const built = oldestOutput(step.outputs);
  if (built !== -1 && built >= newestMtime(step.inputs)) {
    console.error(`${step.name}: up to date`);
    return;
  }
  console.error(`${step.name}: ${built === -1 ? 'missing' : 'older than its inputs'}, running npm run ${step.script}`);
  const result = spawnSync('npm', ['run', '--silent', step.script], { stdio: 'inherit' });
  // build:data exits 1 when some articles were rejected but still writes the rest:
  // the viewer shows what was rejected, so only a crash or a usage error stops here.
  if (result.status !== 0 && !(step.script === 'build:data' && result.status === 1)) {
    throw new Error(`${step.name}: npm run ${step.script} failed (exit ${result.status})`);
  }
}

function main() {
  try {
    for (const step of steps) refresh(step);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
