import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src-main/core/handlers';
import { openCore } from '../../src-main/core/open-core';
import { afterThisTest } from '../support/cleanups';
import { createCaller, tempDir } from '../support/helpers';

const open = async (dataDir: string, host: 'cli' | 'browser' = 'cli') => {
  const core = await openCore({ dataDir, host });
  afterThisTest(() => core.close());
  return core;
};

describe('opening the data folder', () => {
  it('names the version of the package it runs from', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect((await open(tempDir())).version).toBe(manifest.version);
  });

  it('gives jobs that lack a company key one (rows from before keys, or written by hand)', async () => {
    const dir = tempDir();
    const first = await openCore({ dataDir: dir, host: 'cli' });
    await createCaller(createHandlers(first, { emit: () => undefined }))('addJob', {
      title: 'Data Engineer',
      company: 'Acme Inc.',
    });
    first.db.exec('UPDATE jobs SET company_key = NULL');
    await first.close();
    expect((await open(dir)).db.prepare('SELECT company_key FROM jobs').pluck().all()).toEqual(['acme']);
  });

  it('says a failed daily backup in the log and opens all the same', async () => {
    const dir = tempDir();
    await (await openCore({ dataDir: dir, host: 'cli' })).close();
    writeFileSync(join(dir, 'backups'), 'a file where the backups folder goes');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    afterThisTest(() => logged.mockRestore());
    const core = await open(dir, 'browser');
    await core.backupsIdle();
    expect(logged).toHaveBeenCalledWith('Quarry: the daily backup failed', expect.any(Error));
    expect(core.db.prepare('SELECT count(*) FROM jobs').pluck().get()).toBe(0);
  });

  it('tells whoever follows the jobs when a restored backup replaces the database', async () => {
    const core = await open(tempDir(), 'browser');
    const call = createCaller(createHandlers(core, { emit: () => undefined }));
    const { name } = await call('createBackup', {});
    let told = 0;
    core.onJobsChanged(() => (told += 1));
    await call('restoreBackup', { name });
    expect(told).toBeGreaterThan(0);
  });
});
