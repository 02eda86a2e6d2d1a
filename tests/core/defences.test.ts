/**
 * Defences that once survived breaking on purpose (issue 18): each test here
 * fails when its defence is removed, on its own, not only together with another.
 */
import Database from 'better-sqlite3';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDataDir } from '../../src-main/core/db/database';
import { processFile } from '../../src-main/core/import/pipeline';
import { sanitiseHtml } from '../../src-main/core/import/sanitize';
import { renumberColumn } from '../../src-main/core/repos/jobs-repo';
import { startImport } from '../../src-main/core/repos/imports-repo';
import { TrigramIndex } from '../../src-main/core/search/trigram-index';
import { moveJob } from '../../src-main/core/services/board-service';
import { storeParsedFile } from '../../src-main/core/services/import-service';
import { addJob, getBoard, listJobRecords } from '../../src-main/core/services/jobs-service';
import { exportFile } from '../../src-main/core/services/export-service';
import { restoreExportText } from '../../src-main/core/services/restore-service';
import { addStage, editStage, exportCalendar } from '../../src-main/core/services/stages-service';
import { startHost } from '../../src-main/host/host-server';
import { evenPositions } from '../../src-shared/domain/positions';
import { zonedToUtc } from '../../src-shared/domain/schedule';
import { dangerIn, XSS_VECTORS } from '../support/markup-safety';
import { breakAnIndex, openFilesUnder, tempDir, testCore } from '../support/helpers';
import type { QuarryError } from '../../src-shared/errors';

describe('the import sanitiser, alone', () => {
  it.each(XSS_VECTORS.map((vector) => [vector.title, vector.payload]))('%s', (_title, payload) => {
    expect(dangerIn(sanitiseHtml(payload).html)).toEqual([]);
  });
});

describe('restoring an export', () => {
  it('sanitises descriptions again, so hostile HTML in a hand-edited export never reaches the page', async () => {
    const source = await testCore();
    addJob(source.db, { title: 'Engineer', company: 'Acme' }, source.clock);
    const exported = JSON.parse(exportFile(source.db, source.clock, '1.0.0', 'json').content) as {
      tables: { jobs: Record<string, unknown>[] };
    };
    exported.tables.jobs[0]!.description_html =
      '<p onclick="steal()">Hi<img src=x onerror=alert(1)><script>alert(2)</script></p>';
    const target = await testCore();
    await restoreExportText(target, JSON.stringify(exported), false);
    const stored = target.db.prepare('SELECT description_html AS html FROM jobs').get() as { html: string };
    expect(stored.html).toBe('<p>Hi<img></p>');
    expect(dangerIn(stored.html)).toEqual([]);
  });
});

describe('the browser host’s event stream', () => {
  it('opens only with the token', async () => {
    const core = await testCore();
    const host = await startHost({ core, rendererDir: tempDir() });
    const status = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${host.origin}${path}`, (response) => {
          resolve(response.statusCode ?? 0);
          response.destroy();
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('/__quarry/events')).toBe(403);
    expect(await status('/__quarry/events?token=wrong')).toBe(403);
    expect(await status(`/__quarry/events?token=${host.token}`)).toBe(200);
    await host.close();
  });
});

describe('opening a database', () => {
  it('sets the pragmas durability and integrity rest on', async () => {
    const dir = tempDir();
    const db = await openDataDir(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('refuses damage only the integrity check sees (an index that no longer matches its table), with Quarry’s own message', async () => {
    const dir = tempDir();
    const db = await openDataDir(dir);
    const clock = () => new Date('2026-11-24T09:00:00Z');
    for (const title of ['A', 'B', 'C']) addJob(db, { title, company: 'Acme', url: `https://acme.example/${title}` }, clock);
    db.close();
    breakAnIndex(join(dir, DATABASE_FILE));
    const plain = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(plain.prepare('SELECT count(*) AS n FROM jobs').get()).toEqual({ n: 3 });
    expect(plain.pragma('integrity_check(3)')).toHaveLength(3);
    plain.close();
    const refusal = (await openDataDir(dir).then(
      () => new Error('opened'),
      (error: unknown) => error,
    )) as QuarryError;
    expect(refusal).toMatchObject({ code: 'storage' });
    // The first two problems only, so the message stays readable.
    expect(refusal.message).toMatch(/^The database .+quarry\.db is damaged \([^;]+; [^;]+\)\. Quarry has not changed it\./u);
    expect(openFilesUnder(dir)).toEqual([]);
  });
});

describe('importing a file', () => {
  it('stores a job and its stages in one transaction: a stage that fails leaves no job behind', async () => {
    const core = await testCore();
    const page = `<html><head><title>Engineer at Acme</title></head><body><main><h1>Engineer</h1><h2>Interview process</h2><ul><li>Recruiter call</li><li>Technical interview</li></ul></main></body></html>`;
    const parsed = processFile({ fileName: 'job.html', bytes: new TextEncoder().encode(page), modifiedAt: new Date() });
    const [listing] = parsed.listings;
    expect(listing!.stages).toHaveLength(2);
    const broken = {
      ...parsed,
      listings: [{ ...listing!, stages: [listing!.stages[0]!, { ...listing!.stages[1]!, title: null as unknown as string }] }],
    };
    const importId = startImport(core.db, 'test', new Date().toISOString(), 1);
    expect(() => storeParsedFile(core.db, importId, null, broken, new Date().toISOString())).toThrow();
    expect(listJobRecords(core.db)).toEqual([]);
    expect(core.db.prepare('SELECT count(*) AS n FROM stages').get()).toEqual({ n: 0 });
  });
});

describe('calendar export', () => {
  it('writes instants in UTC with a Z, whatever the machine’s time zone', async () => {
    const core = await testCore();
    const job = addJob(core.db, { title: 'Engineer', company: 'Acme' }, core.clock);
    const stage = addStage(core.db, job.id, { kind: 'technical', title: 'Technical interview', durationMinutes: 60 }, core.clock);
    editStage(
      core.db,
      stage.id,
      {
        ...stage,
        startsAt: zonedToUtc('2026-12-03', '10:00', 'America/New_York'),
        timeZone: 'America/New_York',
        status: 'scheduled',
      },
      core.clock,
    );
    const ics = exportCalendar(core.db, core.clock);
    expect(ics).toContain('DTSTART:20261203T150000Z\r\n');
    expect(ics).toContain('DURATION:PT60M\r\n');
  });
});

describe('search candidates', () => {
  it('keeps the best 300 of more than 300 near-matches, not the worst', () => {
    const index = new TrigramIndex();
    for (let id = 1; id <= 400; id++)
      index.set(id, `kubernet${String.fromCharCode(97 + (id % 26))}${String.fromCharCode(97 + ((id * 7) % 26))}x`);
    index.set(999, 'kubernetes');
    const candidates = index.candidates(['kubernetes'], 300);
    expect(candidates).toHaveLength(300);
    expect(candidates[0]).toBe(999);
  });
});

describe('renumbering a column', () => {
  it('keeps the order the user made, not the order the jobs were added in', async () => {
    const core = await testCore();
    const [a, b, c] = ['A', 'B', 'C'].map((title) => addJob(core.db, { title, company: 'Acme' }, core.clock));
    // The user's order: C, A, B.
    moveJob(core.db, { id: c!.id, columnId: c!.columnId, beforeId: a!.id }, core.clock);
    const order = () =>
      getBoard(core.db, core.clock)
        .cards.filter((card) => card.columnId === a!.columnId)
        .sort((x, y) => x.position - y.position)
        .map((card) => card.title);
    expect(order()).toEqual(['C', 'A', 'B']);
    renumberColumn(core.db, a!.columnId, evenPositions);
    expect(order()).toEqual(['C', 'A', 'B']);
    expect(b).toBeDefined();
  });
});
