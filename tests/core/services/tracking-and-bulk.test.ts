import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src-main/core/handlers';
import { exportCsv } from '../../../src-main/core/services/export-service';
import { addJob, getBoard } from '../../../src-main/core/services/jobs-service';
import { importSpreadsheet } from '../../../src-main/core/services/spreadsheet-service';
import { parseCsv } from '../../../src-shared/domain/csv';
import { suggestMapping } from '../../../src-shared/domain/spreadsheet';
import type { JobCard } from '../../../src-shared/domain/job';
import { createCaller, fakeClock, testCore } from '../../support/helpers';

async function setup() {
  const clock = fakeClock('2026-03-03T15:00:00.000Z');
  const core = await testCore({ clock });
  const call = createCaller(createHandlers(core, { emit: () => undefined }));
  const ids = ['A', 'B', 'C', 'D'].map((title) => addJob(core.db, { title, company: 'Co' }, clock).id);
  const columns = Object.fromEntries(getBoard(core.db, clock).columns.map((column) => [column.key, column.id]));
  const cardOf = (id: number) => getBoard(core.db, clock).cards.find((card) => card.id === id)!;
  return { ...core, clock, call, ids, columns, cardOf };
}

describe('dates a user tracks (#14 item 12)', () => {
  it('sets the date applied on the first move to Applied, and keeps it through later moves', async () => {
    const { call, clock, ids, columns, cardOf } = await setup();
    expect(cardOf(ids[0]!).appliedOn).toBeNull();
    await call('moveJob', { id: ids[0], columnId: columns.applied, beforeId: null });
    expect(cardOf(ids[0]!).appliedOn).toBe('2026-03-03');
    clock.advance(10 * 24 * 3600 * 1000);
    await call('moveJob', { id: ids[0], columnId: columns.interviewing, beforeId: null });
    await call('moveJob', { id: ids[0], columnId: columns.applied, beforeId: null });
    expect(cardOf(ids[0]!).appliedOn).toBe('2026-03-03');
    await call('moveJob', { id: ids[1], columnId: columns.interviewing, beforeId: null });
    expect(cardOf(ids[1]!).appliedOn).toBeNull();
  });

  it('stores the dates the user sets, and refuses days that are not on the calendar', async () => {
    const { call, ids, cardOf } = await setup();
    const dates = { appliedOn: '2026-02-27', applyBy: '2026-03-20', followUpOn: '2026-03-10' };
    expect(await call('setJobDates', { id: ids[0], ...dates })).toMatchObject(dates);
    expect(cardOf(ids[0]!)).toMatchObject(dates);
    await expect(call('setJobDates', { id: ids[0], ...dates, applyBy: '2026-04-31' })).rejects.toThrow(
      /Apply-by date is not a day of the calendar/,
    );
    await expect(call('setJobDates', { id: ids[0], ...dates, followUpOn: '10/03/2026' })).rejects.toThrow(
      /Follow-up date must be a date such as 2026-03-14/,
    );
    await call('setJobDates', { id: ids[0], appliedOn: null, applyBy: null, followUpOn: null });
    expect(cardOf(ids[0]!)).toMatchObject({ appliedOn: null, applyBy: null, followUpOn: null });
  });

  it('exports the date applied as a spreadsheet column that the spreadsheet import reads back', async () => {
    const { db, call, clock, ids } = await setup();
    await call('setJobDates', { id: ids[0], appliedOn: '2026-01-15', applyBy: null, followUpOn: null });
    const [headers, ...rows] = parseCsv(exportCsv(db));
    const other = await testCore({ clock });
    const report = importSpreadsheet(other.db, clock, rows, suggestMapping(headers!));
    expect(report.imported).toBe(4);
    const applied = getBoard(other.db, clock).cards.find((card) => card.title === 'A')!;
    expect(applied.appliedOn).toBe('2026-01-15');
  });
});

describe('priority (#14 item 13)', () => {
  it('rates jobs 0 to 3 stars, several at once, and refuses anything else', async () => {
    const { call, ids, cardOf } = await setup();
    const rated = await call('setPriority', { ids: [ids[0], ids[2]], priority: 3 });
    expect(rated.map((card: JobCard) => [card.id, card.priority])).toEqual([
      [ids[0], 3],
      [ids[2], 3],
    ]);
    expect(cardOf(ids[1]!).priority).toBe(0);
    await expect(call('setPriority', { ids: [ids[0]], priority: 4 })).rejects.toThrow(/priority must be 0, 1, 2 or 3/);
    await expect(call('setPriority', { ids: [], priority: 1 })).rejects.toThrow(/choose at least one job/);
    await expect(call('setPriority', { ids: [ids[0], ids[0]], priority: 1 })).rejects.toThrow(/each job may be named once/);
  });
});

describe('bulk actions (#14 item 11)', () => {
  it('moves several jobs in one transaction: a bad one leaves every job where it was', async () => {
    const { call, ids, columns, cardOf } = await setup();
    const moves = [ids[0], ids[1]].map((id) => ({ id, columnId: columns.applied, beforeId: null }));
    expect((await call('moveJobs', { moves })).map((card: JobCard) => card.columnId)).toEqual([columns.applied, columns.applied]);
    await expect(
      call('moveJobs', {
        moves: [
          { id: ids[2], columnId: columns.interviewing, beforeId: null },
          { id: ids[3], columnId: columns.closed, beforeId: null },
        ],
      }),
    ).rejects.toThrow(/needs an outcome/);
    expect(cardOf(ids[2]!).columnId).toBe(columns.saved);
    const closed = await call('moveJobs', {
      moves: [{ id: ids[3], columnId: columns.closed, beforeId: null, outcome: 'ghosted' }],
    });
    expect(closed[0]).toMatchObject({ columnId: columns.closed, outcome: 'ghosted' });
  });

  it('tags several jobs, answering only the ones that changed, and takes the tag off again', async () => {
    const { call, ids, cardOf } = await setup();
    await call('tagJobs', { ids: [ids[0]], tag: 'Go', present: true });
    await call('tagJobs', { ids: [ids[0]], tag: 'Remote', present: true });
    const changed = await call('tagJobs', { ids: [ids[0], ids[1]], tag: 'remote', present: true });
    expect(changed.map((card: JobCard) => card.id)).toEqual([ids[1]]);
    expect(cardOf(ids[0]!).tags).toEqual(['Go', 'Remote']);
    await call('tagJobs', { ids: [ids[0], ids[1]], tag: 'REMOTE', present: false });
    expect([cardOf(ids[0]!).tags, cardOf(ids[1]!).tags]).toEqual([['Go'], []]);
  });

  it('sets no priority when one of the jobs is unknown, and names it', async () => {
    const { call, ids, cardOf } = await setup();
    await expect(call('setPriority', { ids: [ids[0], 999], priority: 3 })).rejects.toThrow(
      /^not_found: There is no job with id 999\.$/u,
    );
    expect(cardOf(ids[0]!).priority).toBe(0);
  });

  it('deletes several jobs at once and restores them all; an unknown id deletes none', async () => {
    const { call, ids, clock, db } = await setup();
    await expect(call('deleteJobs', { ids: [ids[0], 999] })).rejects.toThrow(/not_found/);
    expect(getBoard(db, clock).cards).toHaveLength(4);
    await call('deleteJobs', { ids: [ids[0], ids[1]] });
    expect(getBoard(db, clock).cards.map((card) => card.title)).toEqual(['C', 'D']);
    await call('restoreJobs', { ids: [ids[0], ids[1]] });
    expect(getBoard(db, clock).cards).toHaveLength(4);
  });
});
