/**
 * Node-only: write files so that a reader never sees half of one: each is written to a
 * temp file beside it, flushed to disk, then renamed over the target (rename is atomic
 * within one file system). A failure while writing removes the temp files and leaves
 * every previous file as it was.
 *
 * `writeFilesAtomic` writes a set: all temp files first, then all renames, so a failure
 * while writing (disk full, permission, a crash) leaves the previous set whole, never a
 * new claims.geojson beside an old places.geojson. (Only a failure between two renames,
 * a few microseconds, could mix them.)
 *
 * @example
 * await writeFileAtomic('public/claims.geojson', text)
 * await writeFilesAtomic([['public/claims.geojson', claims], ['public/places.geojson', places]])
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** How a temp file gets its bytes; replaceable in tests to fail half-way. */
export type WriteTemp = (file: string, text: string) => Promise<void>;

const writeTempDurably: WriteTemp = async (file, text) => {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
};

function tempPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

/** Temp files written at once: flushes overlap, which makes thousands of small files fast. */
const PARALLEL_WRITES = 32;

export async function writeFilesAtomic(
  files: ReadonlyArray<readonly [file: string, text: string]>,
  writeTemp: WriteTemp = writeTempDurably,
): Promise<void> {
  const started: string[] = [];
  try {
    for (const folder of new Set(files.map(([file]) => path.dirname(file)))) await mkdir(folder, { recursive: true });
    let next = 0;
    const writer = async (): Promise<void> => {
      while (next < files.length) {
        const [file, text] = files[next++] as readonly [string, string];
        const temp = tempPath(file);
        started.push(temp);
        await writeTemp(temp, text);
      }
    };
    const writers = Array.from({ length: Math.min(PARALLEL_WRITES, files.length) }, writer);
    // wait for every writer, even after one fails, so no temp file is written after the clean-up
    const outcomes = await Promise.allSettled(writers);
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    // renames in the given order: the files that point into others come last
    for (const [file] of files) {
      await rename(tempPath(file), file);
      started.splice(started.indexOf(tempPath(file)), 1);
    }
  } catch (error) {
    await Promise.all(started.map((temp) => rm(temp, { force: true })));
    throw error;
  }
}

export async function writeFileAtomic(file: string, text: string, writeTemp?: WriteTemp): Promise<void> {
  await writeFilesAtomic([[file, text]], writeTemp);
}
