/**
 * Articles saved as HTML instead of plain text: detect them and turn them into the
 * plain text a reader sees (issue 7).
 *
 * Why convert rather than reject: a scraper or a browser's "save page" often writes HTML,
 * and the user wants the claims in it, not a list of files to convert by hand. Why it is
 * safe for offsets: the converted text *is* the article text from then on: claims,
 * places and `article-texts/<k>.json` (what the viewer shows) all use it, so every offset
 * points into the text the viewer displays. Markup never reaches the viewer.
 *
 * What is dropped: tags, comments, and whole elements that are never article prose
 * (script, style, head, nav, footer, aside, form, noscript, template, svg, iframe).
 * Block elements (p, div, h1–h6, li, blockquote, br, …) become line breaks, so
 * paragraphs stay paragraphs (attribution carries over within a paragraph only).
 * Entities are decoded. Whitespace inside a block collapses to one space, as a
 * browser shows it.
 *
 * @example
 * looksLikeHtml('<p>One</p><p>Two</p><p>Three</p><p>Four</p>') // => true
 * htmlToText('<p>Troops &amp; tanks</p><p>Second</p>') // => 'Troops & tanks\n\nSecond'
 */

const DROPPED_ELEMENTS = [
  'script',
  'style',
  'head',
  'nav',
  'footer',
  'aside',
  'form',
  'noscript',
  'template',
  'svg',
  'iframe',
];

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'article',
  'section',
  'main',
  'header',
  'figure',
  'figcaption',
  'table',
  'tr',
  'pre',
  'hr',
  'body',
  'html',
  'address',
]);

/** Tags whose presence marks a text as HTML (inline ones too: <a>, <em> …). */
const KNOWN_TAGS = new Set([
  ...BLOCK_TAGS,
  ...DROPPED_ELEMENTS,
  'br',
  'a',
  'span',
  'b',
  'i',
  'em',
  'strong',
  'img',
  'td',
  'th',
  'meta',
  'link',
  'title',
  'small',
  'sup',
  'sub',
  'time',
  'picture',
  'source',
  'u',
  'cite',
  'q',
]);

/** A start or end tag. Nothing in it may cross a `<` or `>`, so a match never runs far. */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  middot: '·',
  bull: '•',
  deg: '°',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  times: '×',
  minus: '−',
  prime: '′',
  Prime: '″',
};

/**
 * True when a body is HTML rather than text that mentions a tag: it starts like an HTML
 * document, or it has at least 4 known tags and one per 500 characters or more.
 */
export function looksLikeHtml(text: string): boolean {
  if (/^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text)) return true;
  let tags = 0;
  for (const match of text.matchAll(TAG)) if (KNOWN_TAGS.has((match[1] as string).toLowerCase())) tags++;
  return tags >= 4 && tags * 500 >= text.length;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/**
 * One pass over the text, as a browser's tokenizer reads it: `<` followed by a letter,
 * `/`, `!` or `?` opens a tag that runs to the next `>`; anything else is text. Linear:
 * every scan starts where the last one ended (a 1 MiB page of unclosed tags included).
 */
export function htmlToText(html: string): string {
  const pieces: string[] = [];
  const text = (from: number, to: number) => {
    if (to <= from) return;
    const piece = decodeEntities(html.slice(from, to).replace(/\s+/g, ' '));
    // Text on both sides of a dropped tag or comment joins up: a '<' left before it must not
    // open a tag with the text after it ("<<?x>a>" is "<" then "a>"), so a space parts them.
    if (pieces.at(-1)?.endsWith('<') && /^[a-zA-Z/!?]/.test(piece)) pieces.push(' ');
    pieces.push(piece);
  };
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    const next = html[open + 1] ?? '';
    const tagLike = /[a-zA-Z!?]/.test(next) || (next === '/' && /[a-zA-Z]/.test(html[open + 2] ?? ''));
    if (!tagLike) {
      text(at, open + 1);
      at = open + 1;
      continue;
    }
    text(at, open);
    const comment = html.startsWith('<!--', open);
    const close = comment ? html.indexOf('-->', open + 4) : html.indexOf('>', open);
    if (close === -1) return finish(pieces); // an unclosed tag or comment at the end: dropped, as a browser does
    at = close + (comment ? 3 : 1);
    if (comment) continue;
    const name = (/^<\/?([a-zA-Z][^\s/>]*)/.exec(html.slice(open, close + 1))?.[1] ?? '').toLowerCase();
    const closing = next === '/';
    if (!closing && DROPPED_ELEMENTS.includes(name)) {
      // skip to the element's end tag; without one, the rest of the page is the element
      const end = new RegExp(`</${name}\\s*>`, 'gi');
      end.lastIndex = at;
      const found = end.exec(html);
      if (!found) return finish(pieces);
      at = found.index + found[0].length;
      pieces.push(' ');
      continue;
    }
    if (name === 'br') pieces.push('\n');
    else if (name === 'td' || name === 'th') pieces.push(' ');
    else if (BLOCK_TAGS.has(name)) pieces.push('\n\n');
  }
  text(at, html.length);
  return finish(pieces);
}

function finish(pieces: string[]): string {
  return pieces
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}
