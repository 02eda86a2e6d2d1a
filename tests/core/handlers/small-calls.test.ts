import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src-main/core/handlers';
import type { Platform } from '../../../src-main/core/context';
import type { EventName } from '../../../src-shared/contract';
import { createCaller, testCore } from '../../support/helpers';
import { fixturePath } from '../../support/shared-data';

async function setup(platform: Omit<Platform, 'emit'> = {}) {
  const core = await testCore();
  const events: EventName[] = [];
  const call = createCaller(createHandlers(core, { emit: (name) => void events.push(name), ...platform }));
  return { core, call, events };
}
const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('the app’s own calls', () => {
  it('says which Quarry this is and where its data lives', async () => {
    const { core, call } = await setup();
    expect(await call('getAppInfo', {})).toEqual({
      version: '0.0.0-test',
      dataDir: core.dataDir,
      schemaVersion: expect.any(Number),
      host: 'cli',
    });
    expect((await call('getAppInfo', {})).schemaVersion).toBeGreaterThanOrEqual(13);
  });

  it('refuses to replace the data or restore a backup while an import is writing', async () => {
    const { call, events } = await setup();
    const { name } = await call('createBackup', {});
    const exported = (await call('exportData', { format: 'json' })).content;
    const files = ['generic.html', 'lever.html', 'greenhouse.html', 'ashby.html', 'workable.html'].map((file) => ({
      name: file,
      contentBase64: readFileSync(fixturePath(file)).toString('base64'),
    }));
    const running = call('importFiles', { files });
    await expect.poll(() => events.includes('importProgress')).toBe(true);
    // Read into data of its own only: the running import has made this folder's, which says so, not "wait".
    await expect(call('importQuarryExport', { contentBase64: base64(exported), replace: false })).rejects.toThrow(
      /^conflict: This data folder already keeps the record of earlier imports\./u,
    );
    await expect(call('importQuarryExport', { contentBase64: base64(exported), replace: true })).rejects.toThrow(
      'conflict: An import is running: replace your data when it has finished.',
    );
    await expect(call('restoreBackup', { name })).rejects.toThrow(
      'conflict: An import is running: restore the backup when it has finished.',
    );
    await running;
    expect((await call('restoreBackup', { name })).name).toBe(name);
  });
});

describe('board columns', () => {
  it('adds a column before the closing one, moves it, and hides it', async () => {
    const { call } = await setup();
    const names = async () =>
      (await call('getBoard', {})).columns.map((column) => `${column.name}${column.hidden ? ' (hidden)' : ''}`);
    const added = await call('addColumn', { name: 'Take-home' });
    expect(await names()).toEqual(['Saved', 'Applied', 'Interviewing', 'Offer', 'Take-home', 'Closed']);
    const saved = (await call('getBoard', {})).columns[0]!;
    await call('moveColumn', { id: added.id, beforeId: saved.id });
    await call('setColumnHidden', { id: added.id, hidden: true });
    expect(await names()).toEqual(['Take-home (hidden)', 'Saved', 'Applied', 'Interviewing', 'Offer', 'Closed']);
    await call('setColumnHidden', { id: added.id, hidden: false });
    await call('moveColumn', { id: added.id, beforeId: null });
    expect(await names()).toEqual(['Saved', 'Applied', 'Interviewing', 'Offer', 'Closed', 'Take-home']);
  });
});

describe('interview stages', () => {
  it('moves a stage up or down past its neighbour, and an end stage no further', async () => {
    const { call } = await setup();
    const job = await call('addJob', { title: 'Engineer', company: 'Acme' });
    for (const title of ['One', 'Two', 'Three']) {
      await call('addStage', { jobId: job.id, kind: 'technical', title, durationMinutes: null });
    }
    const titles = (stages: { title: string }[]) => stages.map((stage) => stage.title);
    const [one, two, three] = (await call('getJobDetail', { id: job.id })).stages;
    expect(titles(await call('moveStage', { id: one!.id, direction: 'up' }))).toEqual(['One', 'Two', 'Three']);
    expect(titles(await call('moveStage', { id: three!.id, direction: 'down' }))).toEqual(['One', 'Two', 'Three']);
    expect(titles(await call('moveStage', { id: two!.id, direction: 'down' }))).toEqual(['One', 'Three', 'Two']);
    expect(titles(await call('moveStage', { id: one!.id, direction: 'down' }))).toEqual(['Three', 'One', 'Two']);
  });

  it('lists the scheduled stages for the agenda', async () => {
    const { call } = await setup();
    const job = await call('addJob', { title: 'Engineer', company: 'Acme' });
    const { id, ...stage } = await call('addStage', { jobId: job.id, kind: 'technical', title: 'Pairing', durationMinutes: 60 });
    await call('addStage', { jobId: job.id, kind: 'technical', title: 'Not yet planned', durationMinutes: null });
    await call('updateStage', {
      id,
      ...stage,
      startsAt: '2026-12-10T15:00:00.000Z',
      timeZone: 'Europe/Lisbon',
      status: 'scheduled',
    });
    expect((await call('getSchedule', {})).map((scheduled) => [scheduled.title, scheduled.startsAt])).toEqual([
      ['Pairing', '2026-12-10T15:00:00.000Z'],
    ]);
  });
});

describe('spreadsheets', () => {
  it('says why a CSV cannot be read: a quote that never ends, nothing below the header, too many rows', async () => {
    const { call } = await setup();
    await expect(call('readSpreadsheet', { contentBase64: base64('Title,Company\n"Engineer,Acme\n') })).rejects.toThrow(
      'unsupported_file: This CSV cannot be read: A quoted field that starts on line 2 never ends: check for a stray " character.',
    );
    await expect(call('readSpreadsheet', { contentBase64: base64('Title,Company\n') })).rejects.toThrow(
      'unsupported_file: This CSV has no rows below its header line.',
    );
    const rows = (count: number) => `Title,Company\n${'Engineer,Acme\n'.repeat(count)}`;
    await expect(call('readSpreadsheet', { contentBase64: base64(rows(5001)) })).rejects.toThrow(
      'unsupported_file: This CSV has 5001 rows; split it into files of at most 5000.',
    );
    expect((await call('readSpreadsheet', { contentBase64: base64(rows(5000)) })).rows).toHaveLength(5000);
  });
});

describe('sync folder', () => {
  it('asks the system for a folder, and says so where there is no picker', async () => {
    const titles: string[] = [];
    const { call } = await setup({
      pickFolder: async (title) => {
        titles.push(title);
        return '/home/me/Sync';
      },
    });
    expect(await call('pickSyncFolder', {})).toBe('/home/me/Sync');
    expect(titles).toEqual(['Choose the folder Quarry syncs through']);
    const { call: withoutPicker } = await setup();
    await expect(withoutPicker('pickSyncFolder', {})).rejects.toThrow(
      'unsupported_file: There is no folder picker here: type the folder’s full path.',
    );
  });
});
