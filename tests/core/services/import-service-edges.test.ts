import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from '../../../src-main/core/import/parse-pool';
import { processFile } from '../../../src-main/core/import/pipeline';
import {
  importPickedJobs,
  importSources,
  listCandidates,
  PendingLists,
  storeParsedFile,
} from '../../../src-main/core/services/import-service';
import { startImport } from '../../../src-main/core/repos/imports-repo';
import { listJobRecords } from '../../../src-main/core/services/jobs-service';
import type { ImportProgress } from '../../../src-shared/domain/import-report';
import { tempDir, testCore } from '../../support/helpers';
import { fixturePath } from '../../support/shared-data';

/** The edges of the import transaction and its report, one mutant-proof assertion each (#18). */
const fixtures = fixturePath();
const parser = createParsePool();
afterAll(() => parser.close());

const readmeList = () =>
  processFile({
    fileName: 'readme-list.html',
    bytes: new Uint8Array(readFileSync(join(fixtures, 'readme-list.html'))),
    modifiedAt: new Date(),
  });
const generic = readFileSync(join(fixtures, 'generic.html'), 'utf8');
const variant = (index: number) =>
  generic.replaceAll('Frontend Developer', `Frontend Developer ${index}`).replace('careers/frontend', `careers/${index}`);

async function setup() {
  const core = await testCore();
  const deps = { db: core.db, clock: core.clock, parser };
  const importRow = (id: number) =>
    core.db
      .prepare(
        'SELECT origin, finished_at AS finishedAt, jobs_imported AS jobsImported, report_json AS reportJson FROM imports WHERE id = ?',
      )
      .get(id) as {
      origin: string;
      finishedAt: string | null;
      jobsImported: number;
      reportJson: string | null;
    };
  return { core, deps, importRow };
}

describe('pending list pages', () => {
  it('hands out positive, distinct tokens and keeps the 20 newest pages', () => {
    const lists = new PendingLists();
    const parsed = readmeList();
    const tokens = Array.from({ length: 21 }, () => lists.keep(null, parsed));
    expect(tokens.every((token, index) => token > 0 && (index === 0 || token > tokens[index - 1]!))).toBe(true);
    expect(new Set(tokens).size).toBe(21);
    expect(lists.take(tokens[0]!)).toBeUndefined();
    expect(lists.take(tokens[1]!)).toBeDefined();
    expect(lists.take(tokens[20]!)).toBeDefined();
    expect(lists.forget(tokens[20]!)).toBe(true);
    expect(lists.forget(tokens[20]!)).toBe(false);
  });

  it('marks the candidates already saved, and names the count in the outcome', async () => {
    const { core, deps } = await setup();
    const parsed = readmeList();
    const lists = new PendingLists();
    const token = lists.keep(null, parsed);
    importPickedJobs(deps, lists, token, [1]);
    const candidates = listCandidates(core.db, parsed);
    expect(candidates.map((candidate) => candidate.alreadySaved)).toEqual(parsed.listings.map((_, index) => index === 1));
    const report = await importSources(deps, [{ kind: 'path', path: join(fixtures, 'readme-list.html') }], {
      origin: 'test',
      lists,
    });
    expect(report.files[0]).toMatchObject({
      status: 'list',
      jobIds: [],
      reason: `This page lists ${parsed.listings.length} jobs: choose which to import.`,
    });
  });
});

describe('picking jobs from a list page', () => {
  it('stores each picked job once, in page order, as an import of origin "list"', async () => {
    const { core, deps, importRow } = await setup();
    const parsed = readmeList();
    const lists = new PendingLists();
    const report = importPickedJobs(deps, lists, lists.keep(null, parsed), [2, 0, 2]);
    expect(report).toMatchObject({ jobsImported: 2, skipped: 0, cancelled: false });
    expect(listJobRecords(core.db).map((job) => job.title)).toEqual([parsed.listings[0]!.title, parsed.listings[2]!.title]);
    expect(importRow(report.importId)).toMatchObject({ origin: 'list', jobsImported: 2 });
  });

  it('refuses a job number past the end, and a page no longer open', async () => {
    const { deps } = await setup();
    const parsed = readmeList();
    const lists = new PendingLists();
    const token = lists.keep(null, parsed);
    const count = parsed.listings.length;
    expect(() => importPickedJobs(deps, lists, token, [count])).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        message: `The page lists ${count} jobs; there is no job ${count + 1}.`,
      }),
    );
    expect(() => importPickedJobs(deps, lists, 999, [0])).toThrow(
      expect.objectContaining({ code: 'not_found', message: 'This list page is no longer open: import the file again.' }),
    );
  });

  it('keeps the page open when storing fails, so the user can try again', async () => {
    const { core, deps } = await setup();
    const lists = new PendingLists();
    const token = lists.keep(null, readmeList());
    core.db.exec("CREATE TRIGGER refuse BEFORE INSERT ON jobs BEGIN SELECT RAISE(ABORT, 'no room'); END");
    const failed = importPickedJobs(deps, lists, token, [0]);
    // A page kept without a path (dropped in the page) is named by its file name.
    expect(failed.files[0]).toMatchObject({
      file: 'readme-list.html',
      status: 'failed',
      jobIds: [],
      reason: 'Could not save: no room',
    });
    const fromDisk = lists.keep('/home/me/Downloads/jobs.html', readmeList());
    expect(importPickedJobs(deps, lists, fromDisk, [0]).files[0]).toMatchObject({
      file: '/home/me/Downloads/jobs.html',
      status: 'failed',
    });
    core.db.exec('DROP TRIGGER refuse');
    expect(importPickedJobs(deps, lists, token, [0]).jobsImported).toBe(1);
  });

  it('words a list page by how many jobs it holds, one or many', async () => {
    const { deps } = await setup();
    const page = readmeList();
    const listOf = (count: number) => ({
      parse: async () => ({ ok: true as const, parsed: { ...page, listings: page.listings.slice(0, count) } }),
      close: async () => undefined,
    });
    const reasonFor = async (count: number) =>
      (
        await importSources({ ...deps, parser: listOf(count) }, [{ kind: 'path', path: join(fixtures, 'readme-list.html') }], {
          origin: 'test',
          lists: new PendingLists(),
        })
      ).files[0]!.reason;
    expect(await reasonFor(1)).toBe('This page lists 1 job: choose which to import.');
    expect(await reasonFor(2)).toBe('This page lists 2 jobs: choose which to import.');
  });

  it('imports the rest of a list page whose other jobs were picked before', async () => {
    const { deps } = await setup();
    const parsed = readmeList();
    const lists = new PendingLists();
    importPickedJobs(deps, lists, lists.keep(null, parsed), [0]);
    const whole = await importSources(deps, [{ kind: 'path', path: join(fixtures, 'readme-list.html') }], {
      origin: 'test',
      takeLists: true,
    });
    expect(whole.files[0]).toMatchObject({ status: 'imported', jobsImported: parsed.listings.length - 1, duplicates: 1 });
  });
});

describe('the report of an import', () => {
  it('names every duplicate (three at most), counts them, and is saved with the import', async () => {
    const { deps, importRow } = await setup();
    const page = readmeList();
    const parsed = {
      ...page,
      listings: [
        ...page.listings,
        { ...page.listings[0]!, title: 'Fourth role', url: 'https://example.com/jobs/4', applyUrl: null },
      ],
    };
    const importId = startImport(deps.db, 'test', new Date().toISOString(), 1);
    storeParsedFile(deps.db, importId, null, parsed, new Date().toISOString());
    const again = { ...parsed, contentHash: 'other bytes' };
    const outcome = storeParsedFile(deps.db, importId, null, again, new Date().toISOString());
    expect(outcome).toMatchObject({ status: 'duplicate', jobIds: [], duplicates: parsed.listings.length });
    expect(outcome.reason).toBe(
      `Already saved: ${parsed.listings
        .slice(0, 3)
        .map((listing) => `${listing.title} at ${listing.company}`)
        .join('; ')}.`,
    );
    const manyAndOneNew = {
      ...parsed,
      contentHash: 'fourth',
      listings: [...parsed.listings, { ...parsed.listings[0]!, title: 'Another new role', url: null, applyUrl: null }],
    };
    expect(storeParsedFile(deps.db, importId, null, manyAndOneNew, new Date().toISOString())).toMatchObject({
      status: 'imported',
      jobsImported: 1,
      duplicates: parsed.listings.length,
      reason: outcome.reason,
    });
    const mixed = {
      ...parsed,
      contentHash: 'third',
      listings: [...parsed.listings.slice(0, 1), { ...parsed.listings[0]!, title: 'Brand new role', url: null, applyUrl: null }],
    };
    expect(storeParsedFile(deps.db, importId, null, mixed, new Date().toISOString())).toMatchObject({
      status: 'imported',
      jobsImported: 1,
      duplicates: 1,
      reason: `Already saved: ${parsed.listings[0]!.title} at ${parsed.listings[0]!.company}.`,
    });

    const dir = tempDir();
    writeFileSync(join(dir, 'a.html'), variant(1));
    writeFileSync(join(dir, 'b.html'), variant(1));
    const report = await importSources(deps, [{ kind: 'path', path: dir }], { origin: 'test' });
    expect(report).toMatchObject({ jobsImported: 1, duplicates: 1, cancelled: false, skipped: 0 });
    expect(report.durationMs).toBeGreaterThanOrEqual(0);
    expect(report.durationMs).toBeLessThan(60_000);
    const saved = importRow(report.importId);
    expect(saved.finishedAt).not.toBeNull();
    expect(JSON.parse(saved.reportJson!)).toEqual(report.files);
  });

  it('lists a folder’s files in name order and reports progress file by file', async () => {
    const { deps } = await setup();
    const dir = tempDir();
    // The system lists a folder in byte order ("B" before "a"); Quarry in the order a person reads.
    const names = ['m.html', 'c.html', 'B.html', 'a.html', 'q.html', 'f.html'];
    const inOrder = ['a.html', 'B.html', 'c.html', 'f.html', 'm.html', 'q.html'];
    names.forEach((name, index) => writeFileSync(join(dir, name), variant(index)));
    const progress: ImportProgress[] = [];
    const report = await importSources(deps, [{ kind: 'path', path: dir }], {
      origin: 'test',
      onProgress: (step) => progress.push(step),
    });
    expect(report.files.map((file) => file.file.split('/').pop())).toEqual(inOrder);
    expect(
      progress
        .filter((step) => step.currentFile !== null)
        .map((step) => step.currentFile!.split('/').pop())
        .sort(),
    ).toEqual([...names].sort());
    expect(progress.at(-1)).toMatchObject({ done: names.length, total: names.length, currentFile: null });
  });

  it('says which paths are missing or unreadable, in words', async () => {
    const { deps } = await setup();
    const dir = tempDir();
    writeFileSync(join(dir, 'file.html'), variant(1));
    const report = await importSources(
      deps,
      [
        { kind: 'path', path: join(dir, 'gone.html') },
        { kind: 'path', path: join(dir, 'file.html', 'inside.html') },
      ],
      { origin: 'test' },
    );
    expect(report.files[0]).toEqual({
      file: join(dir, 'gone.html'),
      status: 'failed',
      jobsImported: 0,
      duplicates: 0,
      jobIds: [],
      reason: 'The file does not exist.',
    });
    // Other failures keep the system's words (the reasons in words: tests/core/import/read-failures.test.ts).
    expect(report.files[1]!.reason).toMatch(/^ENOTDIR: not a directory/u);
  });

  it('says a file with the same bytes was imported before, and saves nothing', async () => {
    const { deps } = await setup();
    const dir = tempDir();
    writeFileSync(join(dir, 'first.html'), variant(7));
    writeFileSync(join(dir, 'again.html'), variant(7));
    await importSources(deps, [{ kind: 'path', path: join(dir, 'first.html') }], { origin: 'test' });
    const again = await importSources(deps, [{ kind: 'path', path: join(dir, 'again.html') }], { origin: 'test' });
    expect(again.files[0]).toEqual({
      file: join(dir, 'again.html'),
      status: 'duplicate',
      jobsImported: 0,
      duplicates: 1,
      jobIds: [],
      reason: expect.stringMatching(/^Already imported \(as .*first\.html\)\.$/u),
    });
  });

  it('reports a file the database refused, and an import whose report could not be saved', async () => {
    const { core, deps } = await setup();
    const dir = tempDir();
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'a.html'), variant(1));
    core.db.exec("CREATE TRIGGER refuse BEFORE INSERT ON jobs BEGIN SELECT RAISE(ABORT, 'no room'); END");
    const refused = await importSources(deps, [{ kind: 'path', path: dir }], { origin: 'test' });
    expect(refused.files[0]).toMatchObject({ status: 'failed', reason: 'Could not save: no room' });
    core.db.exec('DROP TRIGGER refuse');
    core.db.exec("CREATE TRIGGER refuse_report BEFORE UPDATE ON imports BEGIN SELECT RAISE(ABORT, 'read-only'); END");
    await expect(importSources(deps, [{ kind: 'path', path: dir }], { origin: 'test' })).rejects.toThrow(
      'The import finished but its report could not be saved: read-only',
    );
  });

  it('says when a cancel came before a file was read, or after it was read but before it was saved', async () => {
    const { deps } = await setup();
    const dir = tempDir();
    for (let index = 0; index < 12; index++)
      writeFileSync(join(dir, `job-${String(index).padStart(2, '0')}.html`), variant(index));
    const controller = new AbortController();
    const report = await importSources(deps, [{ kind: 'path', path: dir }], {
      origin: 'test',
      signal: controller.signal,
      onProgress: (step) => {
        if (step.currentFile !== null) controller.abort();
      },
    });
    const reasons = new Set(report.files.map((file) => `${file.status}: ${file.reason}`));
    expect(reasons).toEqual(
      new Set(['cancelled: Import cancelled before this file was saved.', 'cancelled: Import cancelled before this file.']),
    );
    expect(report.cancelled).toBe(true);
  });
});
