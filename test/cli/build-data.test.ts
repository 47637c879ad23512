/**
 * The build-data CLI end to end (issues 5 and 7): exit codes, every kind of bad article
 * reported and skipped while the good ones come out exactly as without them, atomic
 * writes, and byte-identical output from two real runs of the CLI (in two time zones).
 * Big and binary files are generated here, never committed.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_CHUNKS, TEXT_DIR, textChunkOf, textChunkPath } from '../../src/pipeline/output/article-texts.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SEEDS = path.join(ROOT, 'data', 'articles');
const OUTPUTS = [
  'claims.geojson',
  'claims.table.json',
  'claims-detail/0.json',
  'places.geojson',
  'articles.json',
  'sources.json',
];

type Run = { status: number | null; stdout: string; stderr: string; ms: number };

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      TSX,
      [path.join(ROOT, 'src', 'cli', 'build-data.ts'), ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) =>
        resolve({ status: error ? (error.code as number) : 0, stdout, stderr, ms: performance.now() - started }),
    );
  });
}

const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), `claimmap-${prefix}-`));
const json = (dir: string, file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

/** The text build:data wrote for an article: in its id's chunk of article-texts/. */
function articleText(dir: string, id: string): string {
  const chunk = json(dir, textChunkPath(textChunkOf(id))) as { id: string; text: string }[];
  const found = chunk.find((entry) => entry.id === id);
  if (!found) throw new Error(`no text for ${id} in ${textChunkPath(textChunkOf(id))}`);
  return found.text;
}

const seedIdList = () => readdirSync(SEEDS).map((name) => name.replace(/\.txt$/, ''));

function seedsFolder(): string {
  const folder = temp('articles');
  for (const name of readdirSync(SEEDS)) copyFileSync(path.join(SEEDS, name), path.join(folder, name));
  return folder;
}

const HEADER = '---\ntitle: "Invented"\noutlet: Test Outlet\npublished: 2024-08-17\nside: russia\n---\n';
const CLAIM = '24 Ukrainian soldiers surrendered near Komarovka, according to RIA Novosti.';

/** The seeds plus one of every kind of bad input, and two odd but good ones (BOM + CRLF, HTML). */
function mixedFolder(): { folder: string; bad: string[] } {
  const folder = seedsFolder();
  const write = (name: string, content: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  };
  write('empty.txt', '');
  write(
    'binary.txt',
    Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256),
  );
  write('latin1.txt', Buffer.concat([Buffer.from(`${HEADER}Les soldats se sont rendus `), Buffer.from([0xe0])]));
  write('big.txt', Buffer.concat([Buffer.from(HEADER), Buffer.alloc(20 * 1024 * 1024, `${CLAIM} `)]));
  write('unclosed.txt', `---\ntitle: "no end"\npublished: 2024-08-17\n${CLAIM}`);
  write('date.txt', HEADER.replace('2024-08-17', '2024-02-30') + CLAIM);
  write('side.txt', HEADER.replace('side: russia', 'side: martian') + CLAIM);
  write('nested/000_712B3E9CB6804D23.txt', HEADER + CLAIM); // same id as a seed, other case, in a subfolder
  write(
    'crlf.txt',
    `\uFEFF${HEADER}Reports from the front.\n\n${CLAIM}\nThey were taken prisoner.\n`.replaceAll('\n', '\r\n'),
  );
  write(
    'html.txt',
    `${HEADER}<!DOCTYPE html><html><head><title>x</title><script>var s = "surrendered";</script></head>` +
      `<body><nav><a href="/">Home</a></nav><h1>Surrender</h1><p>Reports from &laquo;the front&raquo;.</p>` +
      `<p>${CLAIM.replace('surrendered', '<b>surrendered</b>')}</p></body></html>`,
  );
  mkdirSync(path.join(folder, 'folder.txt')); // a folder with an article's name: read as a folder
  symlinkSync('self.txt', path.join(folder, 'self.txt'));
  symlinkSync('..', path.join(folder, 'nested', 'up'));
  const bad = [
    'empty.txt',
    'binary.txt',
    'latin1.txt',
    'big.txt',
    'unclosed.txt',
    'date.txt',
    'side.txt',
    'nested/000_712B3E9CB6804D23.txt',
    'self.txt',
    'nested/up',
  ];
  return { folder, bad };
}

describe.concurrent('build-data CLI: usage errors exit 2 and write nothing', () => {
  it('an unknown flag', async () => {
    const result = await run(['--no-such-flag']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown argument "--no-such-flag"\nusage:/);
  });

  it('an articles folder that does not exist', async () => {
    const outDir = temp('out');
    const result = await run(['--articles', path.join(outDir, 'nope'), '--out-dir', outDir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/articles folder not found: .*nope\nusage:/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('a source registry that is not JSON', async () => {
    const sources = path.join(temp('sources'), 'sources.json');
    writeFileSync(sources, '[{"name": ');
    const result = await run(['--sources', sources, '--out-dir', temp('out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot use the source registry: .*sources\.json is not valid JSON/);
  });

  it('a folder without article files leaves the previous outputs alone', async () => {
    const outDir = temp('out');
    writeFileSync(path.join(outDir, 'claims.geojson'), 'previous');
    const articles = temp('articles');
    writeFileSync(path.join(articles, 'notes.md'), 'not an article');
    const result = await run(['--articles', articles, '--out-dir', outDir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no article files \(\*\.txt\) in .*: nothing written/);
    expect(readdirSync(outDir)).toEqual(['claims.geojson']);
    expect(readFileSync(path.join(outDir, 'claims.geojson'), 'utf8')).toBe('previous');
  });
});

describe('build-data CLI: bad articles, good ones intact, determinism', () => {
  const mixed = mixedFolder();
  const out = { first: temp('out'), second: temp('out'), seedsOnly: temp('out') };
  let first: Run;
  let second: Run;
  let seedsOnly: Run;

  beforeAll(async () => {
    // three real runs of the CLI, in parallel: twice the same input (in two time zones), once the seeds alone
    [first, second, seedsOnly] = await Promise.all([
      run(['--articles', mixed.folder, '--out-dir', out.first], { TZ: 'America/Adak' }),
      run(['--articles', mixed.folder, '--out-dir', out.second], { TZ: 'Pacific/Kiritimati' }),
      run(['--articles', seedsFolder(), '--out-dir', out.seedsOnly], { TZ: 'UTC' }),
    ]);
  }, 60_000);

  it('exits 1, reports each bad file with its reason on stderr and in metadata.rejected', () => {
    expect(first.status, first.stderr).toBe(1);
    expect(seedsOnly.status, seedsOnly.stderr).toBe(0);
    const rejected: Array<{ file: string; reason: string }> = json(out.first, 'claims.geojson').metadata.rejected;
    const byFile = Object.fromEntries(
      rejected.map((r) => [path.relative(mixed.folder, path.resolve(ROOT, r.file)), r.reason]),
    );
    expect(Object.keys(byFile).sort()).toEqual([...mixed.bad].sort());
    expect(byFile).toMatchObject({
      'empty.txt': 'empty file',
      'binary.txt': expect.stringMatching(/^not UTF-8 text \(byte \d+\)$/),
      'latin1.txt': `not UTF-8 text (byte ${Buffer.byteLength(`${HEADER}Les soldats se sont rendus `)})`,
      'big.txt': expect.stringMatching(/^too large: 20\.0 MiB, the limit is 1\.0 MiB per article/),
      'unclosed.txt': expect.stringMatching(/front matter is not closed/),
      'date.txt': expect.stringMatching(/not a real date/),
      'side.txt': expect.stringMatching(/"side" must be one of/),
      'nested/000_712B3E9CB6804D23.txt': expect.stringMatching(
        /duplicate article id .* 000_712b3e9cb6804d23\.txt has the same id/,
      ),
      'self.txt': expect.stringMatching(/symbolic link loop/),
      'nested/up': expect.stringMatching(/symbolic link loop/),
    });
    for (const { file, reason } of rejected) expect(first.stderr).toContain(`rejected ${file}: ${reason}`);
    expect(first.stderr).toMatch(/note .*html\.txt: HTML converted to plain text/);
    expect(first.ms).toBeLessThan(30_000); // the 20 MB file is refused by its size, never parsed
  });

  it('every good article comes out exactly as when it is alone', () => {
    const seedIds = new Set(readdirSync(SEEDS).map((name) => name.replace(/\.txt$/, '')));
    const seedClaims = (dir: string) =>
      json(dir, 'claims.geojson').features.filter((f: { properties: { article: string } }) =>
        seedIds.has(f.properties.article),
      );
    expect(seedClaims(out.first)).toEqual(seedClaims(out.seedsOnly));
    expect(seedClaims(out.first).length).toBeGreaterThan(0);
    const articles = json(out.first, 'articles.json');
    expect(articles.map((a: { id: string }) => a.id)).toEqual([...seedIds, 'crlf', 'html'].sort());
    expect(articles.filter((a: { id: string }) => seedIds.has(a.id))).toEqual(json(out.seedsOnly, 'articles.json'));
  });

  it('BOM + CRLF and HTML articles give claims whose quotes are the text the viewer shows', () => {
    const claims = json(out.first, 'claims.geojson').features.map((f: { properties: unknown }) => f.properties);
    for (const id of ['crlf', 'html']) expect(claims.some((c: { article: string }) => c.article === id)).toBe(true);
    for (const claim of claims) {
      const text = articleText(out.first, claim.article);
      expect(text.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
      if (claim.placeStart !== null) expect(text.slice(claim.placeStart, claim.placeEnd)).toMatch(/^\p{Lu}/u);
    }
    expect(articleText(out.first, 'html')).toBe(`Surrender\n\nReports from «the front».\n\n${CLAIM}`);
    expect(articleText(out.first, 'crlf')).not.toMatch(/[\r\uFEFF]/);
  });

  it("writes every processed article's text once, in the file its id hashes to, and none of the old per-article files", () => {
    const files = readdirSync(path.join(out.first, TEXT_DIR));
    const texts = files.flatMap((name) =>
      (json(out.first, `${TEXT_DIR}/${name}`) as { id: string; text: string }[]).map((entry) => ({ ...entry, name })),
    );
    const ids = json(out.first, 'articles.json').map((article: { id: string }) => article.id);
    expect(texts.map((entry) => entry.id).sort()).toEqual([...ids].sort());
    for (const entry of texts) expect(entry.name).toBe(path.basename(textChunkPath(textChunkOf(entry.id))));
    expect(files.length).toBeLessThanOrEqual(ids.length);
    expect(existsSync(path.join(out.first, 'articles'))).toBe(false);
  });

  it('two runs give byte-identical files (issue 7, item 4)', () => {
    expect(second.status).toBe(1);
    const files = [...OUTPUTS, ...readdirSync(path.join(out.first, TEXT_DIR)).map((name) => `${TEXT_DIR}/${name}`)];
    expect(readdirSync(path.join(out.second, TEXT_DIR)).length).toBe(files.length - OUTPUTS.length);
    for (const file of files) {
      const a = readFileSync(path.join(out.first, file));
      const b = readFileSync(path.join(out.second, file));
      expect(a.equals(b), `${file} differs between two runs`).toBe(true);
    }
  });
});

describe('build-data CLI: atomic outputs', () => {
  it('when the outputs cannot be written, it exits 2 and the previous files stay whole', async () => {
    const outDir = temp('out');
    writeFileSync(path.join(outDir, 'claims.geojson'), 'previous claims');
    writeFileSync(path.join(outDir, TEXT_DIR), `a file where the ${TEXT_DIR}/ folder should be`);
    const result = await run(['--articles', seedsFolder(), '--out-dir', outDir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/could not write the outputs .* the previous files are left as they were/);
    expect(readFileSync(path.join(outDir, 'claims.geojson'), 'utf8')).toBe('previous claims');
    expect(readdirSync(outDir).sort()).toEqual([TEXT_DIR, 'claims.geojson']);
  });

  it('writes the viewer table and its detail chunks, and drops chunks and texts an earlier run left', async () => {
    const outDir = temp('out');
    mkdirSync(path.join(outDir, 'claims-detail'));
    writeFileSync(path.join(outDir, 'claims-detail', '7.json'), '[]');
    writeFileSync(path.join(outDir, 'claims-detail', 'notes.txt'), 'not ours');
    // a text chunk no article of this run falls in, and the per-article files of the layout before it
    const unused = Array.from({ length: TEXT_CHUNKS }, (_, chunk) => chunk).find(
      (chunk) => !seedIdList().some((id) => textChunkOf(id) === chunk),
    );
    mkdirSync(path.join(outDir, TEXT_DIR));
    writeFileSync(path.join(outDir, TEXT_DIR, `${unused}.json`), '[]');
    mkdirSync(path.join(outDir, 'articles'));
    writeFileSync(path.join(outDir, 'articles', 'a01_kursk.json'), '{"id":"a01_kursk","text":"old"}');
    writeFileSync(path.join(outDir, 'articles', 'README.txt'), 'not ours');
    const result = await run(['--articles', seedsFolder(), '--out-dir', outDir]);
    expect(result.status).toBe(0);
    expect(readdirSync(path.join(outDir, 'claims-detail')).sort()).toEqual(['0.json', 'notes.txt']);
    expect(existsSync(path.join(outDir, TEXT_DIR, `${unused}.json`))).toBe(false);
    expect(readdirSync(path.join(outDir, 'articles'))).toEqual(['README.txt']);
    const claims = json(outDir, 'claims.geojson').features as { properties: { id: string } }[];
    const table = json(outDir, 'claims.table.json') as { ids: string[] };
    expect([...table.ids].sort()).toEqual(claims.map((claim) => claim.properties.id).sort());
    const detail = json(outDir, 'claims-detail/0.json') as { properties: { id: string } }[];
    expect(detail.map((claim) => claim.properties.id)).toEqual(table.ids);
  });

  it('worker threads give the same files as one core, and --jobs is checked', async () => {
    const articles = seedsFolder();
    const [one, two] = [temp('out'), temp('out')];
    const results = await Promise.all([
      run(['--articles', articles, '--out-dir', one, '--jobs', '1']),
      run(['--articles', articles, '--out-dir', two, '--jobs', '2']),
    ]);
    expect(results.map((result) => result.status)).toEqual([0, 0]);
    for (const file of OUTPUTS) {
      expect(readFileSync(path.join(one, file)).equals(readFileSync(path.join(two, file))), file).toBe(true);
    }
    const bad = await run(['--articles', articles, '--out-dir', temp('out'), '--jobs', 'many']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--jobs needs a whole number');
  });
});
