import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src-main/core/handlers';
import type { Platform } from '../../../src-main/core/context';
import type { EventName } from '../../../src-shared/contract';
import { createCaller, fakeClock, testCore } from '../../support/helpers';
import { fixturePath } from '../../support/shared-data';

async function setup(platform: Omit<Platform, 'emit'> = {}) {
  const clock = fakeClock('2026-11-24T09:00:00.000Z');
  const core = await testCore({ clock });
  const events: { name: EventName; payload: unknown }[] = [];
  const call = createCaller(createHandlers(core, { emit: (name, payload) => void events.push({ name, payload }), ...platform }));
  const column = (sql: string) => core.db.prepare(sql).pluck().all();
  return { call, events, column };
}
const fileOf = (name: string, lastModified?: number) => ({
  name,
  contentBase64: readFileSync(fixturePath(name)).toString('base64'),
  ...(lastModified === undefined ? {} : { lastModified }),
});

describe('importing through the calls', () => {
  it('imports files sent from the page, dated by the file’s own time or, without one, now', async () => {
    const { call, column } = await setup();
    const report = await call('importFiles', {
      files: [fileOf('generic.html', Date.parse('2026-01-02T03:04:05Z')), fileOf('lever.html')],
    });
    expect(report).toMatchObject({ filesTotal: 2, jobsImported: 2, failures: 0 });
    expect(column('SELECT saved_at FROM source_files ORDER BY file_name')).toEqual([
      '2026-01-02T03:04:05.000Z',
      '2026-11-24T09:00:00.000Z',
    ]);
    expect(column('SELECT origin FROM imports')).toEqual(['files']);
  });

  it('asks the system picker for files or folders, and imports nothing when the user cancels', async () => {
    const asked: boolean[] = [];
    const answers: (string[] | null)[] = [null, [], [fixturePath('greenhouse.html')], [fixturePath()]];
    const { call, column } = await setup({
      pickImportPaths: async (folders) => {
        asked.push(folders);
        return answers.shift()!;
      },
    });
    expect(await call('importWithDialog', { folders: false })).toBeNull();
    expect(await call('importWithDialog', { folders: true })).toBeNull();
    expect(await call('importWithDialog', { folders: false })).toMatchObject({ filesTotal: 1, jobsImported: 1 });
    expect((await call('importWithDialog', { folders: true }))?.filesTotal).toBeGreaterThan(10);
    expect(asked).toEqual([false, true, false, true]);
    expect(column('SELECT origin FROM imports ORDER BY id')).toEqual(['dialog', 'folder']);
  });

  it('says where there is no system picker rather than doing nothing', async () => {
    const { call } = await setup();
    await expect(call('importWithDialog', { folders: false })).rejects.toThrow(
      'unsupported_file: There is no system file picker here: choose files in the page instead.',
    );
  });

  it('imports only the jobs the user ticks on a list page', async () => {
    const { call, events } = await setup();
    const report = await call('importFiles', { files: [fileOf('readme-list.html')] });
    const list = report.files[0]!.list!;
    expect(list.candidates.length).toBeGreaterThan(2);
    const picked = await call('importListJobs', { token: list.token, picks: [0, 2] });
    expect(picked.jobsImported).toBe(2);
    expect(events.filter((event) => event.name === 'importFinished').map((event) => event.payload)).toEqual([report, picked]);
  });

  it('tells the page how each import went, and reloads the board and search only when jobs arrived', async () => {
    const { call, events } = await setup();
    // Searching first builds the index, which an import must then bring up to date.
    expect(await call('search', { query: 'Wayne Enterprises' })).toEqual([]);
    const others = () => events.filter((event) => event.name !== 'importProgress');

    const waiting = await call('importFiles', { files: [fileOf('readme-list.html')] });
    expect(waiting.jobsImported).toBe(0);
    expect(others()).toEqual([{ name: 'importFinished', payload: waiting }]);

    events.length = 0;
    const report = await call('importFiles', { files: [fileOf('lever.html')] });
    expect(others()).toEqual([
      { name: 'importFinished', payload: report },
      { name: 'dataChanged', payload: { reason: 'import' } },
    ]);
    expect((await call('search', { query: 'Wayne Enterprises' })).map((hit) => hit.id)).toEqual(report.files[0]!.jobIds);
  });

  it('cancels a running import by its id, and says when there is none', async () => {
    const { call, events } = await setup();
    const files = ['generic.html', 'lever.html', 'greenhouse.html', 'ashby.html', 'workable.html'].map((name) => fileOf(name));
    const running = call('importFiles', { files });
    await expect.poll(() => events.some((event) => event.name === 'importProgress')).toBe(true);
    const { importId } = events.find((event) => event.name === 'importProgress')!.payload as { importId: number };
    expect(await call('cancelImport', { importId })).toBe(true);
    expect((await running).cancelled).toBe(true);
    expect(await call('cancelImport', { importId })).toBe(false);
  });
});
