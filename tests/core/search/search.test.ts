import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import { parseSearchQuery, typoDistance } from '../../../src-shared/domain/search-query';
import { TrigramIndex } from '../../../src-main/core/search/trigram-index';
import type { JobRecord } from '../../../src-shared/domain/job';
import type { SearchHit } from '../../../src-shared/domain/search-hit';
import { tempDir, testCore } from '../../support/helpers';
import { fixturePath, sharedPath } from '../../support/shared-data';
import { EMPTY_JOB_EDIT } from '../../support/cards';

const seed = sharedPath('corpus/seed/primer-senior-backend-engineer.html');

async function setup() {
  const core = await testCore();
  const handlers = createHandlers(core, { emit: () => undefined });
  const call = async (name: string, args: unknown) => {
    const result = await dispatch(handlers, name, args);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as never;
  };
  const { ImportRunner } = await import('../../../src-main/core/services/import-runner');
  await new ImportRunner(core, { emit: () => undefined }).runPaths(
    [seed, fixturePath('readme-list.html'), fixturePath('greenhouse.html')],
    'test',
    { takeLists: true },
  );
  const search = async (query: string) => ((await call('search', { query })) as SearchHit[]).map((hit) => hit.title);
  return { core, call, search };
}

describe('typo distance and corrections', () => {
  it('counts a dropped, added, changed or swapped letter as one typo, and stops past the limit', () => {
    expect(typoDistance('dtaa', 'data', 2)).toBe(1);
    expect(typoDistance('moblie', 'mobile', 2)).toBe(1);
    expect(typoDistance('dta', 'data', 2)).toBe(1);
    expect(typoDistance('datta', 'data', 2)).toBe(1);
    expect(typoDistance('dbta', 'data', 2)).toBe(1);
    expect(typoDistance('data', 'data', 2)).toBe(0);
    expect(typoDistance('growth', 'gowth', 1)).toBe(1);
    expect(typoDistance('kubernetes', 'kbrnts', 2)).toBe(3);
    expect(typoDistance('a', 'abcdef', 2)).toBe(3);
    expect(typoDistance('infrastructure'.repeat(6), 'infrastructur'.repeat(6), 9)).toBe(6);
  });

  it('offers the saved words a typed word is a typo of, closest and commonest first, and forgets words no job holds', () => {
    const index = new TrigramIndex();
    index.set(1, 'Data Engineer');
    index.set(2, 'Data Scientist');
    index.set(3, 'Date Picker Developer');
    expect(index.corrections('dtaa')).toEqual([{ word: 'data', distance: 1 }]);
    expect(index.corrections('datx')).toEqual([
      { word: 'data', distance: 1 },
      { word: 'date', distance: 1 },
    ]);
    expect(index.corrections('data')).toEqual([]);
    expect(index.corrections('da')).toEqual([]);
    expect(index.candidates(['dtaa', 'enginer'], 10)).toEqual([1]);
    index.delete(3);
    expect(index.corrections('datx')).toEqual([{ word: 'data', distance: 1 }]);
  });
});

describe('search', () => {
  it('parses words, quoted phrases and operators', () => {
    expect(parseSearchQuery('system design company:"Acme Corp" tag:Go status:applied')).toEqual({
      terms: ['system', 'design'],
      company: 'acme corp',
      tag: 'go',
      status: 'applied',
    });
  });

  it('forgives typos in short fields', async () => {
    const { search } = await setup();
    expect((await search('kubernets'))[0]).toBe('Senior Backend Engineer');
    expect((await search('primr backnd'))[0]).toBe('Senior Backend Engineer');
    expect((await search('Stark Industires'))[0]).toBe('Backend Engineer');
  });

  it('forgives a swapped or doubled letter in a short word, which leaves no trigram in common ("pirmer bakcend")', async () => {
    const { search } = await setup();
    expect((await search('pirmer bakcend'))[0]).toBe('Senior Backend Engineer');
    expect((await search('prmier sneior'))[0]).toBe('Senior Backend Engineer');
  });

  it('finds words that only appear in descriptions, and interview stages', async () => {
    const { search } = await setup();
    expect(await search('terraform')).toContain('Senior Backend Engineer');
    expect(await search('pair programming')).toContain('Senior Backend Engineer');
    expect(await search('payment rails')).toContain('Staff Backend Engineer');
  });

  it('ranks a job tagged or titled with the words above jobs whose descriptions only mention them', async () => {
    const { core, call } = await setup();
    const hits = async (query: string) => (await call('search', { query })) as SearchHit[];
    const tagged = (await call('addJob', { title: 'Cluster Wrangler', company: 'Initrode' })) as { id: number };
    await call('editJob', {
      id: tagged.id,
      title: 'Cluster Wrangler',
      company: 'Initrode',
      location: null,
      remote: null,
      url: null,
      tags: ['kubernetes'],
      employmentType: null,
      salaryText: null,
    });
    const described = (await call('addJob', { title: 'Data Engineer', company: 'Umbrella' })) as { id: number };
    core.db
      .prepare("UPDATE jobs SET description_text = 'Kubernetes, kubernetes and more kubernetes every day' WHERE id = ?")
      .run(described.id);
    core.jobsChanged([described.id]);
    const found = await hits('kubernets');
    const rank = (id: number) => found.findIndex((hit) => hit.id === id);
    expect(rank(described.id)).toBeGreaterThan(rank(tagged.id));
    expect(found.find((hit) => hit.id === described.id)?.inDescription).toBe(true);
    // A job with no description never says it matched in one, even when the words are its title's.
    expect((await hits('cluster wrangler')).find((hit) => hit.id === tagged.id)?.inDescription).toBe(false);
  });

  it('finds interviewers, prep checklists and contacts, typos forgiven', async () => {
    const { call } = await setup();
    const hits = async (query: string) => (await call('search', { query })) as SearchHit[];
    const job = (await call('addJob', { title: 'Mobile Developer', company: 'Cyberdyne' })) as { id: number };
    const stage = (await call('addStage', { jobId: job.id, kind: 'technical', title: 'Tech screen', durationMinutes: 60 })) as {
      id: number;
    };
    await call('updateStage', {
      id: stage.id,
      kind: 'technical',
      title: 'Tech screen',
      durationMinutes: 60,
      startsAt: null,
      timeZone: null,
      status: 'planned',
      location: null,
      interviewers: 'Sam Lee, Jo Park',
      prepNotes: null,
      checklist: [{ text: 'Revise Kotlin coroutines', done: false }],
      outcomeNotes: null,
    });
    const other = (await call('addJob', { title: 'QA Engineer', company: 'Tyrell' })) as { id: number };
    await call('addContact', { jobId: other.id, name: 'Priya Raman', role: 'Recruiter', email: null, link: null });
    expect((await hits('Sam Lee'))[0]!.id).toBe(job.id);
    expect((await hits('coroutines'))[0]!.id).toBe(job.id);
    expect((await hits('pria raman'))[0]!.id).toBe(other.id);
  });

  it('applies operators', async () => {
    const { search } = await setup();
    expect(await search('engineer company:globex')).toEqual(['Platform Engineer']);
    expect(await search('tag:svelte')).toEqual(['Senior Frontend Engineer']);
    expect((await search('status:saved')).length).toBe(5);
  });

  it('follows edits, notes, contacts, deletes and restores without a rebuild', async () => {
    const { call, search, core } = await setup();
    const size = core.search().size;
    const platform = (await search('Platform Engineer'))[0];
    expect(platform).toBe('Platform Engineer');
    const id = ((await call('search', { query: 'Platform Engineer' })) as SearchHit[])[0]!.id;
    await call('editJob', { ...EMPTY_JOB_EDIT, id, title: 'Observability Lead', company: 'Globex' });
    expect((await search('observabilty'))[0]).toBe('Observability Lead');
    await call('saveNotes', { jobId: id, body: 'Spoke with Priyanka about dashboards' });
    expect((await search('priyanka'))[0]).toBe('Observability Lead');
    await call('addContact', { jobId: id, name: 'Mariana Okafor', role: 'Recruiter', email: null, link: null });
    expect((await search('okafor'))[0]).toBe('Observability Lead');
    await call('deleteJob', { id });
    expect(await search('observability')).toEqual([]);
    await call('restoreJob', { id });
    expect((await search('observability'))[0]).toBe('Observability Lead');
    expect(core.search().size).toBe(size);
  });

  it('is available from the CLI as JSON records', async () => {
    const dir = tempDir();
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: () => undefined, env: {} };
    await runCli(['import', '--data-dir', dir, seed], io);
    out.length = 0;
    expect(await runCli(['search', '--json', '--data-dir', dir, 'kubernets'], io)).toBe(0);
    const [first] = JSON.parse(out.join('\n')) as (JobRecord & { score: number })[];
    expect(first).toMatchObject({ title: 'Senior Backend Engineer', company: 'Primer', column: 'Saved' });
    expect(first!.score).toBeGreaterThan(0);
  });
});
