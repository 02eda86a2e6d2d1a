import { afterEach, describe, expect, it } from 'vitest';
import type { Board } from '../../../src-shared/domain/job';
import { DATASET_NAMES, specOf } from '../../../src-shared/domain/sync';
import { tableColumns } from '../../../src-main/core/repos/sync-repo';
import { runCli } from '../../../src-main/cli/run-cli';
import { closeComputers, syncingPair, sharedFolder, syncAll, syncedState, testComputer } from '../../support/sync-computers';

afterEach(closeComputers);

const titlesIn = (board: Board) =>
  Object.fromEntries(
    board.columns.map((column) => [
      column.key,
      board.cards.filter((card) => card.columnId === column.id).map((card) => card.title),
    ]),
  );

describe('sync between two computers', () => {
  it('carries a job, its stage and its notes, and a move and an edit back', async () => {
    const { laptop, desk } = await syncingPair();
    const job = await laptop.call('addJob', { title: 'Data Engineer', company: 'Acme' });
    await laptop.call('addStage', { jobId: job.id, kind: 'recruiter_call', title: 'Recruiter call', durationMinutes: 30 });
    await laptop.call('saveNotes', { jobId: job.id, body: 'Ask about the team' });
    syncAll([laptop, desk]);
    const deskBoard = await desk.call('getBoard');
    const deskJob = deskBoard.cards.find((card) => card.title === 'Data Engineer')!;
    expect(deskJob.company).toBe('Acme');
    const detail = await desk.call('getJobDetail', { id: deskJob.id });
    expect(detail.stages.map((stage) => stage.title)).toEqual(['Recruiter call']);
    expect(detail.notes).toBe('Ask about the team');

    const applied = deskBoard.columns.find((column) => column.key === 'applied')!;
    await desk.call('moveJob', { id: deskJob.id, columnId: applied.id, beforeId: null });
    syncAll([laptop, desk]);
    expect(titlesIn(await laptop.call('getBoard')).applied).toEqual(['Data Engineer']);
    expect(syncedState(laptop.core)).toEqual(syncedState(desk.core));
  });
});

describe('what sync carries', () => {
  it('accounts for every column of every synced table: it travels, is the row’s own id, or stays here on purpose', async () => {
    const laptop = await testComputer('Laptop');
    for (const dataset of DATASET_NAMES) {
      const spec = specOf(dataset);
      const ownId = spec.localKey.kind === 'id' ? ['id'] : [];
      expect([...spec.columns, ...spec.local, ...ownId].sort()).toEqual(tableColumns(laptop.core.db, spec.table).sort());
    }
  });

  it('captures nothing while sync is off, and everything from the moment it is on', async () => {
    const laptop = await testComputer('Laptop');
    await laptop.call('addJob', { title: 'Before', company: 'Acme' });
    expect(laptop.core.db.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
    await laptop.call('turnOnSync', { folder: sharedFolder(), computerName: 'Laptop' });
    await laptop.call('addJob', { title: 'After', company: 'Acme' });
    expect((laptop.core.db.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n).toBeGreaterThan(0);
    await laptop.call('turnOffSync');
    expect(laptop.core.db.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
    await laptop.call('addJob', { title: 'Off again', company: 'Acme' });
    expect(laptop.core.db.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
  });

  it('refuses a folder that is not there, one inside the data folder, and a blank name, in words', async () => {
    const laptop = await testComputer('Laptop');
    await expect(laptop.call('turnOnSync', { folder: '/no/such/folder', computerName: 'Laptop' })).rejects.toThrow(
      'not_found: There is no folder /no/such/folder. Create it (or let your sync tool create it) first.',
    );
    await expect(laptop.call('turnOnSync', { folder: laptop.core.dataDir, computerName: 'Laptop' })).rejects.toThrow(
      'invalid_argument: The sync folder cannot be inside Quarry’s own data folder.',
    );
    await expect(laptop.call('turnOnSync', { folder: 'relative/path', computerName: 'Laptop' })).rejects.toThrow(
      'invalid_argument: Choose the sync folder by its full path.',
    );
    await expect(laptop.call('turnOnSync', { folder: sharedFolder(), computerName: '   ' })).rejects.toThrow(
      /^invalid_argument: turnOnSync: computerName: give this computer a name/u,
    );
    expect(await laptop.call('getSyncStatus')).toMatchObject({ enabled: false });
  });

  it('is the same computer to the others when turned off and on again, and its changes still arrive', async () => {
    const { laptop, desk, folder } = await syncingPair();
    const id = (await laptop.call('getSyncStatus')).computerId;
    await laptop.call('turnOffSync');
    await laptop.call('addJob', { title: 'Made while sync was off', company: 'Acme' });
    expect(await laptop.call('turnOnSync', { folder, computerName: 'Laptop' })).toMatchObject({ computerId: id });
    const seen = await desk.call('syncNow');
    expect(seen.computers).toEqual([expect.objectContaining({ id, name: 'Laptop' })]);
    expect(titlesIn(await desk.call('getBoard')).saved).toEqual(['Made while sync was off']);
  });

  it('renames this computer for the others, tidying the spaces, and says it cannot while sync is off', async () => {
    const { laptop, desk } = await syncingPair();
    const { computerId } = await laptop.call('getSyncStatus');
    expect(await laptop.call('renameComputer', { computerName: '  Work   laptop ' })).toMatchObject({
      computerName: 'Work laptop',
    });
    expect((await desk.call('syncNow')).computers).toEqual([expect.objectContaining({ id: computerId, name: 'Work laptop' })]);
    await laptop.call('turnOffSync');
    await expect(laptop.call('renameComputer', { computerName: 'Old laptop' })).rejects.toThrow(
      /^conflict: Sync is off: turn it on first\.$/u,
    );
  });

  it('captures what the command line changes, and the command writes it out before it exits', async () => {
    const { laptop, desk } = await syncingPair();
    const result = await runCli(
      ['add', '--data-dir', laptop.core.dataDir, '--title', 'Added from the CLI', '--company', 'Acme'],
      {
        out: () => undefined,
        err: () => undefined,
        env: {},
      },
    );
    expect(result).toBe(0);
    await desk.call('syncNow');
    expect(titlesIn(await desk.call('getBoard')).saved).toEqual(['Added from the CLI']);
  });

  it('stops syncing after a backup is restored, so the restored data is not overwritten by the folder', async () => {
    const { laptop } = await syncingPair();
    await laptop.call('createBackup');
    const [backup] = await laptop.call('listBackups');
    await laptop.call('restoreBackup', { name: backup!.name });
    expect(await laptop.call('getSyncStatus')).toMatchObject({ enabled: false });
  });

  it('tells the renderer what changed: the status after each pass, and a reload when another computer’s change arrived', async () => {
    const { laptop, desk } = await syncingPair();
    await desk.call('addJob', { title: 'From the desk', company: 'Acme' });
    laptop.events.length = 0;
    syncAll([desk, laptop], 1);
    expect(laptop.events).toContainEqual({ event: 'dataChanged', payload: { reason: 'sync' } });
    expect(laptop.events).toContainEqual({ event: 'syncStatus', payload: expect.objectContaining({ enabled: true }) });
  });
});
