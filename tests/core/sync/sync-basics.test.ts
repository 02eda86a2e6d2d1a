import { afterEach, describe, expect, it } from 'vitest';
import type { Board } from '../../../src-shared/domain/job';
import {
  closeComputers,
  sharedFolder,
  syncAll,
  syncedState,
  testComputer,
  type TestComputer,
} from '../../support/sync-computers';

afterEach(closeComputers);

async function twoComputers(): Promise<[TestComputer, TestComputer, string]> {
  const folder = sharedFolder();
  const laptop = await testComputer('Laptop');
  const desk = await testComputer('Desk-PC');
  await laptop.call('turnOnSync', { folder, computerName: 'Laptop' });
  await desk.call('turnOnSync', { folder, computerName: 'Desk-PC' });
  return [laptop, desk, folder];
}

const titlesIn = (board: Board) =>
  Object.fromEntries(
    board.columns.map((column) => [
      column.key,
      board.cards.filter((card) => card.columnId === column.id).map((card) => card.title),
    ]),
  );

describe('sync between two computers', () => {
  it('carries a job, its stage and its notes, and a move and an edit back', async () => {
    const [laptop, desk] = await twoComputers();
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
