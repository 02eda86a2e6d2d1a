import { copyFileSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeLine } from '../../../src-main/core/sync/sync-folder';
import { sharedPath } from '../../support/shared-data';
import {
  closeComputers,
  editJobFields,
  syncingPair,
  sharedFolder,
  syncAll,
  syncedState,
  testComputer,
  type TestComputer,
} from '../../support/sync-computers';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeComputers();
});

const jobTitles = (computer: TestComputer) =>
  (computer.core.db.prepare('SELECT title FROM jobs WHERE deleted_at IS NULL ORDER BY title').all() as { title: string }[]).map(
    (row) => row.title,
  );
/** Renames a job at Acme (the edit every clock and offline test makes). */
const retitle = (computer: TestComputer, id: number, title: string) => editJobFields(computer, id, { title, company: 'Acme' });
const messageFile = (folder: string, computerId: string) => join(folder, computerId, 'messages', '000001.jsonl');

describe('what sync tools do to files', () => {
  it('waits for a file still being copied, says so, and applies it once it has arrived whole', async () => {
    const { laptop, desk, folder, deskId } = await syncingPair();
    await desk.call('addJob', { title: 'Platform Engineer', company: 'Globex' });
    desk.calls.sync.flush();
    const file = messageFile(folder, deskId);
    const whole = readFileSync(file);
    // The sync tool has brought the first 60 % of the new lines so far.
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const waiting = await laptop.call('syncNow');
    expect(waiting.computers).toEqual([expect.objectContaining({ name: 'Desk-PC', waiting: true })]);
    expect(waiting.warnings).toEqual([]);
    expect(jobTitles(laptop)).not.toContain('Platform Engineer');
    writeFileSync(file, whole);
    const arrived = await laptop.call('syncNow');
    expect(arrived.computers).toEqual([expect.objectContaining({ name: 'Desk-PC', waiting: false })]);
    expect(jobTitles(laptop)).toContain('Platform Engineer');
  });

  it('skips a garbled line with a warning naming the computer, applies the rest, and reads it again until it is whole', async () => {
    const { laptop, desk, folder, deskId } = await syncingPair();
    await desk.call('addJob', { title: 'First', company: 'Acme' });
    desk.calls.sync.flush();
    await desk.call('addJob', { title: 'Second', company: 'Acme' });
    desk.calls.sync.flush();
    await desk.call('addJob', { title: 'Third', company: 'Acme' });
    desk.calls.sync.flush();
    const file = messageFile(folder, deskId);
    const whole = readFileSync(file, 'utf8');
    const lines = whole.split('\n');
    const secondJob = lines.findIndex((line) => line.includes('"Second"'));
    lines[secondJob] = lines[secondJob]!.replace('"Second"', '"Sec0nd"');
    writeFileSync(file, lines.join('\n'));
    const status = await laptop.call('syncNow');
    expect(status.warnings).toEqual([
      expect.stringMatching(/^A line of Desk-PC’s file .*000001\.jsonl is damaged; Quarry skipped it/u),
    ]);
    expect(jobTitles(laptop)).toEqual(['First', 'Third']);
    expect(laptop.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    writeFileSync(file, whole);
    expect((await laptop.call('syncNow')).warnings).toEqual([]);
    expect(jobTitles(laptop)).toEqual(['First', 'Second', 'Third']);
  });

  it('reads a conflicted copy without doubling anything', async () => {
    const { laptop, desk, folder, deskId } = await syncingPair();
    await desk.call('addJob', { title: 'Data Engineer', company: 'Acme' });
    desk.calls.sync.flush();
    const file = messageFile(folder, deskId);
    copyFileSync(file, join(folder, deskId, 'messages', "000001 (Laptop's conflicted copy 2026-12-01).jsonl"));
    await laptop.call('syncNow');
    expect(jobTitles(laptop)).toEqual(['Data Engineer']);
    expect(syncedState(laptop.core)).toEqual(syncedState(desk.core));
  });

  it('keeps the later edit when the other computer’s clock runs three hours ahead', async () => {
    const { laptop, desk } = await syncingPair();
    const job = await laptop.call('addJob', { title: 'Engineer', company: 'Acme' });
    syncAll([laptop, desk]);
    const deskJobId = (desk.core.db.prepare('SELECT id FROM jobs').get() as { id: number }).id;
    const realNow = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(realNow + 3 * 60 * 60 * 1000);
    await retitle(desk, deskJobId, 'Edited on the fast clock');
    desk.calls.sync.flush();
    vi.spyOn(Date, 'now').mockReturnValue(realNow + 1000);
    await laptop.call('syncNow');
    // The laptop has now seen the fast clock's edit: its own next edit is later, whatever its wall clock says.
    await retitle(laptop, job.id, 'Edited after, on the slow clock');
    syncAll([laptop, desk]);
    expect(jobTitles(desk)).toEqual(['Edited after, on the slow clock']);
    expect(jobTitles(laptop)).toEqual(['Edited after, on the slow clock']);
  });

  it('holds back a change dated weeks ahead, with a warning, and takes it when the time comes', async () => {
    const { laptop, desk } = await syncingPair();
    const realNow = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(realNow + 40 * 24 * 60 * 60 * 1000);
    await desk.call('addJob', { title: 'From a clock 40 days ahead', company: 'Acme' });
    desk.calls.sync.flush();
    vi.spyOn(Date, 'now').mockReturnValue(realNow);
    const status = await laptop.call('syncNow');
    expect(status.warnings).toEqual([
      '2 changes are dated more than a week ahead of this computer’s clock; one of the clocks is wrong. They will apply when the time comes.',
    ]);
    expect(jobTitles(laptop)).toEqual([]);
    vi.spyOn(Date, 'now').mockReturnValue(realNow + 40 * 24 * 60 * 60 * 1000);
    const later = await laptop.call('syncNow');
    expect(later.warnings).toEqual([]);
    expect(jobTitles(laptop)).toEqual(['From a clock 40 days ahead']);
  });

  it('brings a computer back after a month offline: its edits merge, cell by cell, with everything since', async () => {
    const { laptop, desk } = await syncingPair();
    const job = await laptop.call('addJob', { title: 'Engineer', company: 'Acme' });
    syncAll([laptop, desk]);
    const deskJobId = (desk.core.db.prepare('SELECT id FROM jobs').get() as { id: number }).id;
    // Offline: the desk's note on the job, and the laptop's many changes since.
    await desk.call('saveNotes', { jobId: deskJobId, body: 'Written offline' });
    desk.calls.sync.flush();
    const deskFolder = join(desk.calls.sync.status().folder!, desk.calls.sync.status().computerId!);
    renameSync(deskFolder, `${deskFolder}.away`);
    for (let index = 0; index < 30; index += 1) await laptop.call('addJob', { title: `Job ${index}`, company: 'Globex' });
    await retitle(laptop, job.id, 'Engineer (renamed)');
    await laptop.call('syncNow');
    renameSync(`${deskFolder}.away`, deskFolder);
    syncAll([laptop, desk]);
    expect(syncedState(laptop.core)).toEqual(syncedState(desk.core));
    const detail = await laptop.call('getJobDetail', { id: job.id });
    expect(detail).toMatchObject({ title: 'Engineer (renamed)', notes: 'Written offline' });
    expect(jobTitles(desk)).toHaveLength(31);
  });

  it('keeps changes while the folder is gone, says why, and writes them when it is back', async () => {
    const { laptop, desk, folder } = await syncingPair();
    const away = `${folder}.away`;
    renameSync(folder, away);
    await laptop.call('addJob', { title: 'Made while the folder was gone', company: 'Acme' });
    const status = await laptop.call('syncNow');
    expect(status.problem).toBe(`the sync folder ${folder} is not there.`);
    renameSync(away, folder);
    expect((await laptop.call('syncNow')).problem).toBeNull();
    await desk.call('syncNow');
    expect(jobTitles(desk)).toEqual(['Made while the folder was gone']);
  });

  it('sanitises a description that arrives through the folder, like any page from outside', async () => {
    const { laptop, desk, folder, deskId } = await syncingPair();
    await desk.call('addJob', { title: 'Engineer', company: 'Acme' });
    desk.calls.sync.flush();
    const row = (desk.core.db.prepare("SELECT sync_id AS id FROM sync_rows WHERE dataset = 'jobs'").get() as { id: string }).id;
    const hostile = encodeLine([
      {
        stamp: `${new Date(Date.now() + 1000).toISOString()}-0000-00000000000000FF`,
        dataset: 'jobs',
        row,
        cells: { description_html: '<p>Hi</p><img src=x onerror="alert(1)"><script>alert(2)</script>' },
      },
    ]);
    writeFileSync(messageFile(folder, deskId), readFileSync(messageFile(folder, deskId), 'utf8') + hostile);
    syncAll([laptop]);
    const stored = laptop.core.db.prepare('SELECT description_html AS html FROM jobs').get() as { html: string | null };
    expect(stored.html).toContain('<p>Hi</p>');
    expect(stored.html).not.toMatch(/onerror|<script/iu);
  });

  it('merges a first sync: the same saved page imported on both computers is one job with one set of stages', async () => {
    const folder = sharedFolder();
    const page = readFileSync(sharedPath('corpus/seed/primer-senior-backend-engineer.html'));
    const laptop = await testComputer('Laptop');
    const desk = await testComputer('Desk-PC');
    for (const computer of [laptop, desk]) {
      await computer.call('importFiles', { files: [{ name: 'primer.html', contentBase64: page.toString('base64') }] });
    }
    await desk.call('addJob', { title: 'Only on the desk', company: 'Initech' });
    await laptop.call('turnOnSync', { folder, computerName: 'Laptop' });
    await desk.call('turnOnSync', { folder, computerName: 'Desk-PC' });
    syncAll([laptop, desk]);
    expect(jobTitles(laptop)).toEqual(jobTitles(desk));
    expect(jobTitles(laptop)).toEqual(['Only on the desk', 'Senior Backend Engineer']);
    const stagesOf = (computer: TestComputer) =>
      (computer.core.db.prepare('SELECT title FROM stages ORDER BY position').all() as { title: string }[]).map(
        (stage) => stage.title,
      );
    expect(stagesOf(laptop).length).toBeGreaterThan(0);
    expect(stagesOf(laptop)).toEqual(stagesOf(desk));
    expect(new Set(stagesOf(laptop)).size).toBe(stagesOf(laptop).length);
    expect(syncedState(laptop.core)).toEqual(syncedState(desk.core));
  });

  it('sends an attached document once, as a file named by its hash, and the job waits for it if it comes late', async () => {
    const { laptop, desk, folder, deskId } = await syncingPair();
    const job = await desk.call('addJob', { title: 'Engineer', company: 'Acme' });
    const bytes = Buffer.from('%PDF-1.7 a résumé');
    await desk.call('attachDocument', {
      jobId: job.id,
      fileName: 'CV.pdf',
      contentBase64: bytes.toString('base64'),
      kind: 'resume',
      versionLabel: 'v3',
    });
    desk.calls.sync.flush();
    const blobs = readdirSync(join(folder, deskId, 'blobs'));
    expect(blobs).toHaveLength(1);
    const blob = join(folder, deskId, 'blobs', blobs[0]!);
    const saved = readFileSync(blob);
    truncateSync(blob, 5);
    const status = await laptop.call('syncNow');
    // The document waits for its file, and its link to the job waits for the document.
    expect(status.warnings).toEqual(['2 changes wait for a file or a job that has not arrived yet.']);
    writeFileSync(blob, saved);
    expect((await laptop.call('syncNow')).warnings).toEqual([]);
    const documents = await laptop.call('listDocuments');
    expect(documents).toEqual([expect.objectContaining({ fileName: 'CV.pdf', versionLabel: 'v3' })]);
    // The laptop holds it now; it does not write the same file again.
    await laptop.call('syncNow');
    const everyBlob = readdirSync(folder).flatMap((computer) => {
      try {
        return readdirSync(join(folder, computer, 'blobs')).filter((name) => !name.startsWith('.'));
      } catch {
        return [];
      }
    });
    expect(everyBlob).toHaveLength(1);
    rmSync(blob);
  });

  it('carries the settings that describe the search, and leaves the theme to each computer', async () => {
    const { laptop, desk } = await syncingPair();
    await laptop.call('updateSettings', { followUpDays: 10, theme: 'dark' });
    syncAll([laptop, desk]);
    expect(await desk.call('getSettings')).toMatchObject({ followUpDays: 10, theme: 'system' });
  });
});
