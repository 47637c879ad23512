/**
 * Content-Security-Policy for the production build (issue 7 item 3).
 *
 * The page may load only from its own origin. The optional online basemap
 * (README "Online basemap") adds the origins of VITE_MAP_STYLE and of the comma-separated
 * VITE_MAP_STYLE_ORIGINS (for its tiles and glyphs) at build time; `?style=URL` works only
 * for an origin allowed here. The dev server is left alone: Vite injects inline scripts
 * there for hot reload, which this policy would block.
 */
import type { Plugin } from 'vite';

export function allowedOrigins(env: Record<string, string | undefined>): string[] {
  const urls = [env.VITE_MAP_STYLE, ...(env.VITE_MAP_STYLE_ORIGINS ?? '').split(',')];
  const origins = new Set<string>();
  for (const url of urls) {
    if (!url?.trim()) continue;
    try {
      const parsed = new URL(url.trim());
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') origins.add(parsed.origin);
    } catch {
      throw new Error(`VITE_MAP_STYLE / VITE_MAP_STYLE_ORIGINS: not a URL: ${JSON.stringify(url)}`);
    }
  }
  return [...origins].sort();
}

export function contentSecurityPolicy(extraOrigins: string[]): string {
  const extra = extraOrigins.length > 0 ? ` ${extraOrigins.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // maplibre-gl creates its worker from the page's own origin (setWorkerUrl) or a blob.
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    `connect-src 'self'${extra}`,
    `img-src 'self' data: blob:${extra}`,
    "style-src 'self'",
    `font-src 'self'${extra}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function contentSecurityPolicyPlugin(env: Record<string, string | undefined>): Plugin {
  const policy = contentSecurityPolicy(allowedOrigins(env));
  return {
    name: 'claimmap-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
  };
}
