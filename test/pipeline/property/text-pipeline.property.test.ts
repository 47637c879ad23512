/**
 * Property-based tests of the text pipeline (issue 7, item 2): for arbitrary Unicode text
 * and for arbitrary article-shaped text (with front matter), parseArticle → geoparse
 * (the real gazetteer, loaded once) → extractClaims never throws, every claim's quote is
 * the article text between quoteStart and quoteEnd, place and count offsets point at
 * their words, and the claims pass the output schema (unique ids).
 *
 * fast-check prints a shrunk counterexample and a seed when a property fails; rerun one
 * with `fc.assert(..., {seed, path})`. Short strings and ~200 runs each keep this a few seconds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { parseArticle } from '../../../src/pipeline/article/parse-article.ts';
import { extractClaims } from '../../../src/pipeline/claims/index.ts';
import { type Gazetteer, geoparse } from '../../../src/pipeline/geo/index.ts';
import { buildClaimCollection } from '../../../src/pipeline/output/index.ts';
import { type Article, type Source, zSourceRegistry } from '../../../src/pipeline/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const registry: Source[] = zSourceRegistry.parse(
  JSON.parse(readFileSync(path.join(ROOT, 'data', 'sources.json'), 'utf8')),
);
let gazetteer: Gazetteer;

beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

const RUNS = { numRuns: 200 };

function article(text: string, overrides: Partial<Article> = {}): Article {
  return {
    id: 'prop',
    title: 'T',
    outlet: 'Outlet',
    url: null,
    published: '2024-08-17',
    side: 'unknown',
    text,
    ...overrides,
  };
}

/** Run the pipeline on one article and check every offset it reports. */
function checkPipeline(input: Article): void {
  const { text } = input;
  const toponyms = geoparse(text, gazetteer);
  for (const toponym of toponyms) {
    expect(toponym.start).toBeLessThan(toponym.end);
    expect(text.slice(toponym.start, toponym.end)).toBe(toponym.text);
  }
  const claims = extractClaims(input, toponyms, registry);
  for (const { properties: claim } of claims) {
    expect(claim.quoteStart).toBeGreaterThanOrEqual(0);
    expect(claim.quoteStart).toBeLessThan(claim.quoteEnd);
    expect(claim.quoteEnd).toBeLessThanOrEqual(text.length);
    expect(text.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
    if (claim.placeStart !== null || claim.placeEnd !== null) {
      const span = toponyms.find((t) => t.start === claim.placeStart && t.end === claim.placeEnd);
      expect(span, `place offsets ${claim.placeStart}-${claim.placeEnd} are not a toponym's`).toBeDefined();
    }
    if (claim.countStart !== null || claim.countEnd !== null) {
      const [start, end] = [claim.countStart ?? -1, claim.countEnd ?? -1];
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start).toBeLessThan(end);
      expect(end).toBeLessThanOrEqual(text.length);
      const words = text.slice(start, end);
      expect(words.trim(), `count words ${JSON.stringify(words)}`).toBe(words);
      expect(words).toMatch(/[\p{N}\p{L}]/u);
    }
  }
  buildClaimCollection(claims, []); // schema-valid, ids unique
}

/** Words and phrases from news about the war, so random text does contain claims. */
const PHRASES = [
  '24 Ukrainian soldiers surrendered near Komarovka',
  'more than 2,000 Russian troops',
  'at least five fighters were taken prisoner',
  'almost 40',
  'over a dozen',
  'several dozen',
  'laid down their arms',
  'deserted',
  'retook the village of',
  'captured',
  'evacuated',
  'according to RIA Novosti',
  'Kovalenko said',
  'the analyst wrote on Telegram',
  'Russian Telegram channels claimed',
  'a Ukrainian military spokesperson told',
  'could not be verified',
  'confirmed by both sides',
  'on Saturday',
  'August 7',
  'over the past month',
  'September 11, 2022',
  '99999999999999999999999 soldiers surrendered',
  '2,000,000,000,000,000,000,000 troops deserted',
  '0 soldiers were captured',
  '٣ soldiers surrendered',
  'December 31, 275760',
  'on 31/02/2024',
  'February 30',
  'in the year 10000',
  'over the past 100000 years',
  'since 1 January 1',
  'between August 1 and July 3',
  '3 days ago',
  'last Monday',
  'in the Kursk region',
  'Kursk Oblast',
  'Avdiivka',
  'Kharkiv',
  'Kyiv',
  'Donetsk',
  'Belgorod',
  'Moscow',
  'Ukraine',
  'Russia',
  'They were taken prisoner near the village of',
  'Photo:',
  'Mr.',
  'U.S.',
  'No.',
  '.',
  '. ',
  ', ',
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  '(',
  ')',
  '—',
  '\n',
  '\n\n',
  ' ',
  ':',
  '!',
  '?',
];

const articleText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    {
      maxLength: 60,
      size: 'medium',
    },
  )
  .chain((parts) => fc.constantFrom(' ', '', '\n').map((separator) => parts.join(separator)));

const frontMatterLine = fc.oneof(
  fc.constantFrom(
    'title: "A: B"',
    "title: 'It''s'",
    'title: "unterminated',
    'outlet: Outlet',
    'url: https://example.org/a',
    'url:',
    'published: 2024-08-17',
    'published: 2024-02-29',
    'published: 2023-02-29',
    'published: 17.08.2024',
    'side: russia',
    'side: ukraine',
    'side: martian',
    '# a comment',
    'no colon here',
    ': empty key',
    'author: Bob',
    '',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Mostly well-formed front matter (so the body gets through), sometimes broken. */
const goodFrontMatter = fc
  .tuple(
    fc.constantFrom(
      'title: "A: B"',
      "title: 'It''s'",
      'outlet: Outlet',
      'url: https://example.org/a',
      '# a comment',
      '',
    ),
    fc.constantFrom('published: 2024-08-17', 'published: 2024-02-29'),
    fc.constantFrom('side: russia', 'side: ukraine', 'side: independent', 'side: unknown', ''),
  )
  .map((lines) => lines.filter((line) => line !== ''));

const rawFile = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    open: fc.oneof({ weight: 6, arbitrary: fc.constant('---\n') }, fc.constantFrom('', '--- \n')),
    lines: fc.oneof(
      { weight: 3, arbitrary: goodFrontMatter },
      { weight: 1, arbitrary: fc.array(frontMatterLine, { maxLength: 6 }) },
    ),
    close: fc.oneof({ weight: 6, arbitrary: fc.constant('---\n') }, fc.constantFrom('---', '', '----\n')),
    body: fc.oneof(articleText, fc.string({ unit: 'binary', maxLength: 80 })),
  })
  .map(({ bom, crlf, open, lines, close, body }) => {
    const raw = `${bom ? '\uFEFF' : ''}${open}${lines.join('\n')}${lines.length ? '\n' : ''}${close}${body}`;
    return crlf ? raw.replaceAll('\n', '\r\n') : raw;
  });

describe('counterexamples the properties found, kept as examples', () => {
  it('"over the past 100000 years" gives no date before year 0 (it failed the schema and stopped the whole build)', () => {
    const text =
      '24 Ukrainian soldiers surrendered near Komarovka over the past 100000 years. In the year 10000 they fled.';
    checkPipeline(article(text));
    const claims = extractClaims(article(text), geoparse(text, gazetteer), registry);
    expect(claims.map((claim) => claim.properties.date)).toEqual(claims.map(() => '2024-08-17'));
  });
});

describe('text pipeline properties', () => {
  it('arbitrary Unicode text: never throws, offsets are exact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300, size: 'medium' }), (text) =>
        checkPipeline(article(text)),
      ),
      RUNS,
    );
  });

  it('arbitrary UTF-16 (lone surrogates too, as a browser may pass): never throws, offsets are exact', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary-ascii', maxLength: 40 }),
        fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
        (a, b) => checkPipeline(article(`${a}${b} 24 soldiers surrendered near Kharkiv, Kovalenko said. ${b}`)),
      ),
      { numRuns: 50 },
    );
  });

  it('article-shaped text: never throws, quotes, places and counts point at their words', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom('russia', 'ukraine', 'independent', 'unknown' as const), (text, side) =>
        checkPipeline(article(text, { side })),
      ),
      RUNS,
    );
  });

  it('arbitrary files with front matter: parseArticle gives an article or a reason, never throws', () => {
    fc.assert(
      fc.property(rawFile, (raw) => {
        const parsed = parseArticle('prop', raw);
        if (!parsed.ok) {
          expect(parsed.reason.length).toBeGreaterThan(0);
          return;
        }
        expect(parsed.article.text).not.toMatch(/\r/);
        checkPipeline(parsed.article);
      }),
      RUNS,
    );
  });
});
