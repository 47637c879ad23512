/** Bytes to text (strict UTF-8) and HTML bodies to plain text (issue 7, item 1). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, findInvalidUtf8 } from '../../../src/pipeline/article/decode-text.ts';
import { htmlToText, looksLikeHtml } from '../../../src/pipeline/article/html-to-text.ts';
import { parseArticle } from '../../../src/pipeline/article/parse-article.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleBytes', () => {
  it('names the offset of the first byte that is not UTF-8', () => {
    const latin1 = Uint8Array.from([...utf8('Kyiv, '), 0xe9, 0x74, 0xe9]); // "été" in Latin-1
    expect(decodeArticleBytes(latin1)).toEqual({ ok: false, reason: 'not UTF-8 text (byte 6)' });
    expect(decodeArticleBytes(Uint8Array.from([0x41, 0xe2, 0x82]))).toEqual({
      ok: false,
      reason: 'not UTF-8 text (byte 1)',
    });
  });

  it('says when a file looks like UTF-16, and rejects NUL bytes as binary', () => {
    expect(decodeArticleBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({
      ok: false,
      reason: 'not UTF-8 text (byte 0): it looks like UTF-16, save it as UTF-8',
    });
    expect(decodeArticleBytes(Uint8Array.from([0x41, 0x00, 0x42]))).toEqual({
      ok: false,
      reason: 'binary data, not text (a NUL at byte 1)',
    });
  });

  it('decodes UTF-8, BOM and all', () => {
    expect(decodeArticleBytes(utf8('\uFEFFХарків — 24'))).toEqual({ ok: true, text: 'Харків — 24' });
  });

  it('finds an invalid byte exactly when TextDecoder fatal refuses the bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const at = findInvalidUtf8(bytes);
        expect(at === -1).toBe(valid);
        if (!valid) {
          // everything before the reported byte decodes
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at))).not.toThrow();
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('looksLikeHtml and htmlToText', () => {
  const page = `<!DOCTYPE html>
<html><head><title>Site | News</title><script>var x = "<p>not text</p>";</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/war">War</a></nav>
<article><h1>Soldiers surrender near Komarovka</h1>
<p>24 Ukrainian soldiers   surrendered near Komarovka,
according to RIA&nbsp;Novosti.</p>
<p>They were taken prisoner&hellip; &ldquo;We had no choice,&rdquo; one said &amp; left.<br>Next line</p>
<!-- ad slot --></article>
<footer>© Site 2024</footer></body></html>`;

  it('detects a page and fragments, not text that mentions a tag', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>')).toBe(true);
    expect(looksLikeHtml('The site used a <b> tag and x < y > z in its 2,000-word piece.')).toBe(false);
  });

  it('keeps the prose, drops script, style, navigation and footer, decodes entities, keeps paragraphs', () => {
    expect(htmlToText(page)).toBe(
      'Soldiers surrender near Komarovka\n\n24 Ukrainian soldiers surrendered near Komarovka, according to RIA Novosti.\n\n' +
        'They were taken prisoner… “We had no choice,” one said & left.\nNext line',
    );
  });

  it('parseArticle converts an HTML body, says so, and the title comes from the text', () => {
    const result = parseArticle('x', `---\npublished: 2024-08-17\nside: russia\n---\n${page}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text.startsWith('Soldiers surrender near Komarovka\n\n24')).toBe(true);
    expect(result.article.title).toBe('Soldiers surrender near Komarovka');
    expect(result.notes).toEqual([expect.stringContaining('HTML converted')]);
  });

  it('an HTML page without front matter is rejected with a hint', () => {
    expect(parseArticle('x', page)).toEqual({ ok: false, reason: expect.stringContaining('looks like an HTML page') });
  });

  it('reads a tag the way a browser does: "<p<p>>" is one odd tag, then ">"', () => {
    expect(htmlToText('<p>A</p><p<p>>B')).toBe('A\n\n>B');
  });

  it('stays linear on 1 MiB of unclosed tags and scripts', () => {
    const started = performance.now();
    for (const unit of ['<a ', '<script ', '<script>', '<!-- ', '<p>x']) htmlToText(unit.repeat(2 ** 20 / unit.length));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('does not let a stray "<" and the text after a dropped tag join into a tag', () => {
    // found by the property below: "<" is text, "<?<p>" a dropped processing instruction, "a>" text
    expect(htmlToText('<<?<p>a>')).toBe('< a>');
    expect(htmlToText('x &lt;<!-- c -->b>')).toBe('x < b>');
    expect(htmlToText('1 < 2 and <b>3</b> > 2')).toBe('1 < 2 and 3 > 2');
  });

  it('never throws and leaves no markup on arbitrary tag soup (property)', () => {
    const soup = fc.array(
      fc.oneof(
        fc.constantFrom(
          '<p>',
          '</p>',
          '<br/>',
          '<script>',
          '</script>',
          '<a href="x">',
          '</a>',
          '&amp;',
          '&#x1F600;',
          '&#0;',
          '&bogus;',
          '<!--',
          '-->',
          '<',
          '>',
        ),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(soup, (parts) => {
        const text = htmlToText(parts.join(''));
        expect(text).not.toMatch(/<\/?(?:p|br|script|a)\b[^<>]*>/);
      }),
      { numRuns: 300 },
    );
  });
});
