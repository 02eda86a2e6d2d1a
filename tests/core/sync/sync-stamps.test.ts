import { describe, expect, it } from 'vitest';
import { specOf } from '../../../src-shared/domain/sync';
import { cellStamps, setCellStamps } from '../../../src-main/core/repos/sync-repo';
import { testCore } from '../../support/helpers';

const ROW = 'listing:abc';
const T1 = '2026-12-02T10:00:00.000Z-0000-00000000000000AA';
const T2 = '2026-12-02T11:00:00.000Z-0000-00000000000000AA';
const T3 = '2026-12-02T12:00:00.000Z-0000-00000000000000BB';

const stored = (core: Awaited<ReturnType<typeof testCore>>) =>
  JSON.parse(
    (
      core.db.prepare('SELECT stamps_json AS json FROM sync_stamps WHERE dataset = ? AND sync_id = ?').get('jobs', ROW) as {
        json: string;
      }
    ).json,
  ) as Record<string, string>;

const everyCell = () => [...specOf('jobs').columns, '_deleted'];

describe('cell stamps, kept as one record per row', () => {
  it('keeps a whole row’s stamp once, and only the cells that differ from it', async () => {
    const core = await testCore();
    setCellStamps(
      core.db,
      'jobs',
      ROW,
      everyCell().map((column) => [column, T1] as const),
    );
    expect(stored(core)).toEqual({ '*': T1 });
    expect(new Set(cellStamps(core.db, 'jobs', ROW).values())).toEqual(new Set([T1]));
    expect(cellStamps(core.db, 'jobs', ROW).size).toBe(everyCell().length);

    setCellStamps(core.db, 'jobs', ROW, [['title', T2]]);
    setCellStamps(core.db, 'jobs', ROW, [['company', T1]]);
    expect(stored(core)).toEqual({ '*': T1, title: T2 });
    const stamps = cellStamps(core.db, 'jobs', ROW);
    expect([stamps.get('title'), stamps.get('company'), stamps.get('_deleted')]).toEqual([T2, T1, T1]);
  });

  it('does not take a row with one cell stamped apart for a whole one', async () => {
    const core = await testCore();
    const cells = everyCell().map((column) => [column, column === 'location' ? T3 : T1] as const);
    setCellStamps(core.db, 'jobs', ROW, cells);
    expect(Object.fromEntries(cellStamps(core.db, 'jobs', ROW))).toEqual(Object.fromEntries(cells));
  });

  it('keeps only the cells it was given for a row it has not seen whole', async () => {
    const core = await testCore();
    setCellStamps(core.db, 'jobs', ROW, [['title', T2]]);
    expect(stored(core)).toEqual({ title: T2 });
    expect(Object.fromEntries(cellStamps(core.db, 'jobs', ROW))).toEqual({ title: T2 });
    expect(cellStamps(core.db, 'jobs', 'listing:never-seen').size).toBe(0);
  });
});
