/**
 * The pipeline worker (src/node/pipeline-worker.ts and everything it imports) bundled
 * with esbuild into one JavaScript file, build/pipeline-worker/pipeline-worker.mjs, so a
 * worker thread starts in about 0.1 s instead of spending 0.5 s compiling TypeScript
 * through tsx. build/ is gitignored: the bundle is made on first use and remade whenever
 * one of its inputs changed (a manifest beside it lists every input file with its mtime
 * and size; checking them costs a few milliseconds, rebuilding about 0.3 s).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WORKER_ENTRY = path.join(ROOT, 'src', 'node', 'pipeline-worker.ts');
/** Two folders below the root, like src/node, so code that finds the root from its own URL still does. */
export const WORKER_BUNDLE = path.join(ROOT, 'build', 'pipeline-worker', 'pipeline-worker.mjs');
const MANIFEST = `${WORKER_BUNDLE}.inputs.json`;
/** Bump when the build options below change, so older bundles are remade. */
const FORMAT = 1;

type Manifest = { format: number; esbuild: string; inputs: Record<string, [mtimeMs: number, size: number]> };

function stamp(file: string): [number, number] | null {
  try {
    const stats = statSync(path.resolve(ROOT, file));
    return [stats.mtimeMs, stats.size];
  } catch {
    return null;
  }
}

/** True when the bundle exists and none of the files it was made from changed since. */
export function bundleIsFresh(): boolean {
  if (!existsSync(WORKER_BUNDLE)) return false;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  } catch {
    return false;
  }
  if (manifest.format !== FORMAT) return false;
  return Object.entries(manifest.inputs).every(([file, [mtime, size]]) => {
    const now = stamp(file);
    return now !== null && now[0] === mtime && now[1] === size;
  });
}

async function buildBundle(): Promise<void> {
  const esbuild = await import('esbuild');
  const folder = path.dirname(WORKER_BUNDLE);
  await mkdir(folder, { recursive: true });
  // several processes (e.g. vitest's) may build at once: each writes its own files, then renames
  const temporary = `${WORKER_BUNDLE}.${process.pid}.${Date.now()}.tmp`;
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: [WORKER_ENTRY],
      outfile: temporary,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      metafile: true,
      write: true,
      logLevel: 'silent',
      legalComments: 'none',
      // CommonJS dependencies inside an ES module bundle need a real require
      banner: {
        js: "import { createRequire as __claimmapCreateRequire } from 'node:module'; const require = __claimmapCreateRequire(import.meta.url);",
      },
      plugins: [
        {
          // the worker never builds the index (the main thread does before starting it)
          name: 'leave-out-gazetteer-builder',
          setup(build) {
            build.onResolve({ filter: /build-gazetteer(\.ts)?$/ }, (args) => ({ path: args.path, external: true }));
          },
        },
      ],
    });
    const inputs: Manifest['inputs'] = {};
    for (const file of Object.keys(result.metafile.inputs)) {
      const now = stamp(file);
      if (now) inputs[file] = now;
    }
    const manifest: Manifest = { format: FORMAT, esbuild: esbuild.version, inputs };
    await writeFile(`${temporary}.json`, JSON.stringify(manifest));
    await rename(temporary, WORKER_BUNDLE);
    await rename(`${temporary}.json`, MANIFEST);
  } finally {
    await rm(temporary, { force: true });
    await rm(`${temporary}.json`, { force: true });
  }
}

let fresh: string | undefined;
let building: Promise<string> | undefined;

/** The bundle's path when it is up to date (checked once per process), without building it. */
export function freshWorkerBundle(): string | undefined {
  if (fresh === undefined && bundleIsFresh()) fresh = WORKER_BUNDLE;
  return fresh;
}

/**
 * The path of an up-to-date worker bundle, built if needed (once per process). Rejects
 * when esbuild is missing or the build fails; the caller then starts workers through tsx.
 */
export function workerBundle(): Promise<string> {
  const now = freshWorkerBundle();
  if (now) return Promise.resolve(now);
  building ??= buildBundle().then(() => {
    fresh = WORKER_BUNDLE;
    return WORKER_BUNDLE;
  });
  return building;
}
