import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import type { JobRecord } from '../../src-shared/domain/job';
import { tempDir } from '../support/helpers';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('quarry CLI', () => {
  it('adds a job and lists it as JSON', async () => {
    const dir = tempDir();
    const added = await cli([
      'add',
      '--data-dir',
      dir,
      '--title',
      'Senior Backend Engineer',
      '--company',
      'Primer',
      '--url',
      'https://example.com/jobs/1',
    ]);
    expect(added.code).toBe(0);
    const listed = await cli(['list', '--json', '--data-dir', dir]);
    expect(listed.code).toBe(0);
    const jobs = JSON.parse(listed.out) as JobRecord[];
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      title: 'Senior Backend Engineer',
      company: 'Primer',
      url: 'https://example.com/jobs/1',
      column: 'Saved',
    });
  });

  it('uses QUARRY_DATA_DIR when --data-dir is absent', async () => {
    const dir = tempDir();
    await cli(['add', '--title', 'T', '--company', 'C'], { QUARRY_DATA_DIR: dir });
    const listed = await cli(['list', '--json', '--data-dir', dir]);
    expect(JSON.parse(listed.out)).toHaveLength(1);
  });

  it('explains invalid input and exits non-zero without writing', async () => {
    const dir = tempDir();
    const added = await cli(['add', '--data-dir', dir, '--title', '', '--company', 'C']);
    expect(added.code).toBe(1);
    expect(added.err).toMatch(/invalid_argument.*Title is required/);
    const listed = await cli(['list', '--json', '--data-dir', dir]);
    expect(JSON.parse(listed.out)).toEqual([]);
  });

  it('exports to a file and restores it elsewhere, replacing data there only with --replace', async () => {
    const source = tempDir();
    await cli(['add', '--data-dir', source, '--title', 'Exported', '--company', 'Acme']);
    const file = join(tempDir(), 'quarry.json');
    expect(await cli(['export', '--format', 'json', '--out', file, '--data-dir', source])).toMatchObject({ code: 0 });

    const target = tempDir();
    await cli(['add', '--data-dir', target, '--title', 'Already here', '--company', 'Globex']);
    const refused = await cli(['import-export', file, '--data-dir', target]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already has jobs/u);
    const replaced = await cli(['import-export', file, '--replace', '--data-dir', target]);
    expect(replaced).toMatchObject({ code: 0, out: 'Imported 1 jobs, 0 interview stages, 0 original files and 0 contacts.' });
    const listed = JSON.parse((await cli(['list', '--json', '--data-dir', target])).out) as JobRecord[];
    expect(listed.map((job) => job.title)).toEqual(['Exported']);
    expect((await cli(['backups', '--data-dir', target])).out).toMatch(/-replaced\.db/u);
  });

  it('rejects unknown commands and options with usage', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    const unknownOption = await cli(['list', '--bogus']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.err).toMatch(/Usage/);
  });
});
