import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FOLDER,
  backUp,
  dailyBackup,
  describeBackup,
  listBackups,
  restoreBackup,
} from '../../../src-main/core/db/backups';
import { DATABASE_FILE, migrate } from '../../../src-main/core/db/database';
import { MIGRATIONS } from '../../../src-main/core/db/migrations';
import { addJob } from '../../../src-main/core/services/jobs-service';
import { deleteJob } from '../../../src-main/core/services/board-service';
import { breakAnIndex, openFilesUnder, testCore } from '../../support/helpers';

const DAY_MS = 24 * 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);

describe('backup files', () => {
  it('names each backup by time and reason, never reusing a name, newest first, and keeps the newest ten', async () => {
    const core = await testCore();
    const first = await backUp(core.db, core.dataDir, 'manual', at('2026-12-02T10:00:00.000Z'));
    expect(first.name).toBe('quarry-2026-12-02T10-00-00-000Z-manual.db');
    expect(first.createdAt).toEqual(at('2026-12-02T10:00:00.000Z'));
    const again = await backUp(core.db, core.dataDir, 'manual', at('2026-12-02T10:00:00.000Z'));
    expect(again.name).toBe('quarry-2026-12-02T10-00-00-000Z-1-manual.db');
    writeFileSync(join(core.dataDir, BACKUP_FOLDER, 'notes.txt'), 'not a backup');
    for (let day = 3; day <= 12; day++) {
      await backUp(core.db, core.dataDir, 'daily', at(`2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`));
    }
    const names = listBackups(core.dataDir).map((backup) => backup.name);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('quarry-2026-12-12T10-00-00-000Z-daily.db');
    expect(names.at(-1)).toBe('quarry-2026-12-03T10-00-00-000Z-daily.db');
    expect(readdirSync(join(core.dataDir, BACKUP_FOLDER))).toContain('notes.txt');
  });

  it('lists nothing for a folder without backups', async () => {
    const core = await testCore();
    expect(listBackups(core.dataDir)).toEqual([]);
  });

  it('makes the daily backup once a full day has passed since the newest one', async () => {
    const core = await testCore();
    const newest = await backUp(core.db, core.dataDir, 'manual', at('2026-12-01T10:00:00.000Z'));
    utimesSync(newest.path, newest.createdAt, newest.createdAt);
    expect(await dailyBackup(core.db, core.dataDir, new Date(newest.createdAt.getTime() + DAY_MS - 1))).toBeNull();
    const daily = await dailyBackup(core.db, core.dataDir, new Date(newest.createdAt.getTime() + DAY_MS));
    expect(daily?.name).toBe('quarry-2026-12-02T10-00-00-000Z-daily.db');
  });

  it('describes a backup: its reason, size and live jobs; a file that is not a database has no job count', async () => {
    const core = await testCore();
    addJob(core.db, { title: 'Kept', company: 'Acme' }, core.clock);
    deleteJob(core.db, addJob(core.db, { title: 'Deleted', company: 'Acme' }, core.clock).id, core.clock);
    const backup = await backUp(core.db, core.dataDir, 'before-migration', at('2026-12-02T10:00:00.000Z'));
    expect(describeBackup(backup)).toMatchObject({
      name: 'quarry-2026-12-02T10-00-00-000Z-before-migration.db',
      createdAt: '2026-12-02T10:00:00.000Z',
      reason: 'before-migration',
      jobs: 1,
    });
    expect(describeBackup(backup).sizeBytes).toBeGreaterThan(4096);
    const junk = join(core.dataDir, BACKUP_FOLDER, 'quarry-junk-manual.db');
    writeFileSync(junk, 'not sqlite');
    expect(describeBackup({ name: 'quarry-junk-manual.db', path: junk, createdAt: new Date() })).toMatchObject({
      jobs: null,
      sizeBytes: 10,
    });
  });

  it('counts every job of a backup made before jobs could be deleted', async () => {
    const core = await testCore();
    const old = join(core.dataDir, BACKUP_FOLDER, 'quarry-old-daily.db');
    mkdirSync(join(core.dataDir, BACKUP_FOLDER), { recursive: true });
    const db = new Database(old);
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      "INSERT INTO jobs (title, company, column_id, position, created_at, updated_at) VALUES ('T', 'C', 1, 1, 'now', 'now')",
    ).run();
    db.close();
    expect(describeBackup({ name: 'quarry-old-daily.db', path: old, createdAt: new Date() }).jobs).toBe(1);
  });

  it('restores a backup, keeping the replaced file and its journal beside the backups', async () => {
    const core = await testCore();
    const backup = await backUp(core.db, core.dataDir, 'manual', at('2026-12-02T10:00:00.000Z'));
    await core.close();
    const live = join(core.dataDir, DATABASE_FILE);
    writeFileSync(`${live}-wal`, 'journal');
    writeFileSync(`${live}-shm`, 'shared memory');
    const restored = restoreBackup(core.dataDir, backup.name, at('2026-12-03T10:00:00.000Z'));
    expect(restored.replacedPath).toBe(join(core.dataDir, BACKUP_FOLDER, 'quarry-2026-12-03T10-00-00-000Z-replaced.db'));
    expect(existsSync(`${restored.replacedPath}-wal`)).toBe(true);
    expect(existsSync(`${restored.replacedPath}-shm`)).toBe(true);
    expect(existsSync(`${live}-wal`)).toBe(false);
    expect(existsSync(`${live}-shm`)).toBe(false);
    expect(openFilesUnder(core.dataDir)).toEqual([]);
    expect(() => restoreBackup(core.dataDir, 'quarry-nothing.db', new Date())).toThrow(
      expect.objectContaining({
        code: 'not_found',
        message: `There is no backup called quarry-nothing.db in ${join(core.dataDir, BACKUP_FOLDER)}.`,
      }),
    );
  });

  it('keeps each backup as one file: describing it leaves nothing beside it and nothing open', async () => {
    const core = await testCore();
    addJob(core.db, { title: 'Kept', company: 'Acme' }, core.clock);
    const backup = await backUp(core.db, core.dataDir, 'manual', at('2026-12-02T10:00:00.000Z'));
    const folder = join(core.dataDir, BACKUP_FOLDER);
    expect(describeBackup(backup).jobs).toBe(1);
    expect(readdirSync(folder)).toEqual([backup.name]);
    // Something that only looks like a backup: a folder, which no database can open.
    mkdirSync(join(folder, 'quarry-2026-12-01T10-00-00-000Z-manual.db'));
    expect(listBackups(core.dataDir).map((found) => describeBackup(found).jobs)).toEqual([1, null]);
    expect(openFilesUnder(folder)).toEqual([]);
  });

  it('prunes an old backup together with the journal files a backup in log mode had beside it', async () => {
    const core = await testCore();
    const oldest = await backUp(core.db, core.dataDir, 'daily', at('2026-11-01T10:00:00.000Z'));
    writeFileSync(`${oldest.path}-wal`, '');
    writeFileSync(`${oldest.path}-shm`, '');
    for (let day = 2; day <= 11; day++) {
      await backUp(core.db, core.dataDir, 'daily', at(`2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`));
    }
    const names = readdirSync(join(core.dataDir, BACKUP_FOLDER));
    expect(names).toHaveLength(10);
    expect(names.filter((name) => name.startsWith(oldest.name))).toEqual([]);
  });

  it('refuses a backup with damage only the integrity check sees, and lets go of it', async () => {
    const core = await testCore();
    addJob(core.db, { title: 'Kept', company: 'Acme', url: 'https://acme.example/1' }, core.clock);
    addJob(core.db, { title: 'Also kept', company: 'Acme', url: 'https://acme.example/2' }, core.clock);
    const backup = await backUp(core.db, core.dataDir, 'manual', at('2026-12-02T10:00:00.000Z'));
    await core.close();
    breakAnIndex(backup.path);
    const live = readFileSync(join(core.dataDir, DATABASE_FILE));
    expect(() => restoreBackup(core.dataDir, backup.name, new Date())).toThrow(
      expect.objectContaining({
        code: 'storage',
        message: expect.stringMatching(
          /^The backup quarry-2026-12-02T10-00-00-000Z-manual\.db is damaged too \(.+\); choose another\.$/u,
        ),
      }),
    );
    expect(readFileSync(join(core.dataDir, DATABASE_FILE)).equals(live)).toBe(true);
    expect(openFilesUnder(core.dataDir)).toEqual([]);
  });

  it('restores into a folder whose database is gone, replacing nothing', async () => {
    const core = await testCore();
    const backup = await backUp(core.db, core.dataDir, 'manual', at('2026-12-02T10:00:00.000Z'));
    await core.close();
    const { rmSync } = await import('node:fs');
    rmSync(join(core.dataDir, DATABASE_FILE));
    expect(restoreBackup(core.dataDir, backup.name, new Date()).replacedPath).toBeNull();
    expect(existsSync(join(core.dataDir, DATABASE_FILE))).toBe(true);
  });
});
