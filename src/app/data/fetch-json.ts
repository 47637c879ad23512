/**
 * Fetch a JSON file. Expected failures are values: `missing` (404, or the dev server's
 * HTML fallback page) or `invalid` with a reason. Parsing with a zod schema (fetchJson)
 * is in validated-data.ts, zod's chunk.
 */
export type FetchResult<T> = { ok: true; value: T } | { ok: false; kind: 'missing' | 'invalid'; reason: string };

/**
 * The most JSON text the viewer reads from one file. Past it a browser tab runs out of
 * memory parsing; docs/performance.md measures the limits of one static file and says
 * what takes over (vector tiles). 1M claims make a 60 MB table, so this leaves room.
 */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The body as text, stopping as soon as it passes maxBytes (null then). */
async function readTextUpTo(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) {
    const text = await response.text();
    return text.length > maxBytes ? null : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export async function fetchJsonValue(
  url: string,
  fetchImpl: typeof fetch = fetch,
  maxBytes = MAX_JSON_BYTES,
): Promise<FetchResult<unknown>> {
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
  const text = await readTextUpTo(response, maxBytes);
  if (text === null) {
    return {
      ok: false,
      kind: 'invalid',
      reason: `is too large: the viewer reads at most ${megabytes(maxBytes)} from one file (see docs/performance.md)`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, kind: 'invalid', reason: 'is not valid JSON' };
  }
}
