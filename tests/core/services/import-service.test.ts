import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from '../../../src-main/core/import/parse-pool';
import { processFile, type SourceFile } from '../../../src-main/core/import/pipeline';
import { readSourceFile } from '../../../src-main/core/repos/source-files-repo';
import { findJob, setDeleted } from '../../../src-main/core/repos/jobs-repo';
import { importSources, storeParsedFile } from '../../../src-main/core/services/import-service';
import { listJobRecords } from '../../../src-main/core/services/jobs-service';
import { startImport } from '../../../src-main/core/repos/imports-repo';
import { jobName } from '../../../src-shared/domain/job';
import { tempDir, testCore } from '../../support/helpers';
import { fixturePath, sharedPath } from '../../support/shared-data';

const fixtures = fixturePath();
const seed = sharedPath('corpus/seed/primer-senior-backend-engineer.html');
const parser = createParsePool();
afterAll(() => parser.close());

async function deps() {
  const core = await testCore();
  return { core, deps: { db: core.db, clock: core.clock, parser } };
}

describe('import service', () => {
  it('imports the seed with its five planned stages and keeps the original bytes', async () => {
    const { core, deps: importDeps } = await deps();
    const report = await importSources(importDeps, [{ kind: 'path', path: seed }], { origin: 'test' });
    expect(report).toMatchObject({ filesTotal: 1, jobsImported: 1, duplicates: 0, failures: 0 });
    const [job] = listJobRecords(core.db);
    expect(job!.stages.map((stage) => [stage.kind, stage.durationMinutes, stage.status])).toEqual([
      ['recruiter_call', 30, 'planned'],
      ['hiring_manager', 60, 'planned'],
      ['pair_programming', 90, 'planned'],
      ['system_design', 90, 'planned'],
      ['values', 60, 'planned'],
    ]);
    const row = findJob(core.db, job!.id)!;
    const stored = readSourceFile(core.db, row.sourceFileId!)!;
    expect(gunzipSync(stored.compressed).equals(readFileSync(seed))).toBe(true);
    expect(stored.contentHash).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('never doubles a job: same file, same URL from another file, same company and title', async () => {
    const { core, deps: importDeps } = await deps();
    const dir = tempDir();
    copyFileSync(seed, join(dir, 'copy.html'));
    const html = readFileSync(seed, 'utf8');
    writeFileSync(
      join(dir, 'same-url.html'),
      html.replace('<h3>Senior Backend Engineer </h3>', '<h3>Senior Backend Engineer (renamed)</h3>'),
    );
    writeFileSync(
      join(dir, 'same-title.html'),
      html.replace('senior-backend-engineer-primer-6093', 'another-address').replace('0 days ago', '1 day ago'),
    );
    const first = await importSources(importDeps, [{ kind: 'path', path: seed }], { origin: 'test' });
    const again = await importSources(
      importDeps,
      [
        { kind: 'path', path: seed },
        { kind: 'path', path: dir },
      ],
      { origin: 'test' },
    );
    expect(first.jobsImported).toBe(1);
    expect(again.jobsImported).toBe(0);
    expect(again.files.map((file) => file.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(again.files[0]!.reason).toMatch(/Already imported/);
    expect(again.files.slice(1).every((file) => /Already (imported|saved)/u.test(file.reason!))).toBe(true);
    expect(listJobRecords(core.db)).toHaveLength(1);
  });

  it('keeps two untitled descriptions from one employer as two jobs, shown as "Untitled job"', async () => {
    const { core, deps: importDeps } = await deps();
    const dir = tempDir();
    const fragment = (duty: string) =>
      `<div><p>At Acme, we build arms.</p><p>Responsibilities</p><ul><li>${duty}</li></ul><p>Requirements</p></div>`;
    writeFileSync(join(dir, 'first.html'), fragment('Design services.'));
    writeFileSync(join(dir, 'second.html'), fragment('Run the data team.'));
    const report = await importSources(importDeps, [{ kind: 'path', path: dir }], { origin: 'test' });
    expect(report.jobsImported).toBe(2);
    const jobs = listJobRecords(core.db);
    expect(jobs.map((job) => [job.title, job.company])).toEqual([
      ['', 'Acme'],
      ['', 'Acme'],
    ]);
    expect(jobName(jobs[0]!)).toBe('Untitled job at Acme');
    expect(jobName({ title: 'Platform Engineer', company: 'Acme' })).toBe('Platform Engineer at Acme');
  });

  it('brings a deleted job back when its file is imported again, instead of calling it a duplicate', async () => {
    const { core, deps: importDeps } = await deps();
    const first = await importSources(importDeps, [{ kind: 'path', path: seed }], { origin: 'test' });
    const [id] = first.files[0]!.jobIds;
    expect(setDeleted(core.db, id!, '2026-11-24T10:00:00.000Z')).toBe(true);
    expect(listJobRecords(core.db)).toHaveLength(0);

    const again = await importSources(importDeps, [{ kind: 'path', path: seed }], { origin: 'test' });
    expect(again.files[0]).toMatchObject({ status: 'imported', jobsImported: 1, jobIds: [id] });
    expect(again.files[0]!.reason).toMatch(/brought back/u);
    const [job] = listJobRecords(core.db);
    expect(job!.id).toBe(id);
    expect(job!.stages).toHaveLength(5);
    // Once it is back on the board, the same file is a duplicate again.
    const third = await importSources(importDeps, [{ kind: 'path', path: seed }], { origin: 'test' });
    expect(third.files[0]!.status).toBe('duplicate');

    // Deleted again, then saved from another page of the same listing: the old one stays deleted.
    setDeleted(core.db, id!, '2026-11-24T11:00:00.000Z');
    const dir = tempDir();
    writeFileSync(join(dir, 'resaved.html'), readFileSync(seed, 'utf8').replace('0 days ago', '2 days ago'));
    expect((await importSources(importDeps, [{ kind: 'path', path: dir }], { origin: 'test' })).jobsImported).toBe(1);
    const fourth = await importSources(importDeps, [{ kind: 'path', path: seed }], { origin: 'test' });
    expect(fourth.files[0]!.status).toBe('duplicate');
    expect(listJobRecords(core.db).map((job) => job.id)).not.toContain(id);
    expect(listJobRecords(core.db)).toHaveLength(1);
  });

  it('imports a folder recursively, skipping asset folders and counting other files', async () => {
    const { deps: importDeps } = await deps();
    const dir = tempDir();
    mkdirSync(join(dir, 'nested', 'page_files'), { recursive: true });
    copyFileSync(join(fixtures, 'lever.html'), join(dir, 'nested', 'lever.html'));
    copyFileSync(join(fixtures, 'workable.html'), join(dir, 'workable.htm'));
    writeFileSync(join(dir, 'nested', 'page_files', 'frame.html'), '<h1>Not a job, an iframe</h1>');
    writeFileSync(join(dir, 'logo.png'), 'png');
    const report = await importSources(importDeps, [{ kind: 'path', path: dir }], { origin: 'test' });
    expect(report.files.map((file) => file.file.slice(dir.length + 1))).toEqual(['nested/lever.html', 'workable.htm']);
    expect(report).toMatchObject({ jobsImported: 2, skipped: 1, failures: 0 });
  });

  it('reports every failing file with its own reason and imports the rest', async () => {
    const { deps: importDeps } = await deps();
    const report = await importSources(
      importDeps,
      [
        { kind: 'path', path: join(fixtures, 'binary.html') },
        { kind: 'path', path: join(fixtures, 'not-a-page.txt') },
        { kind: 'path', path: join(fixtures, 'missing.html') },
        { kind: 'path', path: join(fixtures, 'readme-list.html') },
        {
          kind: 'file',
          fileName: 'dropped.html',
          bytes: new TextEncoder().encode('<title>Chef at Bistro</title>'),
          modifiedAt: new Date(),
        },
      ],
      { origin: 'test', takeLists: true },
    );
    expect(report.files.map((file) => [file.status, file.reason?.slice(0, 24) ?? null])).toEqual([
      ['failed', 'The file is not text: it'],
      ['failed', 'No job found in not-a-pa'],
      ['failed', 'The file does not exist.'],
      ['imported', null],
      ['imported', null],
    ]);
    expect(report).toMatchObject({ jobsImported: 4, failures: 3 });
  });

  it('writes each file in one transaction: a failure inside leaves nothing of that file', async () => {
    const { core } = await deps();
    const file: SourceFile = {
      fileName: 'readme-list.html',
      bytes: new Uint8Array(readFileSync(join(fixtures, 'readme-list.html'))),
      modifiedAt: new Date(),
    };
    const parsed = processFile(file);
    const broken = { ...parsed, listings: [parsed.listings[0]!, { ...parsed.listings[1]!, title: null as unknown as string }] };
    const importId = startImport(core.db, 'test', new Date().toISOString(), 1);
    expect(() => storeParsedFile(core.db, importId, null, broken, new Date().toISOString())).toThrow();
    expect(listJobRecords(core.db)).toEqual([]);
    expect(core.db.prepare('SELECT count(*) AS n FROM source_files').get()).toEqual({ n: 0 });
  });

  it('cancelling keeps finished files and writes nothing for the rest', async () => {
    const { core, deps: importDeps } = await deps();
    const dir = tempDir();
    const html = readFileSync(join(fixtures, 'generic.html'), 'utf8');
    for (let index = 0; index < 40; index++) {
      writeFileSync(
        join(dir, `job-${String(index).padStart(2, '0')}.html`),
        html.replaceAll('Frontend Developer', `Frontend Developer ${index}`).replace('careers/frontend', `careers/${index}`),
      );
    }
    const controller = new AbortController();
    const report = await importSources(importDeps, [{ kind: 'path', path: dir }], {
      origin: 'test',
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.done === 5) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    const imported = report.files.filter((file) => file.status === 'imported').length;
    expect(imported).toBeGreaterThanOrEqual(5);
    expect(imported).toBeLessThan(40);
    expect(report.files.filter((file) => file.status === 'cancelled').length).toBe(40 - imported);
    expect(listJobRecords(core.db)).toHaveLength(imported);
  });
});
