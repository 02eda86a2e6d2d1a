import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createParsePool, type Parser } from '../../../src-main/core/import/parse-pool';
import { answer } from '../../../src-main/core/import/parse-worker';
import type { FileSource } from '../../../src-main/core/import/pipeline';
import { tempDir } from '../../support/helpers';

/**
 * The pool with stand-in workers, so each behaviour is its own: one that answers
 * after a moment, one that crashes on a file, one that dies between files.
 */
const WORKERS = {
  answering: `parentPort.on('message', (source) => setTimeout(() => parentPort.postMessage(
    source.fileName.startsWith('bad') ? { ok: false, reason: 'unreadable ' + source.fileName } : { ok: true, parsed: { fileName: source.fileName } }), 5));`,
  crashing: `parentPort.on('message', (source) => {
    if (source.fileName === 'crash.html') throw new Error('boom');
    parentPort.postMessage({ ok: true, parsed: { fileName: source.fileName } });
  });`,
  // The first of these dies before it is handed anything; the one that replaces it says it is ready, which it
  // can only be once the pool has handled the first one's death (the pool starts it from that handler).
  dyingWhenIdle: `import { existsSync, writeFileSync } from 'node:fs';
    if (!existsSync(new URL('./died', import.meta.url))) {
      writeFileSync(new URL('./died', import.meta.url), '');
      throw new Error('died idle');
    }
    writeFileSync(new URL('./ready', import.meta.url), '');
    parentPort.on('message', (source) => parentPort.postMessage({ ok: true, parsed: { fileName: source.fileName } }));`,
};

const pools: Parser[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function poolOf(behaviour: keyof typeof WORKERS, size: number, folder = tempDir()): Parser {
  const script = join(folder, `${behaviour}.mjs`);
  writeFileSync(script, `import { parentPort } from 'node:worker_threads';\n${WORKERS[behaviour]}`);
  const pool = createParsePool(script, size);
  pools.push(pool);
  return pool;
}
const source = (fileName: string): FileSource => ({ kind: 'file', fileName, bytes: new Uint8Array(), modifiedAt: new Date() });
const parsedName = (result: Awaited<ReturnType<Parser['parse']>>) => (result.ok ? result.parsed.fileName : result.reason);

describe('the parse pool', () => {
  it('answers every file with its own result, however many wait for few workers', async () => {
    const pool = poolOf('answering', 2);
    const names = ['a.html', 'bad-b.html', 'c.html', 'd.html', 'bad-e.html', 'f.html', 'g.html'];
    const results = await Promise.all(names.map((name) => pool.parse(source(name))));
    expect(results.map(parsedName)).toEqual(names.map((name) => (name.startsWith('bad') ? `unreadable ${name}` : name)));
  });

  it('fails only the file a worker crashed on, and goes on with a new worker', async () => {
    const pool = poolOf('crashing', 1);
    expect(await pool.parse(source('crash.html'))).toEqual({ ok: false, reason: 'Quarry could not read this page (boom).' });
    expect(parsedName(await pool.parse(source('next.html')))).toBe('next.html');
    const both = await Promise.all([pool.parse(source('crash.html')), pool.parse(source('after.html'))]);
    expect(both.map(parsedName)).toEqual(['Quarry could not read this page (boom).', 'after.html']);
  });

  it('replaces a worker that died between files rather than handing it the next one', async () => {
    const folder = tempDir();
    const pool = poolOf('dyingWhenIdle', 1, folder);
    await vi.waitFor(() => expect(existsSync(join(folder, 'ready'))).toBe(true), { timeout: 10_000 });
    const answers = Promise.all([pool.parse(source('one.html')), pool.parse(source('two.html'))]);
    const result = await Promise.race([answers, new Promise((resolve) => setTimeout(() => resolve('no answer'), 3_000))]);
    expect(result).toEqual([
      { ok: true, parsed: { fileName: 'one.html' } },
      { ok: true, parsed: { fileName: 'two.html' } },
    ]);
  });

  it('says to build first when the worker script is missing', () => {
    expect(() => createParsePool(join(tempDir(), 'parse-worker.js'))).toThrow(
      /The import worker .*parse-worker\.js is missing: run `npm run build` first\./u,
    );
  });
});

describe('the worker’s answer', () => {
  it('is the parsed file, or the reason in words', () => {
    const page = '<html><head><title>Data Engineer</title></head><body><h1>Data Engineer</h1><p>Join us.</p></body></html>';
    const parsed = answer({
      kind: 'file',
      fileName: 'job.html',
      bytes: new Uint8Array(Buffer.from(page)),
      modifiedAt: new Date(),
    });
    expect(parsed.ok && parsed.parsed.listings.map((listing) => listing.title)).toEqual(['Data Engineer']);
    expect(answer(source('empty.html'))).toEqual({ ok: false, reason: 'The file is empty.' });
    expect(answer({ kind: 'path', path: join(tempDir(), 'gone.html') })).toEqual({
      ok: false,
      reason: 'The file does not exist.',
    });
  });
});
