/**
 * Fetch a JSON file, and optionally parse it with a zod schema. Expected failures are
 * values: `missing` (404, or the dev server's HTML fallback page) or `invalid` with a
 * reason. Only types come from zod here, so this module stays out of zod's chunk.
 */
import type { z } from 'zod';

export type FetchResult<T> = { ok: true; value: T } | { ok: false; kind: 'missing' | 'invalid'; reason: string };

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the expected format';
  const path = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return `${issue.message}${path}`;
}

export async function fetchJsonValue(url: string, fetchImpl: typeof fetch = fetch): Promise<FetchResult<unknown>> {
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
  try {
    return { ok: true, value: JSON.parse(await response.text()) };
  } catch {
    return { ok: false, kind: 'invalid', reason: 'is not valid JSON' };
  }
}

export async function fetchJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchResult<z.infer<Schema>>> {
  const raw = await fetchJsonValue(url, fetchImpl);
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.value);
  if (!parsed.success) return { ok: false, kind: 'invalid', reason: describeIssue(parsed.error) };
  return { ok: true, value: parsed.data };
}
