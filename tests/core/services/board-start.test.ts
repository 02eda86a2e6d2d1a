import { describe, expect, it } from 'vitest';
import { prioritise } from '../../../src-main/core/services/board-service';
import { addJob, getBoard, getBoardStart } from '../../../src-main/core/services/jobs-service';
import { changeSettings } from '../../../src-main/core/services/settings-service';
import { moveJob } from '../../../src-main/core/services/board-service';
import { testCore } from '../../support/helpers';

describe('the first paint of the board (#14: paint must not grow with the number of saved jobs)', () => {
  it('sends the top of every column in its order, with each column’s full count', async () => {
    const core = await testCore();
    const { db, clock } = core;
    const ids = Array.from({ length: 30 }, (_, index) => addJob(db, { title: `Job ${index}`, company: 'Co' }, clock).id);
    const columns = Object.fromEntries(getBoard(db, clock).columns.map((column) => [column.key, column.id]));
    for (const id of ids.slice(20)) moveJob(db, { id, columnId: columns.applied!, beforeId: null }, clock);
    // The last card moved to the top of Saved: the first page follows the user's order, not the ids.
    moveJob(db, { id: ids[19]!, columnId: columns.saved!, beforeId: ids[0]! }, clock);

    const start = getBoardStart(db, clock, 5);
    const titlesIn = (columnId: number) => start.cards.filter((card) => card.columnId === columnId).map((card) => card.title);
    expect(titlesIn(columns.saved!)).toEqual(['Job 19', 'Job 0', 'Job 1', 'Job 2', 'Job 3']);
    expect(titlesIn(columns.applied!)).toEqual(['Job 20', 'Job 21', 'Job 22', 'Job 23', 'Job 24']);
    expect(start.counts).toEqual({ [columns.saved!]: 20, [columns.applied!]: 10 });
    expect(start.columns).toEqual(getBoard(db, clock).columns);
  });

  it('takes a sorted column’s top by its sort', async () => {
    const core = await testCore();
    const { db, clock } = core;
    const ids = Array.from({ length: 8 }, (_, index) => addJob(db, { title: `Job ${index}`, company: 'Co' }, clock).id);
    const saved = getBoard(db, clock).columns.find((column) => column.key === 'saved')!.id;
    prioritise(db, [ids[6]!], 3, clock);
    prioritise(db, [ids[7]!], 2, clock);
    changeSettings(core, { columnSorts: { [saved]: 'priority' } });
    expect(getBoardStart(db, clock, 3).cards.map((card) => card.title)).toEqual(['Job 6', 'Job 7', 'Job 0']);
  });
});
