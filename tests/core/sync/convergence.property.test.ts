import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { STAGE_KINDS } from '../../../src-shared/domain/job';
import { closeComputers, syncedState, testComputer, type TestComputer } from '../../support/sync-computers';
import { tempDir } from '../../support/helpers';

afterEach(closeComputers);

/**
 * Each computer has its own copy of the sync folder, as with Syncthing or Dropbox; a
 * simulated sync tool copies files between the copies at random moments, sometimes only
 * part of a file (a transfer in progress). Edits, moves, deletes, restores, stages, notes
 * and settings happen on random computers in between.
 */
type Action =
  | { kind: 'add'; on: number; title: number }
  | { kind: 'edit'; on: number; pick: number; title: number }
  | { kind: 'move'; on: number; pick: number; column: number; before: number }
  | { kind: 'delete'; on: number; pick: number }
  | { kind: 'restore'; on: number; pick: number }
  | { kind: 'stage'; on: number; pick: number; stageKind: number }
  | { kind: 'editStage'; on: number; pick: number; title: number }
  | { kind: 'deleteStage'; on: number; pick: number }
  | { kind: 'note'; on: number; pick: number; text: number }
  | { kind: 'setting'; on: number; days: number }
  | { kind: 'sync'; on: number }
  | { kind: 'transfer'; from: number; to: number; pick: number; share: number };

const on = fc.nat(2);
const pick = fc.nat(50);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), on, title: fc.nat(5) }),
  fc.record({ kind: fc.constant('edit' as const), on, pick, title: fc.nat(5) }),
  fc.record({ kind: fc.constant('move' as const), on, pick, column: fc.nat(6), before: fc.nat(50) }),
  fc.record({ kind: fc.constant('delete' as const), on, pick }),
  fc.record({ kind: fc.constant('restore' as const), on, pick }),
  fc.record({ kind: fc.constant('stage' as const), on, pick, stageKind: fc.nat(STAGE_KINDS.length - 1) }),
  fc.record({ kind: fc.constant('editStage' as const), on, pick, title: fc.nat(5) }),
  fc.record({ kind: fc.constant('deleteStage' as const), on, pick }),
  fc.record({ kind: fc.constant('note' as const), on, pick, text: fc.nat(5) }),
  fc.record({ kind: fc.constant('setting' as const), on, days: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('sync' as const), on }),
  fc.record({
    kind: fc.constant('transfer' as const),
    from: on,
    to: on,
    pick,
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

function filesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.endsWith('.tmp')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(root, path));
    }
  };
  walk(root);
  return found.sort();
}

/** The sync tool: brings `share` of one file from one copy of the folder to another (never into its owner's own corner). */
function transfer(
  roots: readonly string[],
  owners: readonly string[],
  from: number,
  to: number,
  pickIndex: number,
  share: number,
): void {
  if (from === to) return;
  const candidates = filesUnder(roots[from]!).filter((path) => !path.startsWith(`${owners[to]}/`));
  if (candidates.length === 0) return;
  const path = candidates[pickIndex % candidates.length]!;
  const source = readFileSync(join(roots[from]!, path));
  const target = join(roots[to]!, path);
  const have = existsSync(target) ? statSync(target).size : 0;
  mkdirSync(dirname(target), { recursive: true });
  if (path.endsWith('.jsonl')) {
    // Message files only grow: a transfer brings a longer prefix.
    if (source.length <= have) return;
    const upTo = have + Math.ceil((source.length - have) * share);
    writeFileSync(target, source.subarray(0, upTo));
  } else if (share < 0.2) {
    // A file replaced mid-transfer: half of it for now.
    writeFileSync(target, source.subarray(0, Math.floor(source.length / 2)));
  } else {
    copyFileSync(join(roots[from]!, path), target);
  }
}

function deliverEverything(roots: readonly string[], owners: readonly string[]): void {
  for (let from = 0; from < roots.length; from += 1) {
    for (let to = 0; to < roots.length; to += 1) {
      if (from === to) continue;
      for (const path of filesUnder(roots[from]!)) {
        if (!path.startsWith(`${owners[from]}/`)) continue;
        const target = join(roots[to]!, path);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(join(roots[from]!, path), target);
      }
    }
  }
}

const ids = (computer: TestComputer, sql: string) =>
  (computer.core.db.prepare(sql).all() as { id: number }[]).map((row) => row.id);
const nth = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

async function run(computer: TestComputer, step: Exclude<Action, { kind: 'transfer' }>): Promise<void> {
  const live = ids(computer, 'SELECT id FROM jobs WHERE deleted_at IS NULL ORDER BY id');
  const trashed = ids(computer, 'SELECT id FROM jobs WHERE deleted_at IS NOT NULL ORDER BY id');
  const stages = ids(
    computer,
    'SELECT s.id FROM stages s JOIN jobs j ON j.id = s.job_id WHERE j.deleted_at IS NULL ORDER BY s.id',
  );
  const columns = ids(computer, 'SELECT id FROM board_columns ORDER BY position');
  switch (step.kind) {
    case 'add':
      await computer.call('addJob', { title: `Job ${step.title}`, company: `Company ${step.title % 3}` });
      return;
    case 'edit': {
      const id = nth(live, step.pick);
      if (id === undefined) return;
      const job = await computer.call('getJobDetail', { id });
      await computer.call('editJob', {
        id,
        title: `Renamed ${step.title} on ${computer.name}`,
        company: job.company,
        location: job.location,
        remote: job.remote,
        url: job.url,
        tags: [...job.tags, `tag${step.title}`].slice(-3),
        employmentType: job.employmentType,
        salaryText: job.salary.text,
      });
      return;
    }
    case 'move': {
      const id = nth(live, step.pick);
      const columnId = nth(columns, step.column);
      if (id === undefined || columnId === undefined) return;
      const others = ids(
        computer,
        `SELECT id FROM jobs WHERE deleted_at IS NULL AND column_id = ${columnId} AND id != ${id} ORDER BY position`,
      );
      const beforeId = step.before % (others.length + 1) === others.length ? null : others[step.before % (others.length + 1)]!;
      await computer.call('moveJob', { id, columnId, beforeId, outcome: 'rejected' });
      return;
    }
    case 'delete': {
      const id = nth(live, step.pick);
      if (id !== undefined) await computer.call('deleteJob', { id });
      return;
    }
    case 'restore': {
      const id = nth(trashed, step.pick);
      if (id !== undefined) await computer.call('restoreJob', { id });
      return;
    }
    case 'stage': {
      const jobId = nth(live, step.pick);
      if (jobId !== undefined) {
        await computer.call('addStage', {
          jobId,
          kind: STAGE_KINDS[step.stageKind],
          title: `Stage ${step.stageKind}`,
          durationMinutes: 45,
        });
      }
      return;
    }
    case 'editStage': {
      const id = nth(stages, step.pick);
      if (id === undefined) return;
      const jobId = (computer.core.db.prepare('SELECT job_id AS jobId FROM stages WHERE id = ?').get(id) as { jobId: number })
        .jobId;
      const stage = (await computer.call('getJobDetail', { id: jobId })).stages.find((candidate) => candidate.id === id)!;
      await computer.call('updateStage', {
        id,
        kind: stage.kind,
        title: `Stage edited ${step.title}`,
        durationMinutes: stage.durationMinutes,
        startsAt: '2026-12-10T15:00:00.000Z',
        timeZone: 'Europe/Berlin',
        status: 'scheduled',
        location: null,
        interviewers: null,
        prepNotes: null,
        checklist: [],
        outcomeNotes: null,
      });
      return;
    }
    case 'deleteStage': {
      const id = nth(stages, step.pick);
      if (id !== undefined) await computer.call('deleteStage', { id });
      return;
    }
    case 'note': {
      const jobId = nth(live, step.pick);
      if (jobId !== undefined) await computer.call('saveNotes', { jobId, body: `Note ${step.text} from ${computer.name}` });
      return;
    }
    case 'setting':
      await computer.call('updateSettings', { followUpDays: step.days });
      return;
    case 'sync':
      computer.calls.sync.syncNow();
  }
}

describe('convergence', () => {
  it('any interleaving of edits and file transfers ends with the same data on every computer', async () => {
    let runs = 0;
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }),
        fc.array(action, { minLength: 5, maxLength: 40 }),
        async (count, actions) => {
          runs += 1;
          const roots = Array.from({ length: count }, () => tempDir('quarry-sync-copy-'));
          const computers: TestComputer[] = [];
          for (let index = 0; index < count; index += 1) {
            const computer = await testComputer(`PC${index}`);
            await computer.call('turnOnSync', { folder: roots[index], computerName: `PC${index}` });
            computers.push(computer);
          }
          const owners = computers.map((computer) => computer.calls.sync.status().computerId!);
          for (const step of actions) {
            steps += 1;
            if (step.kind === 'transfer') transfer(roots, owners, step.from % count, step.to % count, step.pick, step.share);
            else await run(computers[step.on % count]!, step);
          }
          for (const computer of computers) computer.calls.sync.flush();
          deliverEverything(roots, owners);
          for (let round = 0; round < 2; round += 1) for (const computer of computers) computer.calls.sync.syncNow();
          const first = syncedState(computers[0]!.core);
          for (const computer of computers.slice(1)) expect(syncedState(computer.core)).toEqual(first);
          for (const computer of computers) {
            expect(computer.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
            expect(computer.calls.sync.status().warnings).toEqual([]);
          }
          await closeComputers();
        },
      ),
      { numRuns: Number(process.env.QUARRY_SYNC_RUNS ?? 40) },
    );
    console.info(`sync convergence: ${runs} runs, ${steps} steps`);
  }, 600_000);
});
