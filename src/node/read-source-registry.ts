/**
 * Node-only: read the source registry (data/sources.json) and validate it once here,
 * at the boundary; the pipeline then trusts it.
 *
 * @example
 * const registry = await readSourceRegistry('data/sources.json');
 */
import { readFile } from 'node:fs/promises';
import { type Source, zSourceRegistry } from '../pipeline/schema.ts';

export async function readSourceRegistry(file: string): Promise<Source[]> {
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = zSourceRegistry.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a valid source registry: ${parsed.error.message}`);
  const names = new Set<string>();
  for (const source of parsed.data) {
    if (names.has(source.name)) throw new Error(`${file}: source "${source.name}" is listed twice`);
    names.add(source.name);
  }
  return parsed.data;
}
