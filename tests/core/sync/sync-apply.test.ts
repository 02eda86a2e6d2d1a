import { afterEach, describe, expect, it } from 'vitest';
import {
  closeComputers,
  editJobFields,
  syncAll,
  syncedState,
  syncingPair,
  type TestComputer,
} from '../../support/sync-computers';

afterEach(closeComputers);

const onlyJob = async (computer: TestComputer) => {
  const [card] = (await computer.call('getBoard')).cards;
  return computer.call('getJobDetail', { id: card!.id });
};

async function jobWithRecruiterCall(computer: TestComputer) {
  const job = await computer.call('addJob', { title: 'Engineer', company: 'Acme' });
  const stage = await computer.call('addStage', {
    jobId: job.id,
    kind: 'recruiter_call',
    title: 'Recruiter call',
    durationMinutes: 30,
  });
  return { job, stage };
}

const searchTitles = async (computer: TestComputer, query: string) =>
  (await computer.call('search', { query })).map((hit) => hit.title);

describe('applying what arrives', () => {
  it('removes a stage, a contact and a document the other computer took off the job', async () => {
    const { laptop, desk } = await syncingPair();
    const { job, stage } = await jobWithRecruiterCall(laptop);
    const contact = await laptop.call('addContact', { jobId: job.id, name: 'Ada Byron', role: null, email: null, link: null });
    const document = await laptop.call('attachDocument', {
      jobId: job.id,
      fileName: 'CV.pdf',
      contentBase64: Buffer.from('%PDF-1.7 cv').toString('base64'),
      kind: 'resume',
      versionLabel: null,
    });
    syncAll([laptop, desk]);
    const arrived = await onlyJob(desk);
    expect([arrived.stages.length, arrived.contacts.length, arrived.documents.length]).toEqual([1, 1, 1]);

    await laptop.call('deleteStage', { id: stage.id });
    await laptop.call('removeContact', { jobId: job.id, personId: contact.id });
    await laptop.call('detachDocument', { jobId: job.id, documentId: document.id });
    syncAll([laptop, desk]);
    const after = await onlyJob(desk);
    expect([after.stages, after.contacts, after.documents]).toEqual([[], [], []]);
    expect(syncedState(desk.core)).toEqual(syncedState(laptop.core));
  });

  it('keeps a stage deleted on one computer deleted, though the other edited it later without knowing', async () => {
    const { laptop, desk } = await syncingPair();
    const { stage } = await jobWithRecruiterCall(laptop);
    syncAll([laptop, desk]);
    const deskStage = (await onlyJob(desk)).stages[0]!;

    await laptop.call('deleteStage', { id: stage.id });
    laptop.calls.sync.flush();
    await desk.call('updateStage', {
      id: deskStage.id,
      kind: deskStage.kind,
      title: 'Recruiter call, moved to Friday',
      durationMinutes: 45,
      startsAt: '2026-12-11T15:00:00.000Z',
      timeZone: 'Europe/Berlin',
      status: 'scheduled',
      location: null,
      interviewers: null,
      prepNotes: null,
      checklist: [],
      outcomeNotes: null,
    });
    syncAll([laptop, desk]);
    expect((await onlyJob(laptop)).stages).toEqual([]);
    expect((await onlyJob(desk)).stages).toEqual([]);
    expect(syncedState(desk.core)).toEqual(syncedState(laptop.core));
  });

  it('merges edits of different fields made on both computers before either synced: each sends only what it changed', async () => {
    const { laptop, desk } = await syncingPair();
    const job = await laptop.call('addJob', { title: 'Engineer', company: 'Acme' });
    syncAll([laptop, desk]);
    const deskJob = await onlyJob(desk);

    const applied = (await laptop.call('getBoard')).columns.find((column) => column.key === 'applied')!;
    await laptop.call('moveJob', { id: job.id, columnId: applied.id, beforeId: null });
    laptop.calls.sync.flush();
    await editJobFields(desk, deskJob.id, { title: 'Staff Engineer', company: 'Acme', location: 'Lisbon' });
    syncAll([laptop, desk]);
    for (const computer of [laptop, desk]) {
      const merged = await onlyJob(computer);
      const column = (await computer.call('getBoard')).columns.find((candidate) => candidate.id === merged.columnId);
      expect([merged.title, merged.location, column?.key]).toEqual(['Staff Engineer', 'Lisbon', 'applied']);
    }
    expect((await onlyJob(desk)).history.map((change) => change.to)).toEqual(['Saved', 'Applied']);
    expect(syncedState(desk.core)).toEqual(syncedState(laptop.core));
  });

  it('carries two entries for one person merged into one: the links move to the person kept', async () => {
    const { laptop, desk } = await syncingPair();
    const first = await laptop.call('addJob', { title: 'Engineer', company: 'Acme' });
    const second = await laptop.call('addJob', { title: 'Architect', company: 'Globex' });
    const kept = await laptop.call('addContact', { jobId: first.id, name: 'Ada Byron', role: null, email: null, link: null });
    const other = await laptop.call('addContact', { jobId: second.id, name: 'Ada B.', role: null, email: null, link: null });
    syncAll([laptop, desk]);
    await laptop.call('mergePeople', { keptId: kept.id, otherId: other.id });
    syncAll([laptop, desk]);
    const people = desk.core.db.prepare('SELECT name FROM people').all();
    expect(people).toEqual([{ name: 'Ada Byron' }]);
    const links = desk.core.db.prepare('SELECT count(*) AS n FROM job_people').get();
    expect(links).toEqual({ n: 2 });
    expect(syncedState(desk.core)).toEqual(syncedState(laptop.core));

    // A link rewritten in place (no screen does, a script might) travels as the old link gone and the new one made.
    const third = await laptop.call('addJob', { title: 'Analyst', company: 'Initech' });
    laptop.core.db.prepare('UPDATE job_people SET job_id = ? WHERE job_id = ?').run(third.id, second.id);
    syncAll([laptop, desk]);
    const linked = desk.core.db
      .prepare('SELECT j.title FROM job_people l JOIN jobs j ON j.id = l.job_id ORDER BY j.title')
      .all()
      .map((row) => (row as { title: string }).title);
    expect(linked).toEqual(['Analyst', 'Engineer']);
  });

  it('finds what arrived at once: a new job by its title, a new title, and the job by a stage added later', async () => {
    const { laptop, desk } = await syncingPair();
    expect(await searchTitles(desk, 'Cartographer')).toEqual([]);
    const job = await laptop.call('addJob', { title: 'Cartographer', company: 'Maps Ltd' });
    syncAll([laptop, desk]);
    expect(await searchTitles(desk, 'Cartographer')).toEqual(['Cartographer']);
    await editJobFields(laptop, job.id, { title: 'Surveyor', company: 'Maps Ltd' });
    syncAll([laptop, desk]);
    expect(await searchTitles(desk, 'Surveyor')).toEqual(['Surveyor']);

    await laptop.call('addStage', {
      jobId: job.id,
      kind: 'system_design',
      title: 'Whiteboard orienteering',
      durationMinutes: 60,
    });
    syncAll([laptop, desk]);
    expect(await searchTitles(desk, 'orienteering')).toEqual(['Surveyor']);
  });
});
