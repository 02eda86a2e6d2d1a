import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src-main/core/handlers';
import type { EventName } from '../../../src-shared/contract';
import { EMPTY_JOB_EDIT } from '../../support/cards';
import { createCaller, testCore } from '../../support/helpers';

const base64 = (text: string) => Buffer.from(text).toString('base64');

/**
 * Each call that changes a job says which (search, reminders and sync refresh for
 * exactly those), and a call whose result cannot show what changed tells the page to
 * reload. Recorded here at the core's own `jobsChanged`, the one place they meet.
 */
async function setup() {
  const core = await testCore();
  const changed: number[][] = [];
  const forward = core.jobsChanged;
  core.jobsChanged = (ids) => {
    changed.push([...ids].sort((a, b) => a - b));
    forward(ids);
  };
  const reloads: string[] = [];
  const call = createCaller(
    createHandlers(core, {
      emit: (name: EventName, payload?: unknown) => {
        if (name === 'dataChanged') reloads.push((payload as { reason: string }).reason);
      },
    }),
  );
  /** What one call reported as changed: the job ids and the reload it asked for, if any. */
  const changesOf = async (run: () => Promise<unknown>) => {
    changed.length = 0;
    reloads.length = 0;
    await run();
    return { jobs: [...changed], reloads: [...reloads] };
  };
  return { core, call, changesOf };
}

describe('what each call declares it changed', () => {
  it('names the one job a board call touched, and no job for a call that only reads', async () => {
    const { call, changesOf } = await setup();
    const other = await call('addJob', { title: 'Data Engineer', company: 'Globex' });
    const first = await changesOf(() => call('addJob', { title: 'Platform Engineer', company: 'Acme' }));
    const { cards, columns } = await call('getBoard', {});
    const job = cards.find((card) => card.title === 'Platform Engineer')!;
    expect(first).toEqual({ jobs: [[job.id]], reloads: [] });
    const only = { jobs: [[job.id]], reloads: [] };
    const both = { jobs: [[other.id, job.id].sort((a, b) => a - b)], reloads: [] };
    const applied = columns[1]!.id;

    expect(await changesOf(() => call('getBoard', {}))).toEqual({ jobs: [], reloads: [] });
    expect(await changesOf(() => call('moveJob', { id: job.id, columnId: applied, beforeId: null }))).toEqual(only);
    expect(
      await changesOf(() => call('moveJobs', { moves: [{ id: job.id, columnId: columns[0]!.id, beforeId: null }] })),
    ).toEqual(only);
    expect(
      await changesOf(() =>
        call('editJob', {
          id: job.id,
          ...EMPTY_JOB_EDIT,
          title: 'Staff Platform Engineer',
          company: 'Acme',
        }),
      ),
    ).toEqual(only);
    expect(await changesOf(() => call('tagJobs', { ids: [job.id, other.id], tag: 'rust', present: true }))).toEqual(both);
    expect(
      await changesOf(() => call('setJobDates', { id: job.id, appliedOn: '2026-11-20', applyBy: null, followUpOn: null })),
    ).toEqual(only);
    expect(await changesOf(() => call('setPriority', { ids: [other.id, job.id], priority: 2 }))).toEqual(both);
    expect(await changesOf(() => call('saveNotes', { jobId: job.id, body: 'Ask about on-call' }))).toEqual(only);
    const contact = await call('addContact', { jobId: job.id, name: 'Ana Lima', role: 'Recruiter', email: null, link: null });
    expect(await changesOf(() => call('removeContact', { jobId: job.id, personId: contact.id }))).toEqual(only);
    expect(
      await changesOf(() => call('addContact', { jobId: job.id, name: 'Bo Chen', role: null, email: null, link: null })),
    ).toEqual(only);
    expect(await changesOf(() => call('setRemoteImages', { id: job.id, allowed: true }))).toEqual({ jobs: [], reloads: [] });
    expect(await changesOf(() => call('deleteJob', { id: job.id }))).toEqual(only);
    expect(await changesOf(() => call('restoreJob', { id: job.id }))).toEqual(only);
    expect(await changesOf(() => call('deleteJobs', { ids: [other.id, job.id] }))).toEqual(both);
    expect(await changesOf(() => call('restoreJobs', { ids: [other.id, job.id] }))).toEqual(both);
    // The contract's "no record" answer is null on every call, never nothing.
    expect(await call('saveNotes', { jobId: job.id, body: '' })).toBeNull();
    expect(await call('deleteJob', { id: job.id })).toBeNull();
    expect(await call('deleteJobs', { ids: [other.id] })).toBeNull();
  });

  it('names the job whose stages, people or documents changed', async () => {
    const { call, changesOf } = await setup();
    const job = await call('addJob', { title: 'Platform Engineer', company: 'Acme' });
    const other = await call('addJob', { title: 'Data Engineer', company: 'Globex' });
    const only = { jobs: [[job.id]], reloads: [] };

    const stage = await call('addStage', { jobId: job.id, kind: 'recruiter_call', title: 'Recruiter call', durationMinutes: 30 });
    const fields = {
      kind: 'recruiter_call' as const,
      title: 'Recruiter call',
      durationMinutes: 45,
      startsAt: '2026-12-01T15:00:00.000Z',
      timeZone: 'Europe/Lisbon',
      status: 'planned' as const,
      location: null,
      interviewers: null,
      prepNotes: null,
      checklist: [],
      outcomeNotes: null,
    };
    expect(await changesOf(() => call('updateStage', { id: stage.id, ...fields }))).toEqual(only);
    expect(await changesOf(() => call('moveStage', { id: stage.id, direction: 'down' }))).toEqual({ jobs: [], reloads: [] });
    expect(await changesOf(() => call('deleteStage', { id: stage.id }))).toEqual(only);
    expect(await changesOf(() => call('restoreStage', { jobId: job.id, ...fields }))).toEqual(only);
    expect(
      await changesOf(() => call('addStage', { jobId: job.id, kind: 'system_design', title: 'Design', durationMinutes: 60 })),
    ).toEqual(only);

    const ana = await call('addContact', { jobId: job.id, name: 'Ana Lima', role: null, email: null, link: null });
    const twin = await call('addContact', { jobId: other.id, name: 'Ana L.', role: null, email: null, link: null });
    const both = { jobs: [[job.id, other.id].sort((a, b) => a - b)], reloads: [] };
    expect(await changesOf(() => call('addPersonToJob', { jobId: other.id, personId: ana.id }))).toEqual({
      jobs: [[other.id]],
      reloads: [],
    });
    expect(await changesOf(() => call('mergePeople', { keptId: ana.id, otherId: twin.id }))).toEqual(both);
    const person = { name: 'Ana Lima', role: 'Recruiter', company: 'Acme', email: null, phone: null, link: null, notes: '' };
    expect(await changesOf(() => call('updatePerson', { id: ana.id, ...person }))).toEqual(both);

    const pdf = base64('%PDF-1.7\nJane Doe, backend engineer\n%%EOF\n');
    const resume = await changesOf(() =>
      call('attachDocument', { jobId: job.id, fileName: 'cv.pdf', contentBase64: pdf, kind: 'resume', versionLabel: null }),
    );
    expect(resume).toEqual(only);
    const [document] = await call('listDocuments', {});
    expect(await changesOf(() => call('attachStoredDocument', { jobId: other.id, documentId: document!.id }))).toEqual({
      jobs: [[other.id]],
      reloads: [],
    });
    expect(await changesOf(() => call('updateDocument', { id: document!.id, kind: 'resume', versionLabel: 'v2' }))).toEqual(both);
    expect(await changesOf(() => call('detachDocument', { jobId: other.id, documentId: document!.id }))).toEqual({
      jobs: [[other.id]],
      reloads: [],
    });
  });

  it('names every job in a renamed column, and none for a column only added, moved or hidden', async () => {
    const { call, changesOf } = await setup();
    const first = await call('addJob', { title: 'Platform Engineer', company: 'Acme' });
    const second = await call('addJob', { title: 'Data Engineer', company: 'Globex' });
    const saved = (await call('getBoard', {})).columns[0]!;
    const none = { jobs: [], reloads: [] };
    expect(await changesOf(() => call('renameColumn', { id: saved.id, name: 'Wishlist' }))).toEqual({
      jobs: [[first.id, second.id].sort((a, b) => a - b)],
      reloads: [],
    });
    const added = await changesOf(() => call('addColumn', { name: 'Take-home' }));
    expect(added).toEqual(none);
    const takeHome = (await call('getBoard', {})).columns.find((column) => column.name === 'Take-home')!;
    expect(await changesOf(() => call('renameColumn', { id: takeHome.id, name: 'Homework' }))).toEqual({
      jobs: [[]],
      reloads: [],
    });
    expect(await changesOf(() => call('moveColumn', { id: takeHome.id, beforeId: saved.id }))).toEqual(none);
    expect(await changesOf(() => call('setColumnHidden', { id: takeHome.id, hidden: true }))).toEqual(none);
  });

  it('asks the page to reload after data it cannot see arrives: a restore, an export read back, a spreadsheet', async () => {
    const { call, changesOf } = await setup();
    const job = await call('addJob', { title: 'Platform Engineer', company: 'Acme' });
    const { name } = await call('createBackup', {});
    const exported = (await call('exportData', { format: 'json' })).content;
    const other = await call('addJob', { title: 'Data Engineer', company: 'Globex' });

    expect(await changesOf(() => call('restoreBackup', { name }))).toEqual({ jobs: [[job.id]], reloads: ['restore'] });
    expect(await changesOf(() => call('importQuarryExport', { contentBase64: base64(exported), replace: true }))).toEqual({
      jobs: [[job.id]],
      reloads: ['restore'],
    });
    expect(other.id).not.toBe(job.id);

    const rows = [
      ['Data Engineer', 'Globex', 'Applied'],
      ['', '', ''],
      // Already saved: reported as a duplicate, and not changed.
      [job.title, job.company, 'Saved'],
    ];
    const report = await changesOf(() => call('importSpreadsheet', { rows, mapping: ['title', 'company', 'status'] }));
    const imported = (await call('getBoard', {})).cards.find((card) => card.company === 'Globex')!;
    expect(report).toEqual({ jobs: [[imported.id]], reloads: ['import'] });
    expect(
      await changesOf(() => call('importSpreadsheet', { rows: [['', '', '']], mapping: ['title', 'company', 'status'] })),
    ).toEqual({ jobs: [[]], reloads: [] });
  });

  it('tells reminders about new offsets without naming a job', async () => {
    const { call, changesOf } = await setup();
    const settings = await call('getSettings', {});
    expect(await changesOf(() => call('updateSettings', settings))).toEqual({ jobs: [[]], reloads: [] });
  });
});
