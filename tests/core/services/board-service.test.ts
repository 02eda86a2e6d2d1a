import { describe, expect, it } from 'vitest';
import { listStatusChanges } from '../../../src-main/core/repos/history-repo';
import { deleteJob, editJob, getJobDetail, moveJob, restoreJob, saveNotes } from '../../../src-main/core/services/board-service';
import { addJob, getBoard } from '../../../src-main/core/services/jobs-service';
import { QuarryError } from '../../../src-shared/errors';
import { groupByColumn } from '../../../src-shared/domain/board';
import { fakeClock, testCore } from '../../support/helpers';

async function setup() {
  const clock = fakeClock();
  const core = await testCore({ clock });
  const ids = ['A', 'B', 'C'].map((title) => addJob(core.db, { title, company: 'Co' }, clock).id);
  const columns = Object.fromEntries(getBoard(core.db, clock).columns.map((column) => [column.key, column.id]));
  const order = (key: string) =>
    groupByColumn(getBoard(core.db, clock).columns, getBoard(core.db, clock).cards)
      .find((group) => group.column.key === key)!
      .cards.map((card) => card.title);
  return { ...core, clock, ids, columns, order };
}

describe('board service', () => {
  it('reorders within a column by writing one position', async () => {
    const { db, clock, ids, columns, order } = await setup();
    moveJob(db, { id: ids[2]!, columnId: columns.saved!, beforeId: ids[0]! }, clock);
    expect(order('saved')).toEqual(['C', 'A', 'B']);
    moveJob(db, { id: ids[2]!, columnId: columns.saved!, beforeId: null }, clock);
    expect(order('saved')).toEqual(['A', 'B', 'C']);
    expect(listStatusChanges(db, ids[2]!)).toHaveLength(1);
  });

  it('records a status change when a job changes column', async () => {
    const { db, clock, ids, columns } = await setup();
    clock.advance(60_000);
    moveJob(db, { id: ids[0]!, columnId: columns.applied!, beforeId: null }, clock);
    expect(listStatusChanges(db, ids[0]!).at(-1)).toMatchObject({
      fromColumnId: columns.saved,
      toColumnId: columns.applied,
      outcome: null,
    });
    expect(getJobDetail(db, ids[0]!, clock).history.map((change) => [change.from, change.to])).toEqual([
      [null, 'Saved'],
      ['Saved', 'Applied'],
    ]);
  });

  it('needs an outcome to close a job, and clears it when the job reopens', async () => {
    const { db, clock, ids, columns } = await setup();
    expect(() => moveJob(db, { id: ids[0]!, columnId: columns.closed!, beforeId: null }, clock)).toThrow(/needs an outcome/);
    expect(moveJob(db, { id: ids[0]!, columnId: columns.closed!, beforeId: null, outcome: 'rejected' }, clock).outcome).toBe(
      'rejected',
    );
    expect(moveJob(db, { id: ids[0]!, columnId: columns.applied!, beforeId: null }, clock).outcome).toBeNull();
  });

  it('keeps a closed job’s outcome when it is reordered, and records a new outcome as a change', async () => {
    const { db, clock, ids, columns } = await setup();
    const close = (id: number, outcome?: 'rejected' | 'ghosted') =>
      moveJob(db, { id, columnId: columns.closed!, beforeId: null, ...(outcome ? { outcome } : {}) }, clock);
    close(ids[0]!, 'ghosted');
    close(ids[1]!, 'rejected');
    expect(moveJob(db, { id: ids[1]!, columnId: columns.closed!, beforeId: ids[0]! }, clock).outcome).toBe('rejected');
    expect(listStatusChanges(db, ids[1]!).map((change) => change.outcome)).toEqual([null, 'rejected']);
    // They wrote back after all: the same column, a new outcome.
    expect(close(ids[0]!, 'rejected').outcome).toBe('rejected');
    expect(listStatusChanges(db, ids[0]!).map((change) => change.outcome)).toEqual([null, 'ghosted', 'rejected']);
  });

  it('keeps splitting the same gap until it renumbers the column, and every move lands where it was dropped', async () => {
    const { db, clock, ids, columns, order } = await setup();
    const expected = ['A', 'B', 'C'];
    const dropAbove = (moved: number, before: number) => {
      moveJob(db, { id: ids[moved]!, columnId: columns.saved!, beforeId: ids[before]! }, clock);
      expected.splice(expected.indexOf('ABC'[moved]!), 1);
      expected.splice(expected.indexOf('ABC'[before]!), 0, 'ABC'[moved]!);
      expect(order('saved')).toEqual(expected);
    };
    // Always into the gap just below A, which halves each time: far more often than a double can halve.
    for (let round = 0; round < 80; round++) {
      dropAbove(2, 1);
      dropAbove(1, 2);
    }
    const positions = getBoard(db, clock).cards.map((card) => card.position);
    expect(new Set(positions).size).toBe(3);
  });

  it('refuses impossible moves with specific errors', async () => {
    const { db, clock, ids, columns } = await setup();
    expect(() => moveJob(db, { id: 999, columnId: columns.saved!, beforeId: null }, clock)).toThrow(QuarryError);
    expect(() => moveJob(db, { id: ids[0]!, columnId: 999, beforeId: null }, clock)).toThrow(/no column/);
    expect(() => moveJob(db, { id: ids[0]!, columnId: columns.applied!, beforeId: ids[1]! }, clock)).toThrow(
      /not in that column/,
    );
    expect(() => moveJob(db, { id: ids[0]!, columnId: columns.saved!, beforeId: ids[0]! }, clock)).toThrow(/above itself/);
  });

  it('deletes softly so undo restores everything', async () => {
    const { db, clock, ids } = await setup();
    saveNotes(db, ids[1]!, 'Recruiter: Sam', clock);
    deleteJob(db, ids[1]!, clock);
    expect(getBoard(db, clock).cards.map((card) => card.title)).toEqual(['A', 'C']);
    expect(() => getJobDetail(db, ids[1]!, clock)).toThrow(/no job/);
    restoreJob(db, ids[1]!, clock);
    expect(getJobDetail(db, ids[1]!, clock).notes).toBe('Recruiter: Sam');
  });

  it('edits fields and parses a typed salary', async () => {
    const { db, clock, ids } = await setup();
    editJob(
      db,
      ids[0]!,
      {
        title: 'A2',
        company: 'Co',
        location: 'Berlin',
        remote: 'hybrid',
        url: null,
        tags: ['go'],
        employmentType: 'full-time',
        salaryText: '€70k–€80k per year',
      },
      clock,
    );
    expect(getJobDetail(db, ids[0]!, clock)).toMatchObject({
      title: 'A2',
      location: 'Berlin',
      remote: 'hybrid',
      tags: ['go'],
      salary: { min: 70000, max: 80000, currency: 'EUR', period: 'year', text: '€70k–€80k per year' },
    });
  });

  it('keeps one notes document per job', async () => {
    const { db, clock, ids } = await setup();
    saveNotes(db, ids[0]!, 'first', clock);
    saveNotes(db, ids[0]!, 'second', clock);
    expect(getJobDetail(db, ids[0]!, clock).notes).toBe('second');
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 1 });
  });
});

describe('cards', () => {
  it('show the earliest upcoming scheduled stage and when the job last moved', async () => {
    const { db, clock, ids, columns } = await setup();
    const { insertPlannedStage } = await import('../../../src-main/core/repos/stages-repo');
    const now = clock().toISOString();
    const past = insertPlannedStage(
      db,
      { jobId: ids[0]!, position: 1, kind: 'recruiter_call', title: 'Call', durationMinutes: 30 },
      now,
    );
    const later = insertPlannedStage(
      db,
      { jobId: ids[0]!, position: 2, kind: 'system_design', title: 'System design', durationMinutes: 90 },
      now,
    );
    const soon = insertPlannedStage(
      db,
      { jobId: ids[0]!, position: 3, kind: 'values', title: 'Values', durationMinutes: 60 },
      now,
    );
    const schedule = db.prepare("UPDATE stages SET starts_at = ?, status = 'scheduled' WHERE id = ?");
    schedule.run('2026-11-20T10:00:00.000Z', past);
    schedule.run('2026-12-03T10:00:00.000Z', later);
    schedule.run('2026-11-30T10:00:00.000Z', soon);
    clock.advance(3_600_000);
    moveJob(db, { id: ids[0]!, columnId: columns.applied!, beforeId: null }, clock);
    const card = getBoard(db, clock).cards.find((candidate) => candidate.id === ids[0]);
    expect(card).toMatchObject({
      nextStage: { title: 'Values', startsAt: '2026-11-30T10:00:00.000Z' },
      lastMovedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(getBoard(db, clock).cards.find((candidate) => candidate.id === ids[1])!.nextStage).toBeNull();
  });
});
