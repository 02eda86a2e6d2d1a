import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeClock } from '../../support/helpers';
import { closeComputers, sharedFolder, testComputer, type TestComputer } from '../../support/sync-computers';

/**
 * Sync without a button: the timers and the folder watcher the app runs with, shortened.
 * Every other sync test runs its passes by hand.
 */

afterEach(closeComputers);

const QUICK = { pollMs: 0, debounceMs: 30, watch: false, outboxMs: 0 };
const WAIT = { timeout: 5_000, interval: 20 };

async function turnedOn(name: string, folder: string, timing = QUICK): Promise<{ computer: TestComputer; id: string }> {
  const computer = await testComputer(name, fakeClock(), timing);
  const status = await computer.call('turnOnSync', { folder, computerName: name });
  return { computer, id: status.computerId! };
}

/** Lines in a computer's message files: each append is one or more lines, a burst of a few changes one line. */
function linesWritten(folder: string, computerId: string): number {
  const messages = join(folder, computerId, 'messages');
  return readdirSync(messages).reduce((sum, file) => sum + readFileSync(join(messages, file), 'utf8').split('\n').length - 1, 0);
}

const titles = async (computer: TestComputer) => (await computer.call('getBoard')).cards.map((card) => card.title).sort();

describe('sync on its own', () => {
  it('writes a burst of changes out once, shortly after the last of them', async () => {
    const folder = sharedFolder();
    const { computer: laptop, id } = await turnedOn('Laptop', folder, { ...QUICK, debounceMs: 150 });
    const before = linesWritten(folder, id);
    for (const title of ['One', 'Two', 'Three']) await laptop.call('addJob', { title, company: 'Acme' });
    expect(linesWritten(folder, id)).toBe(before);
    await vi.waitFor(() => expect(linesWritten(folder, id)).toBe(before + 1), WAIT);
  });

  it('reads another computer’s new file when the folder changes, without a pass by hand', async () => {
    const folder = sharedFolder();
    const { computer: laptop } = await turnedOn('Laptop', folder);
    const { computer: desk } = await turnedOn('Desk-PC', folder, { ...QUICK, watch: true });
    await laptop.call('addJob', { title: 'Seen by the watcher', company: 'Acme' });
    await vi.waitFor(async () => expect(await titles(desk)).toEqual(['Seen by the watcher']), WAIT);
    expect(desk.events.some((sent) => sent.event === 'dataChanged')).toBe(true);
  });

  it('looks again every so often where the folder sends no news, and writes out changes another process made here', async () => {
    const folder = sharedFolder();
    const { computer: laptop } = await turnedOn('Laptop', folder, { ...QUICK, debounceMs: -1, outboxMs: 40 });
    const { computer: desk } = await turnedOn('Desk-PC', folder, { ...QUICK, pollMs: 40 });
    // Written the way the command line writes: a change this process's services never heard of.
    laptop.core.db.prepare("UPDATE board_columns SET name = 'Sent' WHERE key = 'applied'").run();
    await vi.waitFor(async () => {
      const board = await desk.call('getBoard');
      expect(board.columns.find((column) => column.key === 'applied')?.name).toBe('Sent');
    }, WAIT);
  });

  it('stops every timer when turned off: later changes stay here', async () => {
    const folder = sharedFolder();
    const { computer: laptop, id } = await turnedOn('Laptop', folder, { pollMs: 20, debounceMs: 10, watch: true, outboxMs: 20 });
    await laptop.call('turnOffSync');
    const before = linesWritten(folder, id);
    await laptop.call('addJob', { title: 'Only here', company: 'Acme' });
    await new Promise((done) => setTimeout(done, 200));
    expect(linesWritten(folder, id)).toBe(before);
  });
});
