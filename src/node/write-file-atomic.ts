/**
 * Node-only: write a file so that a reader never sees half of it: write a temp file
 * beside it, then rename over the target (rename is atomic within one file system).
 *
 * @example
 * await writeFileAtomic('public/claims.geojson', text)
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
