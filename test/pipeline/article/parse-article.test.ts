import { describe, expect, it } from 'vitest';
import { isValidIsoDate, parseArticle } from '../../../src/pipeline/article/parse-article.ts';

const header = (lines: string[]): string => `---\n${lines.join('\n')}\n---\n`;

describe('parseArticle', () => {
  it('reads the front matter and keeps the body exactly, offsets from its first character', () => {
    const raw = `${header(['title: "A: B"', 'outlet: Some Outlet', 'published: 2024-08-17', 'side: russia'])}Body line\nsecond`;
    const result = parseArticle('000_a', raw);
    expect(result).toEqual({
      ok: true,
      article: {
        id: '000_a',
        title: 'A: B',
        outlet: 'Some Outlet',
        url: null,
        published: '2024-08-17',
        side: 'russia',
        text: 'Body line\nsecond',
      },
      notes: [],
    });
  });

  it('strips a BOM and turns CRLF into LF before reading', () => {
    const raw = '\uFEFF---\r\npublished: 2024-01-02\r\nside: ukraine\r\n---\r\nLine one\r\nLine two';
    const result = parseArticle('x', raw);
    expect(result.ok && result.article.text).toBe('Line one\nLine two');
    expect(result.ok && result.article.title).toBe('Line one');
  });

  it('turns old Mac CR line ends into LF too, so offsets count one character per line end', () => {
    const result = parseArticle('x', '---\rpublished: 2024-01-02\r---\rA\rB');
    expect(result.ok && result.article.text).toBe('A\nB');
  });

  it('rejects an unclosed block with the reason', () => {
    const result = parseArticle('x', '---\ntitle: A\npublished: 2024-01-02\nBody');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('not closed') });
  });

  it('rejects an impossible date', () => {
    const result = parseArticle('x', header(['published: 2024-02-30']));
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('2024-02-30') });
  });

  it('rejects an unknown side and names the allowed ones', () => {
    const result = parseArticle('x', header(['published: 2024-02-03', 'side: martian']));
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('russia, ukraine, independent, unknown') });
  });

  it('rejects a missing date and an unknown key', () => {
    expect(parseArticle('x', 'no front matter').ok).toBe(false);
    expect(parseArticle('x', header(['published: 2024-02-03', 'autor: Bob']))).toEqual({
      ok: false,
      reason: expect.stringContaining('"autor"'),
    });
  });

  it('defaults side to unknown and title to the first non-empty line', () => {
    const result = parseArticle('x', `${header(['published: 2024-02-03'])}\n\nHeadline here\nText`);
    expect(result.ok && [result.article.side, result.article.title]).toEqual(['unknown', 'Headline here']);
  });
});

describe('isValidIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(['2024-02-29', '2023-12-31'].map(isValidIsoDate)).toEqual([true, true]);
    expect(['2023-02-29', '2024-13-01', '24-01-01', '2024-1-1'].map(isValidIsoDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
