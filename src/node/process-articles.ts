/**
 * Run the pure pipeline (geoparse → extractClaims) over parsed articles, on one core or
 * on several with worker_threads (issue 8: 10,000 articles in seconds).
 *
 * On N threads the main thread works too, beside N−1 workers: all of them take chunks of
 * articles from one queue (dynamic balancing: a thread that is slower, still warming up
 * or busy with other work simply takes fewer chunks). Chunks shrink towards the end of
 * the queue so the threads finish together. The main thread yields to the event loop
 * between its chunks, so workers' results and requests are handled meanwhile; each
 * worker holds up to two chunks so it never waits for the main thread. Every thread runs a
 * chunk one stage at a time (processChunk: every article's places, then every article's
 * claims), which is faster than article by article (decision 26). The workers are
 * started first and the main thread begins its own chunks at once, so their start-up
 * (about 0.1 s for the bundled worker script, plus 0.3 s loading the index) overlaps
 * useful work. Results are put back at their articles' indexes: the output is the same
 * whatever the number of threads.
 *
 * A bug met on one article is that article's failure, never the run's; a worker that
 * dies (out of memory, a crash outside the per-article guard) fails the run with a
 * message naming it and the articles it held, and the other workers are stopped.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { Article, Source } from '../pipeline/schema.ts';
import { GAZETTEER_FILE, loadGazetteer } from './load-gazetteer.ts';
import type { ChunkMessage, WorkerReply, WorkerSetup } from './pipeline-worker.ts';
import { type ArticleResult, processChunk } from './process-article.ts';
import { freshWorkerBundle, WORKER_ENTRY, workerBundle } from './worker-bundle.ts';

export { type ArticleResult, processArticle } from './process-article.ts';

/**
 * Below this many articles per thread one core is faster. A second thread costs its
 * start (about 0.4 s with the bundled script and the 26 MB index) and warming up its JIT
 * (its first 1000 articles take about three times as long), and a thread alone has V8's
 * background work (optimising compiles, concurrent GC) done on the idle core, which two
 * busy threads must share (docs/performance.md, decision 13). Measured on the 2-core
 * development VM, cold process as in build:data (scripts/bench/pipeline-run.ts), 1 thread vs
 * main + 1 worker: 2000 articles 2.2–2.6 s vs 2.4–3.0 s; 3000 articles 2.9 s vs 3.0–3.1 s;
 * 4000 articles 3.6 s vs 3.4–3.5 s; 6000 articles 4.7–4.9 s vs 4.1–4.2 s. So two threads
 * from 4000 articles on. Re-measured after the binary index and V8 settings (decisions 15–17):
 * 2000 articles 1.64–1.79 s vs 1.77–1.84 s; 3000 2.20–2.21 s vs 2.10–2.25 s; 4000 2.47–2.73 s
 * vs 2.56–2.60 s: the two overlap from 3000 to 4000 articles, so the threshold stays. Again
 * after chunks ran stage by stage (decision 26): 2000 articles 1.23–1.30 s vs 1.42–1.56 s; 3000
 * 1.63–1.67 s vs 1.68–1.76 s; 4000 2.02–2.14 s vs 2.00–2.09 s: still two threads from 4000 on.
 */
export const MIN_ARTICLES_PER_WORKER = 2000;

/** How many threads (the main one included) to use for this many articles on this many cores. */
export function workerCount(articles: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(articles / MIN_ARTICLES_PER_WORKER)));
}

/**
 * Node options a pipeline process starts with (`npm run build:data` and the bench's runs use
 * them; test/cli/process-articles.test.ts checks the script). V8's flags are the process's, so
 * the workers get them too. Measured on 10k articles on 2 cores, runs interleaved with the
 * default (docs/performance.md, decision 17):
 * - `--max-inlined-bytecode-size-cumulative=200` (default 920): each thread compiles the hot
 *   functions with TurboFan (~1.1–1.8 s of CPU per 5,000 articles, on the cores the threads
 *   need), and inlining is most of it. Faster in 10 of 10 runs, by 1–9 % (median 6 %; process
 *   CPU 9.3–10.1 → 8.5–9.5 s); 100, 50 or no inlining measured the same.
 * - `--single-threaded-gc`: V8's background GC tasks compete with the pipeline's threads when
 *   they keep every core busy. Faster in 7 of 7 runs, by 3–9 %; one thread measured the same.
 * - `--no-turbo-loop-peeling`: a cheaper TurboFan compile. Each isolate compiles on the cores
 *   both threads need, ~0.4 s of CPU in its first 1,000 articles; without loop peeling
 *   TurboFan's time over one thread's first 2,000 articles fell from 1.18–1.42 s to 0.92–1.01 s
 *   (`--turbo-stats`) and the process's CPU by 4 %. Faster in 15 of 18 runs paired with the
 *   flags above alone, by 2.9 % on average, and in 8 of 8 with the order alternating, by 3.5 %
 *   (docs/performance.md, decision 21); one thread and 1k articles measured the same.
 * - `--interrupt-budget=33000` (default 67,584 in Node 20's V8): how much bytecode a function
 *   runs between V8's checks whether to optimise it; about half of it brings hot functions to
 *   TurboFan sooner, so the warm-up, where both threads run slow code while compiling, is
 *   shorter. Faster in 9 of
 *   10 runs paired with the three flags above (order alternating), by 3.7 % on average; 20,000
 *   and 50,000 measured 1–2 % slower than 33,000; one thread on 10k articles faster in 5 of 6,
 *   on 2k and 1k the same.
 * - `--no-regexp-tier-up`: V8 first runs a regular expression in its bytecode interpreter and
 *   compiles it to machine code on a later run; the pipeline's ~340 patterns (chrono's among
 *   them, the largest ~27,000 bytecode instructions) are each compiled twice that way, in every
 *   thread's warm-up. Compiled once, straight to machine code: faster in 14 of 16 pairs with the
 *   flags above, order alternating, by 3.8 % on average (decision 22); the first 1,000 articles
 *   of one thread 820–844 ms against 856–892 ms, later ones the same.
 * None changes what the pipeline computes (the digest of every result over 2,005 articles is the
 * same). Set at run time (v8.setFlagsFromString), V8 aborted at the next GC (concurrent marking
 * was under way), so the flags are given at start rather than changed in a running process.
 */
export const PIPELINE_NODE_FLAGS = [
  '--max-inlined-bytecode-size-cumulative=200',
  '--single-threaded-gc',
  '--no-turbo-loop-peeling',
  '--interrupt-budget=33000',
  '--no-regexp-tier-up',
] as const;

/**
 * Chunk sizes, in articles: about a fifth of a second of work at most, a few ms at the end. A
 * thread runs a chunk one stage at a time (processChunk), which is faster the more articles a
 * stage runs over: 10k articles on 2 threads took 3.23–3.36 s in chunks of at most 100 against
 * 3.53–3.75 s article by article, and chunks of 300, 600 or 1,000 were 2–5 % faster again
 * (docs/performance.md, decision 26).
 */
const MAX_CHUNK = 500;
const MIN_CHUNK = 8;
/** Chunks a worker holds at once: one it works on, one waiting, so it never waits for the main thread. */
const CHUNKS_PER_WORKER = 2;

export type PipelinePool = {
  /** Threads in all, the main thread included when it takes part. */
  readonly threads: number;
  /** Process the articles; one run at a time. */
  run(articles: readonly Article[], onProgress?: (done: number) => void): Promise<ArticleResult[]>;
  /** Stop the workers. */
  close(): Promise<void>;
};

export type PoolOptions = {
  /** Threads in all: 1 is the main thread alone, N is the main thread and N−1 workers. */
  threads: number;
  /**
   * false: the main thread only hands out chunks and `threads` workers do all the work
   * (tests use it to make sure the workers do).
   */
  mainThread?: boolean;
  /** Memory limits of each worker (a worker past them fails the run, the main thread lives on). */
  resourceLimits?: ResourceLimits;
};

type Slot = {
  worker: Worker;
  ready: boolean;
  /** Chunks sent and not yet answered: start index → article count. */
  held: Map<number, number>;
};

type RunState = {
  articles: readonly Article[];
  results: ArticleResult[];
  next: number;
  done: number;
  onProgress: ((done: number) => void) | undefined;
  resolve: (results: ArticleResult[]) => void;
  reject: (error: Error) => void;
};

/** How a worker thread starts: the bundled script, or the TypeScript entry through tsx when it cannot be bundled. */
type WorkerScript = { file: string; eval: boolean };

async function workerScript(): Promise<WorkerScript> {
  try {
    return { file: await workerBundle(), eval: false };
  } catch (error) {
    process.stderr.write(
      `process-articles: could not bundle the pipeline worker (${(error as Error).message}); starting workers through tsx, which is slower\n`,
    );
    const entry = pathToFileURL(WORKER_ENTRY).href;
    return {
      file: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
      eval: true,
    };
  }
}

/**
 * Start the threads now (e.g. before the articles are read, so the workers' start-up
 * overlaps the reading); `run` them once the articles are there, then `close`.
 */
export function startPipelinePool(registry: Source[], options: PoolOptions): PipelinePool {
  const mainThread = options.mainThread ?? true;
  const workerTotal = Math.max(0, Math.floor(options.threads) - (mainThread ? 1 : 0));
  if (!mainThread && workerTotal === 0) throw new Error('a pool without the main thread needs at least one worker');
  const slots: Slot[] = [];
  let failure: Error | undefined;
  let closed = false;
  let current: RunState | undefined;
  // the main thread builds the index if it is missing, before any worker reads it
  const indexReady: Promise<unknown> =
    workerTotal === 0 || existsSync(GAZETTEER_FILE) ? Promise.resolve() : loadGazetteer();
  // with workers, the main thread loads its index now, beside them; alone, when it has articles
  let gazetteer = mainThread && workerTotal > 0 ? loadGazetteer() : undefined;
  // a failure here is reported by `run`, not as an unhandled rejection now
  gazetteer?.catch(() => {});

  const chunkSize = (run: RunState, forMainThread: boolean) => {
    const remaining = run.articles.length - run.next;
    const threads = workerTotal + (mainThread ? 1 : 0);
    // while a worker is starting, the main thread takes small chunks so it answers its `ready` soon
    const starting = forMainThread && slots.filter((slot) => slot.ready).length < workerTotal;
    const most = starting ? MIN_CHUNK * 2 : MAX_CHUNK;
    return Math.min(remaining, most, Math.max(MIN_CHUNK, Math.ceil(remaining / (threads * 3))));
  };

  const finishIfDone = (run: RunState) => {
    if (run.done === run.articles.length && current === run) {
      current = undefined;
      run.resolve(run.results);
    }
  };

  const record = (run: RunState, start: number, results: readonly ArticleResult[]) => {
    for (const [offset, result] of results.entries()) run.results[start + offset] = result;
    run.done += results.length;
    run.onProgress?.(run.done);
    finishIfDone(run);
  };

  const feed = (slot: Slot) => {
    const run = current;
    if (!run || !slot.ready || failure) return;
    while (slot.held.size < CHUNKS_PER_WORKER && run.next < run.articles.length) {
      const start = run.next;
      const count = chunkSize(run, false);
      run.next += count;
      slot.held.set(start, count);
      try {
        slot.worker.postMessage({ start, articles: run.articles.slice(start, start + count) } satisfies ChunkMessage);
      } catch (error) {
        // an article that cannot be copied to a thread (not plain data): no thread can take it
        fail(new Error(`could not hand articles to a pipeline worker: ${(error as Error).message}`));
        return;
      }
    }
  };

  const fail = (error: Error) => {
    if (failure || closed) return;
    failure = error;
    for (const slot of slots) void slot.worker.terminate();
    const run = current;
    current = undefined;
    run?.reject(error);
  };

  const describe = (index: number, slot: Slot) => {
    const run = current;
    const held = [...slot.held.entries()].sort((a, b) => a[0] - b[0]);
    const first = held[0];
    const last = held.at(-1);
    const ids =
      run && first && last
        ? `, holding articles ${run.articles[first[0]]?.id} to ${run.articles[last[0] + last[1] - 1]?.id}`
        : '';
    return `pipeline worker ${index + 1} of ${workerTotal}${slot.ready ? '' : ' (starting)'}${ids}`;
  };

  const spawn = (script: WorkerScript) => {
    for (let index = 0; index < workerTotal; index++) {
      const setup: WorkerSetup = { gazetteerFile: GAZETTEER_FILE, registry };
      const worker = new Worker(script.file, {
        eval: script.eval,
        workerData: setup,
        // The bundle is plain JavaScript: it starts with no Node options. By default a worker
        // inherits the parent's, and under tsx (`tsx src/cli/build-data.ts`, `node --import
        // tsx`) each worker started tsx's loader and ran the bundle through its hooks: it was
        // ready about 1.5 s later (measured, 10k articles on 2 cores). V8 flags (--stack-size,
        // --max-old-space-size …) are the process's and apply to workers anyway; a worker
        // refuses them in execArgv. The tsx fallback keeps the parent's options: it needs the loader.
        ...(script.eval ? {} : { execArgv: [] }),
        ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
      });
      const slot: Slot = { worker, ready: false, held: new Map() };
      slots.push(slot);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') slot.ready = true;
        else {
          slot.held.delete(reply.start);
          if (current) record(current, reply.start, reply.results);
        }
        feed(slot);
      });
      worker.on('error', (error) => fail(new Error(`${describe(index, slot)} failed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (!closed) fail(new Error(`${describe(index, slot)} stopped unexpectedly (exit code ${code})`));
      });
    }
  };

  // at once when the index and the bundled script are there (the usual case), so the
  // workers start even if the caller now blocks the main thread (e.g. reading files)
  const bundle = workerTotal > 0 && existsSync(GAZETTEER_FILE) ? freshWorkerBundle() : undefined;
  if (bundle) spawn({ file: bundle, eval: false });
  const starting =
    workerTotal === 0 || bundle
      ? Promise.resolve()
      : (async () => {
          const [script] = await Promise.all([workerScript(), indexReady]);
          if (!closed && !failure) spawn(script);
        })();
  // a failure to start (e.g. the index cannot be built) is reported by `run`
  starting.catch((error: unknown) => fail(error as Error));

  const runMainThread = async (run: RunState) => {
    gazetteer ??= loadGazetteer();
    const index = await gazetteer;
    while (current === run && run.next < run.articles.length) {
      const start = run.next;
      const count = chunkSize(run, true);
      run.next += count;
      record(run, start, processChunk(run.articles.slice(start, start + count), index, registry));
      // let the workers' results in and hand them their next chunks
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  return {
    threads: workerTotal + (mainThread ? 1 : 0),
    run(articles, onProgress) {
      if (closed) return Promise.reject(new Error('the pipeline pool is closed'));
      if (failure) return Promise.reject(failure);
      if (current) return Promise.reject(new Error('the pipeline pool is already running'));
      if (articles.length === 0) return Promise.resolve([]);
      return new Promise<ArticleResult[]>((resolve, reject) => {
        const run: RunState = {
          articles,
          results: new Array<ArticleResult>(articles.length),
          next: 0,
          done: 0,
          onProgress,
          resolve,
          reject,
        };
        current = run;
        for (const slot of slots) feed(slot);
        if (mainThread) runMainThread(run).catch((error: unknown) => fail(error as Error));
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      const run = current;
      current = undefined;
      run?.reject(new Error('the pipeline pool was closed before the run ended'));
      await starting.catch(() => {});
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

export async function processArticles(
  articles: readonly Article[],
  registry: Source[],
  options: { workers: number; onProgress?: (done: number) => void; mainThread?: boolean },
): Promise<ArticleResult[]> {
  const pool = startPipelinePool(registry, { threads: options.workers, mainThread: options.mainThread ?? true });
  try {
    return await pool.run(articles, options.onProgress);
  } finally {
    await pool.close();
  }
}
