/**
 * Parse an article file: an optional front-matter block between `---` lines, then the body.
 *
 * Offsets into an article count from the first character of the body, so the body is
 * kept exactly as written (apart from a leading BOM and CRLF line ends, which are
 * normalised before anything else: see issue 7).
 *
 * A body that is HTML rather than plain text (a saved web page) is turned into the text
 * a reader sees (see html-to-text.ts), and that text is the article from then on, so all
 * offsets point into what the viewer shows; `notes` says it happened.
 *
 * Expected failures are values, not exceptions: a caller gets `{ok: false, reason}`
 * and reports it with the file name.
 *
 * @example
 * parseArticle('000_x', '---\ntitle: "A"\noutlet: B\npublished: 2024-08-17\nside: russia\n---\nText')
 * // => {ok: true, article: {id: '000_x', title: 'A', outlet: 'B', url: null, published: '2024-08-17', side: 'russia', text: 'Text'}}
 */
import { type Article, SIDES, type Side } from '../schema.ts';
import { htmlToText, looksLikeHtml } from './html-to-text.ts';

export type ParseResult = { ok: true; article: Article; notes: string[] } | { ok: false; reason: string };

const FRONT_MATTER_KEYS = ['title', 'outlet', 'url', 'published', 'side'] as const;

/** Normalise what differs between editors without moving any character of the body. */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    try {
      return JSON.parse(trimmed) as string;
    } catch {
      return trimmed.slice(1, -1);
    }
  }
  if (trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
    return trimmed.slice(1, -1).replace(/''/g, "'");
  }
  return trimmed;
}

export function parseArticle(id: string, raw: string): ParseResult {
  const text = normalizeText(raw);
  const meta: Record<string, string> = {};
  let body = text;
  if (text.startsWith('---\n')) {
    const close = text.indexOf('\n---', 3);
    const closeEnd = close === -1 ? -1 : close + 4;
    if (close === -1 || (closeEnd < text.length && text[closeEnd] !== '\n')) {
      return { ok: false, reason: 'front matter is not closed: expected a line "---" after the keys' };
    }
    const block = text.slice(4, close);
    for (const [index, line] of block.split('\n').entries()) {
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      const colon = line.indexOf(':');
      if (colon <= 0) {
        return { ok: false, reason: `front matter line ${index + 2} is not "key: value": ${JSON.stringify(line)}` };
      }
      const key = line.slice(0, colon).trim();
      if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
        return { ok: false, reason: `front matter key "${key}" is unknown (known: ${FRONT_MATTER_KEYS.join(', ')})` };
      }
      meta[key] = unquote(line.slice(colon + 1));
    }
    body = text.slice(Math.min(closeEnd + 1, text.length));
  }
  const published = meta.published ?? '';
  if (published === '') {
    const html = looksLikeHtml(body) ? '; the file looks like an HTML page: put a front-matter block above it' : '';
    return { ok: false, reason: `front matter has no "published" date (YYYY-MM-DD)${html}` };
  }
  if (!isValidIsoDate(published)) {
    return { ok: false, reason: `"published" is not a real date as YYYY-MM-DD: ${JSON.stringify(published)}` };
  }
  const side = meta.side ?? 'unknown';
  if (!(SIDES as readonly string[]).includes(side)) {
    return { ok: false, reason: `"side" must be one of ${SIDES.join(', ')}, not ${JSON.stringify(side)}` };
  }
  const notes: string[] = [];
  if (looksLikeHtml(body)) {
    body = htmlToText(body);
    notes.push('HTML converted to plain text (tags, scripts and navigation removed)');
  }
  const url = meta.url ?? null;
  const firstLine = body.split('\n').find((line) => line.trim() !== '') ?? id;
  return {
    ok: true,
    article: {
      id,
      title: meta.title ?? firstLine.trim().slice(0, 200),
      outlet: meta.outlet ?? 'unknown outlet',
      url: url === '' ? null : url,
      published,
      side: side as Side,
      text: body,
    },
    notes,
  };
}
