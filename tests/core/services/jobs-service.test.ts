import { describe, expect, it } from 'vitest';
import { addJob, getBoard, getJobRecord, listJobRecords } from '../../../src-main/core/services/jobs-service';
import { listStatusChanges } from '../../../src-main/core/repos/history-repo';
import { findJob } from '../../../src-main/core/repos/jobs-repo';
import { QuarryError } from '../../../src-shared/errors';
import { fakeClock, testCore } from '../../support/helpers';

describe('jobs service', () => {
  it('adds jobs to the bottom of the first open column and records the status change', async () => {
    const clock = fakeClock();
    const { db } = await testCore({ clock });
    const first = addJob(db, { title: 'Backend Engineer', company: 'Primer', url: 'https://example.com/1' }, clock);
    clock.advance(1000);
    const second = addJob(db, { title: 'SRE', company: 'Acme' }, clock);
    const board = getBoard(db, clock);
    const saved = board.columns.find((column) => column.key === 'saved')!;
    expect(first.columnId).toBe(saved.id);
    expect(second.position).toBeGreaterThan(first.position);
    expect(first.createdAt).toBe('2026-11-24T09:00:00.000Z');
    expect(findJob(db, first.id)?.url).toBe('https://example.com/1');
    expect(findJob(db, second.id)?.url).toBeNull();
    expect(listStatusChanges(db, first.id)).toEqual([
      { jobId: first.id, fromColumnId: null, toColumnId: saved.id, outcome: null, changedAt: '2026-11-24T09:00:00.000Z' },
    ]);
  });

  it('lists jobs in the stable public JSON shape', async () => {
    const clock = fakeClock();
    const { db } = await testCore({ clock });
    addJob(db, { title: 'Backend Engineer', company: 'Primer' }, clock);
    const [record] = listJobRecords(db);
    expect(Object.keys(record!).sort()).toEqual(
      [
        'id',
        'title',
        'company',
        'location',
        'remote',
        'url',
        'tags',
        'postedAt',
        'salary',
        'employmentType',
        'column',
        'stages',
        'descriptionText',
      ].sort(),
    );
    expect(record).toMatchObject({
      title: 'Backend Engineer',
      company: 'Primer',
      column: 'Saved',
      tags: [],
      stages: [],
      salary: { min: null, max: null, currency: null, period: null, text: null },
    });
  });

  it('reports a missing job as not_found', async () => {
    const { db } = await testCore();
    expect(() => getJobRecord(db, 99)).toThrow(QuarryError);
    try {
      getJobRecord(db, 99);
    } catch (error) {
      expect((error as QuarryError).code).toBe('not_found');
    }
  });
});
