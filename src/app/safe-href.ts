/**
 * A link target for a URL written by others: only http and https, else null (issue 7 item 3).
 *
 * @example
 * safeHref('javascript:alert(1)') // null
 * safeHref('https://example.org/a') // 'https://example.org/a'
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
