import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileSource, ParsedFile } from './pipeline';

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; reason: string };

export interface Parser {
  parse(source: FileSource): Promise<ParseResult>;
  close(): Promise<void>;
}

/**
 * The worker always runs as built JavaScript: beside the running bundle in the
 * app, the CLI and the browser host; the one `npm run build` wrote when this
 * module runs from its sources (vitest).
 */
export function defaultWorkerScript(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../../out/main/parse-worker.js', here) : new URL('./parse-worker.js', here);
}

/**
 * A small pool of worker threads that run the parse pipeline, so a large
 * import never blocks the main process's event loop. A worker that crashes
 * fails only the file it was parsing and is replaced.
 */
export function createParsePool(
  workerScript: string | URL = defaultWorkerScript(),
  size = Math.max(1, Math.min(2, availableParallelism())),
): Parser {
  if (!existsSync(workerScript)) {
    throw new Error(`The import worker ${String(workerScript)} is missing: run \`npm run build\` first.`);
  }
  type Job = { source: FileSource; resolve: (result: ParseResult) => void };
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let closed = false;

  const spawn = () => {
    const worker = new Worker(workerScript);
    worker.on('message', (result: ParseResult) => {
      const job = busy.get(worker);
      busy.delete(worker);
      job?.resolve(result);
      idle.push(worker);
      pump();
    });
    worker.on('error', (error) => {
      const job = busy.get(worker);
      busy.delete(worker);
      // A worker can also die between files: it must not be handed the next one.
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      job?.resolve({ ok: false, reason: `Quarry could not read this page (${error.message}).` });
      if (!closed) spawn();
      pump();
    });
    idle.push(worker);
  };

  const pump = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage(job.source);
    }
  };

  for (let index = 0; index < size; index++) spawn();

  return {
    parse(source) {
      return new Promise((resolve) => {
        queue.push({ source, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      await Promise.all([...idle, ...busy.keys()].map((worker) => worker.terminate()));
    },
  };
}
