/**
 * Node-only: read the geoparser's index (build/gazetteer.bin, src/pipeline/geo/gazetteer-binary.ts)
 * and prepare it for lookups.
 *
 * build/ is gitignored, so a fresh clone has no index: the first call builds it from
 * node_modules and data/gazetteer (about 8 s) and writes it for the next run. Set
 * GAZETTEER_NO_BUILD=1 to get an error naming the file instead (e.g. in a timed benchmark).
 */

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGazetteer, type Gazetteer } from '../pipeline/geo/gazetteer.ts';
import { decodeGazetteer } from '../pipeline/geo/gazetteer-binary.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GAZETTEER_FILE = path.join(ROOT, 'build', 'gazetteer.bin');

let cached: Promise<Gazetteer> | undefined;

/** The prepared gazetteer, loaded once per process. */
export async function loadGazetteer(file = GAZETTEER_FILE): Promise<Gazetteer> {
  if (file === GAZETTEER_FILE && cached) return cached;
  const loading = readGazetteer(file);
  if (file === GAZETTEER_FILE)
    cached = loading.catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return loading;
}

async function readGazetteer(file: string): Promise<Gazetteer> {
  if (!existsSync(file)) {
    if (process.env.GAZETTEER_NO_BUILD === '1' || file !== GAZETTEER_FILE) {
      throw new Error(`gazetteer index ${file} is missing: run \`npm run build:gazetteer\``);
    }
    const { writeGazetteer } = await import('../../scripts/build-gazetteer.ts');
    process.stderr.write(
      `gazetteer index ${path.relative(process.cwd(), file)} is missing: building it (npm run build:gazetteer)\n`,
    );
    return createGazetteer(await writeGazetteer(file));
  }
  try {
    return createGazetteer(decodeGazetteer(await readFile(file)));
  } catch (error) {
    throw new Error(
      `gazetteer index ${file} is unreadable (${(error as Error).message}): run \`npm run build:gazetteer\``,
    );
  }
}
