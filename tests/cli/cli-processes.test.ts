/**
 * The CLI as separate processes: the built bundle (out/main/quarry.js) run by
 * an older Node and through `npx`, as the README documents it. Mutation testing
 * leaves this file out: it runs the build, not the mutated sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { JobRecord } from '../../src-shared/domain/job';
import { tempDir } from '../support/helpers';

const repoRootForCli = fileURLToPath(new URL('../..', import.meta.url));

/** A Node older than Quarry supports, where this machine has one (CI's own Node 20). */
const olderNode = ['/usr/bin/node', '/usr/local/bin/node'].find((candidate) => {
  if (!existsSync(candidate)) return false;
  const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return Number(version.replace(/^v/u, '').split('.')[0]) < 24;
});

describe('the CLI on an older Node', () => {
  it.runIf(olderNode)('says in one line which Node it needs, instead of crashing in the SQLite driver', () => {
    const run = spawnSync(olderNode!, ['out/main/quarry.js', 'list'], { cwd: repoRootForCli, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Quarry needs Node 24 or newer; this is Node 2\d\.\d+\.\d+\.\n$/u);
  });
});

describe('the documented commands, as a user types them', () => {
  const npx = (args: string[]) =>
    spawnSync('npx', ['--no-install', 'quarry', ...args], { cwd: repoRootForCli, encoding: 'utf8', env: { ...process.env } });

  it('print only their output: JSON a parser reads, a calendar file, the folder an empty list read', () => {
    const dir = tempDir();
    const empty = npx(['list', '--data-dir', dir]);
    expect(empty.stdout).toBe(`No jobs yet in ${dir}.\n`);
    expect(npx(['add', '--data-dir', dir, '--title', 'Platform Engineer', '--company', 'Acme']).status).toBe(0);
    const listed = npx(['list', '--json', '--data-dir', dir]);
    expect((JSON.parse(listed.stdout) as JobRecord[]).map((job) => job.title)).toEqual(['Platform Engineer']);
    const calendar = npx(['ics', '--data-dir', dir]);
    expect(calendar.stdout).toMatch(/^BEGIN:VCALENDAR\r?\n[\s\S]*END:VCALENDAR\r?\n$/u);
  });
});
