import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src-main/core/handlers';
import { addJob, getBoard } from '../../src-main/core/services/jobs-service';
import type { CallName } from '../../src-shared/contract';
import { groupByColumn } from '../../src-shared/domain/board';
import { installFakeBridge } from '../support/fake-bridge';
import { createCaller, testCore } from '../support/helpers';

/** The renderer's board and undo modules, answered by a real core through the contract. */
async function setup() {
  const core = await testCore();
  const call = createCaller(createHandlers(core, { emit: () => undefined }));
  installFakeBridge(new Proxy({}, { get: (_, name: string) => (args: unknown) => call(name as CallName, args) }));
  vi.stubGlobal('requestAnimationFrame', (step: () => void) => step());
  vi.stubGlobal('document', { querySelector: () => null });
  vi.resetModules();
  const { board } = await import('../../src-renderer/src/lib/board.svelte');
  const { history } = await import('../../src-renderer/src/lib/undo.svelte');
  const { selection } = await import('../../src-renderer/src/lib/selection.svelte');
  const ids = Object.fromEntries(
    ['A', 'B', 'C', 'D', 'E'].map((title) => [title, addJob(core.db, { title, company: 'Co' }, core.clock).id]),
  );
  const columns = Object.fromEntries(getBoard(core.db, core.clock).columns.map((column) => [column.key, column.id]));
  const layout = () =>
    Object.fromEntries(
      groupByColumn(getBoard(core.db, core.clock).columns, getBoard(core.db, core.clock).cards).map((group) => [
        group.column.key,
        group.cards.map(
          (card) =>
            `${card.title}${card.outcome ? `:${card.outcome}` : ''}${card.tags.length ? `#${card.tags.join('#')}` : ''}${card.priority ? `*${card.priority}` : ''}`,
        ),
      ]),
    );
  await call('moveJob', { id: ids.D, columnId: columns.applied, beforeId: null });
  await board.load();
  return { board, history, selection, ids, columns, layout, call };
}

beforeEach(() => vi.unstubAllGlobals());

describe('bulk actions with one undo (#14 item 11)', () => {
  it('moves picked cards from two columns together, and one undo puts each back in its place and order', async () => {
    const { board, history, ids, columns, layout } = await setup();
    const before = layout();
    expect(before).toMatchObject({ saved: ['A', 'B', 'C', 'E'], applied: ['D'] });
    // A sits right above B: putting A back needs B back first.
    await board.moveMany([ids.A!, ids.B!, ids.D!], columns.interviewing!);
    expect(layout()).toMatchObject({ saved: ['C', 'E'], applied: [], interviewing: ['A', 'B', 'D'] });
    expect(history.latest?.label).toBe('Moved 3 jobs to Interviewing');
    await board.moveMany([ids.C!], columns.applied!);
    expect(board.cards.find((card) => card.id === ids.C)?.appliedOn).not.toBeNull();
    await history.undo();
    // The date applied that the move set goes with it.
    expect(board.cards.find((card) => card.id === ids.C)?.appliedOn).toBeNull();
    await history.undo();
    expect(layout()).toEqual(before);
    expect(board.cards.find((card) => card.id === ids.A)?.columnId).toBe(columns.saved);
  });

  it('closes picked cards with one outcome, and the undo reopens them', async () => {
    const { board, history, ids, columns, layout } = await setup();
    const before = layout();
    await board.moveMany([ids.B!, ids.E!], columns.closed!, 'ghosted');
    expect(layout().closed).toEqual(['B:ghosted', 'E:ghosted']);
    expect(history.latest?.label).toBe('Closed 2 jobs as ghosted');
    await history.undo();
    expect(layout()).toEqual(before);
  });

  it('tags picked cards, and the undo takes the tag only off the cards that did not have it', async () => {
    const { board, history, ids, layout, call } = await setup();
    await call('tagJobs', { ids: [ids.A], tag: 'remote', present: true });
    await board.load();
    await board.tagMany([ids.A!, ids.B!], 'remote');
    expect(layout().saved).toEqual(['A#remote', 'B#remote', 'C', 'E']);
    expect(history.latest?.label).toBe('Tagged 1 job “remote”');
    await history.undo();
    expect(layout().saved).toEqual(['A#remote', 'B', 'C', 'E']);
  });

  it('rates and deletes picked cards, each undone in one step', async () => {
    const { board, history, ids, layout } = await setup();
    await board.prioritise([ids.A!], 1);
    await board.prioritise([ids.A!, ids.B!], 3);
    expect(layout().saved).toEqual(['A*3', 'B*3', 'C', 'E']);
    await history.undo();
    expect(layout().saved).toEqual(['A*1', 'B', 'C', 'E']);
    await board.removeMany([ids.B!, ids.C!]);
    expect(layout().saved).toEqual(['A*1', 'E']);
    expect(board.cards.map((card) => card.title).sort()).toEqual(['A', 'D', 'E']);
    await history.undo();
    expect(layout().saved).toEqual(['A*1', 'B', 'C', 'E']);
  });

  it('picks with toggles, ranges in the order shown, and all of a column', async () => {
    const { selection } = await setup();
    selection.toggle(2);
    selection.extendTo(4, [1, 2, 3, 4, 5]);
    expect([...selection.ids].sort()).toEqual([2, 3, 4]);
    selection.toggle(3);
    expect([...selection.ids].sort()).toEqual([2, 4]);
    selection.keepOnly(new Set([4, 5]));
    expect([...selection.ids]).toEqual([4]);
    selection.selectAll([7, 8]);
    expect(selection.size).toBe(2);
    selection.clear();
    expect(selection.size).toBe(0);
  });
});
