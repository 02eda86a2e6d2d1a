import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobDetail } from '../../src-shared/domain/job';
import { boardColumn, jobCard } from '../support/cards';
import { installFakeBridge } from '../support/fake-bridge';

const column = (id: number, key: string, closes = false) => boardColumn(id, key, closes, id * 1024);
const COLUMNS = [column(1, 'saved'), column(2, 'applied'), column(3, 'closed', true)];
const card = (id: number, columnId: number, title = `Job ${id}`) => jobCard(id, columnId, id * 1024, { title });

/** Fresh module instances for each test: the state modules are singletons. */
async function modules() {
  vi.resetModules();
  return {
    ...(await import('../../src-renderer/src/lib/ui.svelte')),
    ...(await import('../../src-renderer/src/lib/board.svelte')),
    ...(await import('../../src-renderer/src/lib/undo.svelte')),
    ...(await import('../../src-renderer/src/lib/notifications.svelte')),
    ...(await import('../../src-renderer/src/lib/job-detail.svelte')),
    ...(await import('../../src-renderer/src/lib/imports.svelte')),
    ...(await import('../../src-renderer/src/lib/commands')),
  };
}

let fake: ReturnType<typeof installFakeBridge>;
beforeEach(() => {
  vi.unstubAllGlobals();
  fake = installFakeBridge();
  // Focus follows a card after an undo; there is no page to focus in here.
  vi.stubGlobal('requestAnimationFrame', (step: () => void) => step());
  vi.stubGlobal('document', { querySelector: () => null });
});

describe('ui', () => {
  it('keeps one dialog open at a time, and a late close of another dialog leaves it open', async () => {
    const { ui } = await modules();
    ui.openDialog('settings');
    ui.openDialog('search');
    ui.closeDialog('settings');
    expect(ui.dialog).toBe('search');
    ui.closeDialog('search');
    expect(ui.dialog).toBeNull();
  });

  it('opens and closes a job, and holds a move until its outcome is chosen', async () => {
    const { ui } = await modules();
    ui.openJob(7);
    expect(ui.openJobId).toBe(7);
    ui.closeJob();
    expect(ui.openJobId).toBeNull();
    ui.askOutcome({ card: card(1, 1), column: COLUMNS[2]!, beforeId: null });
    expect(ui.closeRequest?.column.key).toBe('closed');
    ui.settleOutcome();
    expect(ui.closeRequest).toBeNull();
  });
});

describe('commands', () => {
  it('runs each command of the table: dialogs, views, undo', async () => {
    const { runCommand, ui, history } = await modules();
    runCommand('new-job');
    expect(ui.dialog).toBe('add-job');
    runCommand('show-shortcuts');
    expect(ui.dialog).toBe('shortcuts');
    runCommand('show-agenda');
    expect(ui.view).toBe('agenda');
    const undo = vi.fn(async () => undefined);
    history.push({ label: 'Moved', undo });
    runCommand('undo');
    await vi.waitFor(() => expect(undo).toHaveBeenCalledOnce());
  });

  it('imports through the page’s file picker in the browser and the system dialog in the desktop app', async () => {
    const { runCommand, imports } = await modules();
    const pick = vi.fn();
    imports.usePicker(false, pick);
    runCommand('import-files');
    expect(pick).toHaveBeenCalledOnce();
    fake.answer('importWithDialog', () => null);
    imports.usePicker(true, pick);
    runCommand('import-folder');
    await vi.waitFor(() => expect(fake.calls).toContainEqual({ name: 'importWithDialog', args: { folders: true } }));
    expect(pick).toHaveBeenCalledOnce();
  });
});

describe('undo history and notifications', () => {
  it('undoes the latest action first, and a failed undo becomes the notification', async () => {
    const { history, notifications } = await modules();
    const order: string[] = [];
    history.push({ label: 'First', undo: async () => void order.push('first') });
    history.push({
      label: 'Second',
      undo: async () => {
        throw new Error('disk full');
      },
    });
    expect(history.latest?.label).toBe('Second');
    await history.undo();
    expect(notifications.message).toBe('Could not undo “Second”: disk full');
    expect(history.latest).toBeNull();
    expect(history.undone).toBeNull();
    await history.undo();
    expect(order).toEqual(['first']);
    expect(history.undone).toBe('First');
    history.push({ label: 'Third', undo: async () => undefined });
    expect(notifications.message).toBeNull();
    history.forget();
    expect(history.latest).toBeNull();
  });
});

describe('board', () => {
  it('loads the board, or says why it could not', async () => {
    const { board } = await modules();
    await board.load();
    expect(board.status).toBe('failed');
    expect(board.loadError).toBe('no answer for getBoard');
    fake.answer('getBoard', () => ({ columns: COLUMNS, cards: [card(1, 1), card(2, 1)] }));
    await board.load();
    expect(board.status).toBe('ready');
    expect(board.cardsIn(1).map((shown) => shown.id)).toEqual([1, 2]);
  });

  it('moves a card, names the move for undo, and undo puts it back above the card it was above', async () => {
    const { board, history, notifications } = await modules();
    fake.answer('getBoard', () => ({ columns: COLUMNS, cards: [card(1, 1), card(2, 1, '')] }));
    await board.load();
    fake.answer('moveJob', (args: { id: number; columnId: number }) => ({
      ...card(args.id, args.columnId, 'Job 1'),
      position: 9999,
    }));
    fake.answer('moveJobs', (args: { moves: { id: number; columnId: number }[] }) =>
      args.moves.map((move) => card(move.id, move.columnId)),
    );
    await board.move(1, 2, null);
    expect(history.latest?.label).toBe('Moved Job 1 to Applied');
    await history.undo();
    expect(fake.calls.at(-1)).toEqual({ name: 'moveJobs', args: { moves: [{ id: 1, columnId: 1, beforeId: 2 }] } });
    expect(notifications.message).toBeNull();
  });

  it('paints the top of each column first, counting every job, then loads the rest', async () => {
    const { board } = await modules();
    fake.answer('getBoardStart', () => ({ columns: COLUMNS, cards: [card(1, 1)], counts: { 1: 3 } }));
    fake.answer('getBoard', () => ({ columns: COLUMNS, cards: [card(1, 1), card(2, 1), card(3, 1)] }));
    await board.start();
    expect(board.status).toBe('ready');
    expect([board.cards.length, board.total, board.countIn(1, 1)]).toEqual([1, 3, 3]);
    await vi.waitFor(() => expect(board.cards).toHaveLength(3));
    expect([board.total, board.countIn(1, 2)]).toEqual([3, 2]);
  });

  it('filters through methods and clears every filter at once', async () => {
    const { board } = await modules();
    fake.answer('getBoard', () => ({ columns: COLUMNS, cards: [{ ...card(1, 1), tags: ['go'] }, card(2, 1)] }));
    await board.load();
    board.setFilter('tag', 'go');
    expect(board.grouped[0]!.cards.map((shown) => shown.id)).toEqual([1]);
    board.clearFilters();
    expect(board.grouped[0]!.cards).toHaveLength(2);
  });
});

describe('job detail', () => {
  it('edits a job, refreshes its card and detail, and undo restores the fields it had', async () => {
    const { board, jobDetail, history, editOf } = await modules();
    const detail: JobDetail = {
      ...card(1, 1),
      category: null,
      applyUrl: null,
      logoUrl: null,
      postedAt: null,
      employmentType: null,
      salary: { min: null, max: null, currency: null, period: null, text: null },
      descriptionHtml: null,
      remoteImagesAllowed: false,
      importedAt: null,
      sourceFileName: null,
      notes: '',
      contacts: [],
      documents: [],
      stages: [],
      history: [],
    };
    let current = detail;
    fake.answer('getBoard', () => ({ columns: COLUMNS, cards: [card(1, 1)] }));
    fake.answer('getJobDetail', () => current);
    fake.answer('editJob', (args: { id: number; title: string }) => {
      current = { ...current, title: args.title };
      return { ...card(1, 1), title: args.title };
    });
    await board.load();
    await jobDetail.load(1);
    await jobDetail.edit(1, { ...editOf(detail), title: 'Staff Engineer' });
    expect(jobDetail.detail?.title).toBe('Staff Engineer');
    expect(board.cards[0]!.title).toBe('Staff Engineer');
    expect(history.latest?.label).toBe('Edited Job 1');
    await history.undo();
    expect(jobDetail.detail?.title).toBe('Job 1');
  });

  it('shows the job asked for last, even when an earlier job’s answer arrives after it', async () => {
    const { jobDetail } = await modules();
    const answers = new Map<number, (detail: unknown) => void>();
    fake.answer('getJobDetail', (args: { id: number }) => new Promise((resolve) => answers.set(args.id, resolve)) as never);
    const first = jobDetail.load(1);
    const second = jobDetail.load(2);
    await vi.waitFor(() => expect(answers.size).toBe(2));
    answers.get(2)!({ ...card(2, 1), title: 'The one asked for last' });
    await second;
    answers.get(1)!({ ...card(1, 1), title: 'An earlier answer, late' });
    await first;
    expect(jobDetail.detail?.title).toBe('The one asked for last');
  });

  it('says why a job could not be read', async () => {
    const { jobDetail } = await modules();
    await jobDetail.load(5);
    expect(jobDetail.detail).toBeNull();
    expect(jobDetail.error).toBe('no answer for getJobDetail');
  });
});
