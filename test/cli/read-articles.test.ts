/**
 * readArticles on bad input (issue 7, item 1): each bad file is rejected with its file
 * and reason, and the good article beside it is still read. Runs in-process on temp
 * folders; the big and binary files are generated here, never committed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, readArticles } from '../../src/node/read-articles.ts';

const HEADER = '---\ntitle: "Good"\noutlet: Outlet\npublished: 2024-08-17\nside: russia\n---\n';
const GOOD = `${HEADER}24 soldiers surrendered.\n`;

/** A temp folder with one good article (good.txt) and the given extra files. */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'claimmap-read-'));
  writeFileSync(path.join(folder, 'good.txt'), GOOD);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

async function read(folder: string, options?: Parameters<typeof readArticles>[1]) {
  const result = await readArticles(folder, options);
  expect(result.articles.map((article) => article.id)).toContain('good'); // nothing good lost
  return {
    ...result,
    reasons: Object.fromEntries(result.rejected.map((r) => [path.relative(folder, r.file), r.reason])),
  };
}

describe('readArticles: bad input is reported and skipped, good articles are still read', () => {
  it('an empty file and a file of only white space', async () => {
    const { reasons } = await read(folderWith({ 'empty.txt': '', 'blank.txt': ' \n\t\n' }));
    expect(reasons).toEqual({ 'empty.txt': 'empty file', 'blank.txt': 'empty file (only white space)' });
  });

  it('binary and non-UTF-8 bytes: "not UTF-8 text (byte N)"', async () => {
    const random = new Uint8Array(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 131 + 7) % 256; // fixed, not text
    const latin1 = Buffer.concat([Buffer.from(GOOD.replace('24 soldiers', 'Les soldats')), Buffer.from([0xe9, 0x74])]);
    const { reasons } = await read(folderWith({ 'binary.txt': random, 'latin1.txt': latin1 }));
    expect(reasons['binary.txt']).toMatch(/^not UTF-8 text \(byte \d+\)$|^binary data/);
    expect(reasons['latin1.txt']).toBe(`not UTF-8 text (byte ${latin1.length - 2})`);
  });

  it('a UTF-8 BOM and CRLF line ends are accepted and normalised', async () => {
    const crlf = `\uFEFF${GOOD.replace('Good', 'Windows').replaceAll('\n', '\r\n')}Second line\r\n`;
    const { articles, rejected } = await read(folderWith({ 'windows.txt': crlf }));
    expect(rejected).toEqual([]);
    const article = articles.find((a) => a.id === 'windows');
    expect(article?.title).toBe('Windows');
    expect(article?.text).toBe('24 soldiers surrendered.\nSecond line\n');
  });

  it('HTML instead of text is converted to the text a reader sees, and noted', async () => {
    const html = `${HEADER}<html><body><p>24 soldiers <b>surrendered</b> near Kursk.</p><p>They said so.</p><script>x()</script></body></html>`;
    const { articles, rejected, notes } = await read(folderWith({ 'page.txt': html }));
    expect(rejected).toEqual([]);
    expect(articles.find((a) => a.id === 'page')?.text).toBe('24 soldiers surrendered near Kursk.\n\nThey said so.');
    expect(notes).toEqual([{ file: expect.stringMatching(/page\.txt$/), note: expect.stringContaining('HTML') }]);
  });

  it('a 20 MB article is rejected by size without being read, fast', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 'Troops surrendered near Kursk. ');
    const folder = folderWith({ 'big.txt': Buffer.concat([Buffer.from(GOOD), big]) });
    const started = performance.now();
    const { reasons } = await read(folder, {
      fs: {
        readFile: async (file) => {
          if (file.endsWith('big.txt')) throw new Error('big.txt must not be read');
          return (await import('node:fs/promises')).readFile(file);
        },
      },
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(reasons['big.txt']).toBe(
      'too large: 20.0 MiB, the limit is 1.0 MiB per article (split it, or raise MAX_ARTICLE_BYTES)',
    );
    expect(MAX_ARTICLE_BYTES).toBe(1024 * 1024);
  });

  it('malformed front matter: unclosed block, impossible date, unknown side', async () => {
    const { reasons } = await read(
      folderWith({
        'unclosed.txt': '---\ntitle: "A"\npublished: 2024-08-17\nTroops fled.',
        'date.txt': GOOD.replace('2024-08-17', '2024-02-30'),
        'side.txt': GOOD.replace('side: russia', 'side: martian'),
      }),
    );
    expect(reasons['unclosed.txt']).toMatch(/front matter is not closed/);
    expect(reasons['date.txt']).toMatch(/"published" is not a real date.*2024-02-30/);
    expect(reasons['side.txt']).toMatch(/"side" must be one of russia, ukraine, independent, unknown, not "martian"/);
  });

  it('two articles with the same id (case, subfolder): the first is kept, the second names both', async () => {
    const folder = folderWith({ 'a.txt': GOOD, 'a.TXT': GOOD, 'sub/a.txt': GOOD, 'sub/b.txt': GOOD, 'B.txt': GOOD });
    const { articles, reasons } = await read(folder);
    expect(articles.map((a) => a.id).sort()).toEqual(['B', 'a', 'good']);
    // top level before subfolders, then path order: "B.txt" < "sub/b.txt", "a.TXT" < "a.txt"
    expect(reasons).toEqual({
      'a.txt': expect.stringMatching(/^duplicate article id "a": a\.TXT has the same id/),
      'sub/a.txt': expect.stringMatching(/^duplicate article id "a": a\.TXT has the same id/),
      'sub/b.txt': expect.stringMatching(/^duplicate article id "b": B\.txt has the same id/),
    });
  });

  it('an unreadable file: permission denied is reported (simulated: tests run as root, where chmod 000 does not block reads)', async () => {
    const folder = folderWith({ 'locked.txt': GOOD });
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const { reasons } = await read(folder, {
      fs: {
        readFile: async (file) => {
          if (file.endsWith('locked.txt')) throw denied;
          return (await import('node:fs/promises')).readFile(file);
        },
      },
    });
    expect(reasons).toEqual({ 'locked.txt': 'unreadable: permission denied (EACCES)' });
  });

  it('a folder named x.txt is read as a folder, a FIFO named x.txt is refused without blocking', async () => {
    const folder = folderWith({ 'x.txt/inner.txt': GOOD });
    const fifo = spawnSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    const { articles, reasons } = await read(folder);
    expect(articles.map((a) => a.id)).toContain('inner');
    if (fifo.status === 0) expect(reasons['pipe.txt']).toMatch(/not a regular file/);
  });

  it('symlink loops: a link to itself and a folder link back up are reported, never followed forever', async () => {
    const folder = folderWith({ 'sub/deep.txt': GOOD.replace('Good', 'Deep') });
    symlinkSync('self.txt', path.join(folder, 'self.txt'));
    symlinkSync('..', path.join(folder, 'sub', 'up'));
    symlinkSync('missing.txt', path.join(folder, 'dangling.txt'));
    const { articles, reasons } = await read(folder);
    expect(articles.map((a) => a.id).sort()).toEqual(['deep', 'good']);
    expect(reasons).toEqual({
      'self.txt': expect.stringMatching(/symbolic link loop \(ELOOP\)/),
      'sub/up': expect.stringMatching(/symbolic link loop: leads back to the articles folder itself, not followed/),
      'dangling.txt': expect.stringMatching(/broken symbolic link/),
    });
  });

  it('a folder that does not exist throws (the CLI turns it into a usage error)', async () => {
    await expect(readArticles(path.join(tmpdir(), 'claimmap-no-such-folder'))).rejects.toThrow(/ENOENT/);
  });
});
