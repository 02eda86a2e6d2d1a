import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { backUp, BACKUPS_KEPT, dailyBackup, listBackups } from '../../../src-main/core/db/backups';
import { DATABASE_FILE, migrate } from '../../../src-main/core/db/database';
import { MIGRATIONS } from '../../../src-main/core/db/migrations';
import { openCore } from '../../../src-main/core/open-core';
import { createHandlers } from '../../../src-main/core/handlers';
import { createCaller, tempDir } from '../../support/helpers';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('backups', () => {
  it('backs up once a day when the app opens, and keeps the newest ten', async () => {
    const dir = tempDir();
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
    const core = await openCore({ dataDir: dir, host: 'browser', clock: () => day(1) });
    await core.backupsIdle();
    expect(listBackups(dir)).toHaveLength(1);
    expect(await dailyBackup(core.db, dir, new Date(day(1).getTime() + 3_600_000))).toBeNull();
    for (let n = 2; n <= 14; n++) await backUp(core.db, dir, 'manual', day(n));
    expect(listBackups(dir)).toHaveLength(BACKUPS_KEPT);
    expect(listBackups(dir)[0]!.name).toContain('2026-11-14');
    await core.close();
  });

  it('backs up existing data before a migration changes it', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, DATABASE_FILE));
    migrate(old, MIGRATIONS.slice(0, 1));
    old
      .prepare(
        "INSERT INTO jobs (title, company, column_id, position, created_at, updated_at) VALUES ('Kept', 'Co', 1, 1, 'x', 'x')",
      )
      .run();
    old.close();
    const core = await openCore({ dataDir: dir, host: 'cli' });
    const [backup] = listBackups(dir);
    expect(backup!.name).toMatch(/before-migration\.db$/u);
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT title FROM jobs').all()).toEqual([{ title: 'Kept' }]);
    copy.close();
    await core.close();
  });

  it('refuses a damaged database with a way out, and restores a backup over it', async () => {
    const dir = tempDir();
    await cli(['add', '--data-dir', dir, '--title', 'Before', '--company', 'Co']);
    const backup = await cli(['backup', '--data-dir', dir]);
    expect(backup.code).toBe(0);
    await cli(['add', '--data-dir', dir, '--title', 'After', '--company', 'Co']);

    // Damage the file past its header, where the tables live.
    const file = join(dir, DATABASE_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 4));
    writeFileSync(file, bytes);
    const broken = await cli(['list', '--json', '--data-dir', dir]);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/damaged|not a Quarry database|malformed/u);

    const name = (await cli(['backups', '--data-dir', dir])).out.split('\n')[0]!;
    const restored = await cli(['restore', name, '--data-dir', dir]);
    expect(restored.code).toBe(0);
    const listed = await cli(['list', '--json', '--data-dir', dir]);
    expect((JSON.parse(listed.out) as { title: string }[]).map((job) => job.title)).toEqual(['Before']);
    expect((await cli(['backups', '--data-dir', dir])).out).toMatch(/replaced\.db/u);
    expect((await cli(['restore', 'nope.db', '--data-dir', dir])).err).toMatch(/no backup called nope\.db/u);
  });

  it('restores a backup while the app runs, keeping the replaced data as a backup of its own', async () => {
    const dir = tempDir();
    let now = new Date(Date.UTC(2026, 10, 20, 9));
    const core = await openCore({ dataDir: dir, host: 'browser', clock: () => now });
    const events: string[] = [];
    const call = createCaller(
      createHandlers(core, { emit: (event, payload) => events.push(`${event}:${JSON.stringify(payload)}`) }),
    );
    await call('addJob', { title: 'Kept', company: 'Co' });
    now = new Date(now.getTime() + 60_000);
    const backup = await call('createBackup', undefined);
    expect(backup).toMatchObject({ reason: 'manual' });
    now = new Date(now.getTime() + 60_000);
    await call('addJob', { title: 'Added after the backup', company: 'Co' });
    expect(await call('search', { query: 'after the backup' })).toHaveLength(1);

    await call('restoreBackup', { name: backup.name });
    expect((await call('getBoard', undefined)).cards.map((card) => card.title)).toEqual(['Kept']);
    expect(await call('search', { query: 'after the backup' })).toHaveLength(0);
    expect(events).toContain('dataChanged:{"reason":"restore"}');
    const replaced = (await call('listBackups', undefined)).find((item) => item.reason === 'replaced');
    expect(replaced).toBeDefined();
    // Each backup says how many jobs it holds, so the right one is easy to pick.
    expect(replaced!.jobs).toBe(2);
    expect((await call('listBackups', undefined)).find((item) => item.name === backup.name)!.jobs).toBe(1);

    // The restore can itself be undone from the list.
    await call('restoreBackup', { name: replaced!.name });
    expect((await call('getBoard', undefined)).cards.map((card) => card.title).sort()).toEqual([
      'Added after the backup',
      'Kept',
    ]);
    await core.close();
  });

  it('restoring a backup from an older Quarry migrates it, backing it up first as it was', async () => {
    const dir = tempDir();
    const core = await openCore({ dataDir: dir, host: 'browser', clock: () => new Date(Date.UTC(2026, 10, 20, 9)) });
    const call = createCaller(createHandlers(core, { emit: () => undefined }));
    await call('addJob', { title: 'Current', company: 'Co' });
    const old = new Database(join(dir, 'backups', 'quarry-2025-01-01T09-00-00-000Z-manual.db'));
    migrate(old, MIGRATIONS.slice(0, 1));
    old
      .prepare(
        "INSERT INTO jobs (title, company, column_id, position, created_at, updated_at) VALUES ('From 2025', 'Co', 1, 1, 'x', 'x')",
      )
      .run();
    old.close();
    writeFileSync(join(dir, 'backups', 'quarry-2024-01-01T09-00-00-000Z-manual.db'), 'not a database');
    const listed = await call('listBackups', undefined);
    // A backup from before soft delete counts all its jobs; a broken file says it cannot be read.
    expect(listed.find((item) => item.name.startsWith('quarry-2025'))!.jobs).toBe(1);
    expect(listed.find((item) => item.name.startsWith('quarry-2024'))!.jobs).toBeNull();
    expect(readdirSync(join(dir, 'backups')).filter((name) => /-(wal|shm)$/u.test(name))).toEqual([]);

    await call('restoreBackup', { name: 'quarry-2025-01-01T09-00-00-000Z-manual.db' });
    expect((await call('getBoard', undefined)).cards.map((card) => card.title)).toEqual(['From 2025']);
    const beforeMigration = (await call('listBackups', undefined)).find((item) => item.reason === 'before-migration');
    const copy = new Database(join(dir, 'backups', beforeMigration!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    await core.close();
  });

  it('answers calls made while a restored file is being migrated with a clear "try again", not a crash', async () => {
    const dir = tempDir();
    const core = await openCore({ dataDir: dir, host: 'browser' });
    const call = createCaller(createHandlers(core, { emit: () => undefined }));
    const older = join(tempDir(), 'older.db');
    const old = new Database(older);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.close();
    await core.backupsIdle();

    const replacing = core.replaceDatabase(() => {
      copyFileSync(older, join(dir, DATABASE_FILE));
      for (const suffix of ['-wal', '-shm']) rmSync(join(dir, DATABASE_FILE + suffix), { force: true });
      return { value: 'swapped' };
    });
    // Opening the older file waits for its pre-migration backup, so this call lands in between.
    await expect(call('getBoard', undefined)).rejects.toThrow(/^conflict: Quarry is opening a restored backup; try again/u);
    expect(await replacing).toBe('swapped');
    expect((await call('getBoard', undefined)).columns).toHaveLength(5);
    await core.close();
  });

  it('puts the live data back when a restored backup cannot be opened (one from a newer Quarry)', async () => {
    const dir = tempDir();
    const core = await openCore({ dataDir: dir, host: 'browser' });
    const call = createCaller(createHandlers(core, { emit: () => undefined }));
    await call('addJob', { title: 'Still here', company: 'Co' });
    const newer = new Database(join(dir, 'backups', 'quarry-2030-01-01T09-00-00-000Z-manual.db'));
    migrate(newer, MIGRATIONS);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();

    await expect(call('restoreBackup', { name: 'quarry-2030-01-01T09-00-00-000Z-manual.db' })).rejects.toThrow(
      /^storage: This data folder was written by a newer Quarry/u,
    );
    expect((await call('getBoard', undefined)).cards.map((card) => card.title)).toEqual(['Still here']);
    await core.close();
  });

  it('refuses to restore an unknown or damaged backup and keeps the data it has', async () => {
    const dir = tempDir();
    const core = await openCore({ dataDir: dir, host: 'browser' });
    const call = createCaller(createHandlers(core, { emit: () => undefined }));
    await call('addJob', { title: 'Still here', company: 'Co' });
    await expect(call('restoreBackup', { name: 'quarry-nope.db' })).rejects.toThrow(
      /^not_found: There is no backup called quarry-nope\.db\.$/u,
    );
    await expect(call('restoreBackup', { name: '../quarry.db' })).rejects.toThrow(/file name from the backups list/u);
    const [daily] = await call('listBackups', undefined);
    const path = join(dir, 'backups', daily!.name);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 4));
    writeFileSync(path, bytes);
    await expect(call('restoreBackup', { name: daily!.name })).rejects.toThrow(/damaged|malformed|not a database/u);
    expect((await call('getBoard', undefined)).cards.map((card) => card.title)).toEqual(['Still here']);
    await core.close();
  });
});
