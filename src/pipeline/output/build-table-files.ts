/**
 * The viewer's compact files for a claims collection (issue 8): `claims.table.json`, the
 * columns the map, list, counts and histogram need, and `claims-detail/<k>.json`, the full
 * claims in table order, CHUNK_SIZE a file, fetched when a claim is opened.
 * build:data and gen:claims both write them, so the viewer reads one form.
 *
 * @example
 * buildTableFiles(features, []).map((file) => file.path)
 * // => ['claims.table.json', 'claims-detail/0.json', ...]
 */
import { buildClaimTable, sortForTable } from '../filter/build-claim-table.ts';
import { CHUNK_SIZE } from '../filter/claim-table.ts';
import type { ClaimFeature } from '../schema.ts';

export type OutputFile = { path: string; text: string };

export const TABLE_FILE = 'claims.table.json';
export const DETAIL_DIR = 'claims-detail';

export function buildTableFiles(
  features: readonly ClaimFeature[],
  rejected: readonly { file: string; reason: string }[],
): OutputFile[] {
  const sorted = sortForTable(features);
  const files: OutputFile[] = [{ path: TABLE_FILE, text: `${JSON.stringify(buildClaimTable(sorted, rejected))}\n` }];
  for (let chunk = 0; chunk * CHUNK_SIZE < sorted.length; chunk += 1) {
    const part = sorted.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE);
    files.push({ path: `${DETAIL_DIR}/${chunk}.json`, text: `${JSON.stringify(part)}\n` });
  }
  return files;
}
