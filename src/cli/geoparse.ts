/**
 * `npm run geoparse -- --jsonl IN.jsonl [--spans] [--demonyms]`
 *
 * Reads JSON lines `{id or docId, text, toponyms?: [{start, end}]}` and writes one line per
 * valid input to stdout: `{id, toponyms: [{start, end, text, lat, lon, geonameId, name, kind,
 * confidence, role, country, bbox}]}` (issue 4). With --spans only the spans given in each
 * line's `toponyms` are resolved (resolution-only mode). --demonyms also reports demonyms
 * ("Russian") as their country, as three of the benchmarks count them. IN may be "-" (stdin).
 *
 * A malformed line is reported on stderr with its line number and skipped; the others are
 * still processed, and the exit status is then 1. A span that is not a range of the line's
 * text (benchmarks mark a toponym they could not locate with start -1) is reported and
 * left out; the line's other spans are still resolved. Usage errors exit with 2.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { loadGazetteer } from '../node/load-gazetteer.ts';
import { geoparse } from '../pipeline/geo/index.ts';

const USAGE = 'usage: npm run geoparse -- --jsonl IN.jsonl [--spans] [--demonyms]   (IN may be - for stdin)';

const zInputLine = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    docId: z.union([z.string(), z.number()]).optional(),
    text: z.string(),
    toponyms: z.array(z.object({ start: z.number(), end: z.number() }).passthrough()).optional(),
  })
  .passthrough()
  .refine((line) => line.id !== undefined || line.docId !== undefined, 'needs "id" or "docId"');

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  const known = new Set(['--jsonl', '--spans', '--demonyms', '--help', '-h']);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const at = argv.indexOf('--jsonl');
  const file = at >= 0 ? argv[at + 1] : undefined;
  const unknown = argv.filter((arg, i) => arg.startsWith('-') && arg !== '-' && !known.has(arg) && i !== at + 1);
  if (!file || (file.startsWith('--') && file !== '-') || unknown.length > 0) {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const spans = argv.includes('--spans');
  const demonyms = argv.includes('--demonyms');
  let input: string;
  try {
    input = await readInput(file);
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const gazetteer = await loadGazetteer();
  let failures = 0;
  const lines = input.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] as string;
    if (raw.trim() === '') continue;
    let parsed: z.infer<typeof zInputLine>;
    try {
      parsed = zInputLine.parse(JSON.parse(raw));
    } catch (error) {
      failures++;
      const reason =
        error instanceof z.ZodError
          ? error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ')
          : (error as Error).message;
      console.error(`${file}:${n + 1}: skipped malformed line: ${reason}`);
      continue;
    }
    const id = parsed.id ?? parsed.docId;
    const given: { start: number; end: number }[] = [];
    for (const [k, { start, end }] of (spans ? (parsed.toponyms ?? []) : []).entries()) {
      if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= parsed.text.length)
        given.push({ start, end });
      else
        console.error(
          `${file}:${n + 1}: left out toponyms.${k}: ${start}..${end} is not a range of the text (length ${parsed.text.length})`,
        );
    }
    const toponyms = geoparse(parsed.text, gazetteer, { spans: spans ? given : undefined, demonyms });
    process.stdout.write(`${JSON.stringify({ id, toponyms })}\n`);
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
