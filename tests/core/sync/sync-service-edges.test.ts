import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../../src-main/core/services/sync-service';
import { stampAt } from '../../../src-main/core/sync/hlc';
import { encodeLine } from '../../../src-main/core/sync/sync-folder';
import { QuarryError } from '../../../src-shared/errors';
import { fakeClock } from '../../support/helpers';
import { closeComputers, sharedFolder, syncAll, syncedState, syncingPair, testComputer } from '../../support/sync-computers';

afterEach(closeComputers);

const outboxRows = (computer: Awaited<ReturnType<typeof testComputer>>) =>
  (computer.core.db.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n;

describe('turning sync on, renaming, and what the status says', () => {
  it('refuses a folder below the data folder, and names computers tidily within 60 characters', async () => {
    const laptop = await testComputer('Laptop');
    const service = laptop.calls.sync;
    const below = join(laptop.core.dataDir, 'sync');
    mkdirSync(below);
    expect(() => service.turnOn(below, 'Laptop')).toThrow('The sync folder cannot be inside Quarry’s own data folder.');
    const file = join(sharedFolder(), 'a-file');
    writeFileSync(file, 'not a folder');
    expect(() => service.turnOn(file, 'Laptop')).toThrow(`There is no folder ${file}.`);
    expect(() => service.turnOn(sharedFolder(), ' \t ')).toThrow(
      'Give this computer a name the others will show, like “Laptop”.',
    );
    expect(() => service.turnOn(sharedFolder(), 'x'.repeat(61))).toThrow('A computer’s name can be at most 60 characters.');
    expect(service.status().enabled).toBe(false);

    const folder = sharedFolder();
    const status = service.turnOn(folder, `  Old \t laptop ${'y'.repeat(44)} `);
    expect(status.computerName).toBe(`Old laptop ${'y'.repeat(44)}`);
    expect(status.computerName).toHaveLength(55);
    expect(status.lastSyncedAt).toBe(laptop.core.clock().toISOString());
    expect(service.rename('x'.repeat(60)).computerName).toBe('x'.repeat(60));
    const described = JSON.parse(readFileSync(join(folder, status.computerId!, 'computer.json'), 'utf8')) as { name: string };
    expect(described.name).toBe('x'.repeat(60));
  });

  it('refuses a rename while sync is off', async () => {
    const laptop = await testComputer('Laptop');
    expect(() => laptop.calls.sync.rename('Desk')).toThrow(new QuarryError('conflict', 'Sync is off: turn it on first.'));
  });

  it('says why sync could not start in a folder it cannot use, and stays off with nothing half-done', async () => {
    const laptop = await testComputer('Laptop');
    const service = laptop.calls.sync;
    const { computerId } = service.turnOn(sharedFolder(), 'Laptop');
    service.turnOff();
    // The same id comes back next time; a folder standing where its first message file goes fails the first write.
    const blocked = sharedFolder();
    mkdirSync(join(blocked, computerId!, 'messages', '000001.jsonl'), { recursive: true });
    expect(() => service.turnOn(blocked, 'Laptop')).toThrow(
      expect.objectContaining({ code: 'storage', message: expect.stringMatching(/^Sync could not start: .*/u) }),
    );
    expect(service.status()).toMatchObject({ enabled: false, folder: null });
    await laptop.call('addJob', { title: 'While off', company: 'Acme' });
    expect(outboxRows(laptop)).toBe(0);
    const working = sharedFolder();
    expect(service.turnOn(working, 'Laptop')).toMatchObject({ enabled: true, folder: working, computerId, problem: null });
  });

  it('moves to another folder cleanly: the old one gets nothing more, the new one everything', async () => {
    const laptop = await testComputer('Laptop');
    const first = sharedFolder();
    const second = sharedFolder();
    const { computerId } = laptop.calls.sync.turnOn(first, 'Laptop');
    const before = readFileSync(join(first, computerId!, 'messages', '000001.jsonl'), 'utf8');
    laptop.calls.sync.turnOn(second, 'Laptop');
    await laptop.call('addJob', { title: 'After the move', company: 'Acme' });
    laptop.calls.sync.flush();
    expect(readFileSync(join(first, computerId!, 'messages', '000001.jsonl'), 'utf8')).toBe(before);
    expect(readFileSync(join(second, computerId!, 'messages', '000001.jsonl'), 'utf8')).toContain('After the move');
  });

  it('lists the other computer with the time it last wrote, and starts a pass (and capture) only when sync is on', async () => {
    const clock = fakeClock('2026-12-01T08:00:00.000Z');
    const { laptop, desk } = await syncingPair();
    const status = await desk.call('syncNow');
    expect(status.computers).toEqual([expect.objectContaining({ name: 'Laptop', wroteAt: expect.any(String), waiting: false })]);
    expect(Number.isNaN(Date.parse(status.computers[0]!.wroteAt!))).toBe(false);

    const off = await testComputer('Off', clock);
    off.calls.sync.start();
    await off.call('addJob', { title: 'Not for sync', company: 'Acme' });
    expect(outboxRows(off)).toBe(0);
    expect(off.calls.sync.status()).toMatchObject({ enabled: false, lastSyncedAt: null });

    await laptop.call('addJob', { title: 'Waiting for the desk to start', company: 'Acme' });
    laptop.calls.sync.flush();
    desk.calls.sync.start();
    expect((await desk.call('getBoard')).cards.map((card) => card.title)).toEqual(['Waiting for the desk to start']);
  });

  it('counts one change waiting for its job in the singular', async () => {
    const { laptop, desk, folder } = await syncingPair();
    const laptopId = laptop.calls.sync.status().computerId!;
    const note = {
      stamp: stampAt(new Date(), 0, laptopId),
      dataset: 'notes' as const,
      row: `${laptopId}:99`,
      cells: {
        job_id: 'url:https://jobs.example.com/not-arrived',
        body: 'Ask about the team',
        created_at: null,
        updated_at: null,
      },
    };
    appendFileSync(join(folder, laptopId, 'messages', '000001.jsonl'), encodeLine([note]));
    const status = await desk.call('syncNow');
    expect(status.warnings).toEqual(['1 change waits for a file or a job that has not arrived yet.']);
  });
});

describe('passes', () => {
  it('makes this computer’s corner again if someone tidied it away, and writes everything there again', async () => {
    const { laptop, desk, folder } = await syncingPair();
    await laptop.call('addJob', { title: 'Before the tidy-up', company: 'Acme' });
    syncAll([laptop, desk]);
    const laptopId = laptop.calls.sync.status().computerId!;
    rmSync(join(folder, laptopId), { recursive: true });
    await laptop.call('addJob', { title: 'After the tidy-up', company: 'Acme' });
    expect((await laptop.call('syncNow')).problem).toBeNull();
    // The laptop's new 000001.jsonl is longer than what the desk had read of the old one: it is read from its start.
    expect((await desk.call('syncNow')).warnings).toEqual([]);
    const both = ['After the tidy-up', 'Before the tidy-up'];
    expect((await desk.call('getBoard')).cards.map((card) => card.title).sort()).toEqual(both);
    // A computer joining now finds the laptop's older job too, though the desk never wrote it.
    const tablet = await testComputer('Tablet');
    await tablet.call('turnOnSync', { folder, computerName: 'Tablet' });
    expect((await tablet.call('getBoard')).cards.map((card) => card.title).sort()).toEqual(both);
    expect(syncedState(tablet.core)).toEqual(syncedState(laptop.core));
  });

  it('tells the window to reload only when something arrived', async () => {
    const { laptop, desk } = await syncingPair();
    await laptop.call('addJob', { title: 'Engineer', company: 'Acme' });
    laptop.calls.sync.flush();
    desk.events.length = 0;
    await desk.call('syncNow');
    expect(desk.events.filter((sent) => sent.event === 'dataChanged')).toEqual([
      { event: 'dataChanged', payload: { reason: 'sync' } },
    ]);
    desk.events.length = 0;
    await desk.call('syncNow');
    expect(desk.events.map((sent) => sent.event)).toEqual(['syncStatus']);
  });

  it('warns about another computer’s unreadable description until it is whole, and forgets warnings when turned off', async () => {
    const { laptop, desk, folder } = await syncingPair();
    const laptopId = laptop.calls.sync.status().computerId!;
    const description = join(folder, laptopId, 'computer.json');
    const whole = readFileSync(description, 'utf8');
    writeFileSync(description, whole.slice(0, 20));
    expect((await desk.call('syncNow')).warnings).toEqual([`${laptopId}/computer.json could not be read`]);
    writeFileSync(description, whole);
    expect((await desk.call('syncNow')).warnings).toEqual([]);

    writeFileSync(description, '{');
    expect((await desk.call('syncNow')).warnings).toHaveLength(1);
    await desk.call('turnOffSync');
    expect((await desk.call('turnOnSync', { folder: sharedFolder(), computerName: 'Desk-PC' })).warnings).toEqual([]);
  });
});

describe('why a pass stopped, in words', () => {
  const failure = (code: string, message = 'raw') => Object.assign(new Error(message), { code });

  it('names a full disk, a folder Quarry may not write in, and a missing folder', () => {
    expect(describeFailure(failure('ENOSPC'), '/sync')).toBe(
      'the disk holding /sync is full. Nothing is lost: changes wait here until there is room.',
    );
    for (const code of ['EACCES', 'EPERM', 'EROFS'])
      expect(describeFailure(failure(code), '/sync')).toBe('Quarry may not write in /sync.');
    expect(describeFailure(failure('ENOENT'), '/sync')).toBe('the sync folder /sync is not there.');
  });

  it('passes anything else on as its own message, begun in lower case', () => {
    expect(describeFailure(failure('EIO', 'Input/output error'), '/sync')).toBe('input/output error');
    expect(describeFailure(new Error('Something odd'), '/sync')).toBe('something odd');
  });
});
