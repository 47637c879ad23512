/**
 * Fetch a JSON file and parse it with a zod schema. Expected failures are values:
 * `missing` (404, or the dev server's HTML fallback page) or `invalid` with a reason.
 */
import type { z } from 'zod';

export type FetchResult<T> = { ok: true; value: T } | { ok: false; kind: 'missing' | 'invalid'; reason: string };

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the expected format';
  const path = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return `${issue.message}${path}`;
}

export async function fetchJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchResult<z.infer<Schema>>> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return { ok: false, kind: 'missing', reason: `could not be fetched (${String(error)})` };
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 404 || (response.ok && type.includes('text/html'))) {
    return { ok: false, kind: 'missing', reason: 'was not found' };
  }
  if (!response.ok) {
    return { ok: false, kind: 'invalid', reason: `answered HTTP ${response.status}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch {
    return { ok: false, kind: 'invalid', reason: 'is not valid JSON' };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', reason: describeIssue(parsed.error) };
  return { ok: true, value: parsed.data };
}
