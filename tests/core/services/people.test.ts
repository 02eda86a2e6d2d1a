import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src-main/core/handlers';
import { withPeople } from '../../../src-main/core/services/restore-service';
import { addJob } from '../../../src-main/core/services/jobs-service';
import { findPeople, interviewersAmong, mergedPerson, type PersonSummary } from '../../../src-shared/domain/people';
import { createCaller, fakeClock, testCore } from '../../support/helpers';

async function setup() {
  const clock = fakeClock('2026-03-03T15:00:00.000Z');
  const core = await testCore({ clock });
  const call = createCaller(createHandlers(core, { emit: () => undefined }));
  const [first, second] = [
    ['Backend Engineer', 'Acme'],
    ['Platform Engineer', 'Globex'],
  ].map(([title, company]) => addJob(core.db, { title: title!, company: company! }, clock).id);
  return { ...core, clock, call, first: first!, second: second! };
}

const sam = { name: 'Sam Rivera', role: 'Recruiter', email: 'sam@agency.example', link: null };

describe('people across jobs (#15 item 2)', () => {
  it('is one person when the same email comes on a second job, with both jobs on their page', async () => {
    const { call, first, second } = await setup();
    const onFirst = await call('addContact', { jobId: first, ...sam });
    const onSecond = await call('addContact', { jobId: second, ...sam, name: 'Samantha Rivera', email: 'SAM@agency.example' });
    expect(onSecond.id).toBe(onFirst.id);
    expect(onSecond.name).toBe('Sam Rivera');
    const page = await call('getPerson', { id: onFirst.id });
    expect(page).toMatchObject({ name: 'Sam Rivera', role: 'Recruiter', company: 'Acme', email: 'sam@agency.example' });
    expect(page.jobs.map((job) => job.id).sort()).toEqual([first, second].sort());
    const other = await call('addContact', { jobId: first, name: 'Sam Rivera', role: null, email: null, link: null });
    expect(other.id).not.toBe(onFirst.id);
    // Same last contact: the older entry first.
    expect((await call('listPeople', undefined)).map((person) => person.jobs)).toEqual([2, 1]);
  });

  it('takes a person off one job and back, keeping them in People', async () => {
    const { call, first } = await setup();
    const person = await call('addContact', { jobId: first, ...sam });
    expect(await call('removeContact', { jobId: first, personId: person.id })).toMatchObject({ id: person.id, jobId: first });
    expect((await call('getJobDetail', { id: first })).contacts).toEqual([]);
    expect((await call('listPeople', undefined)).map((entry) => entry.name)).toEqual(['Sam Rivera']);
    await expect(call('removeContact', { jobId: first, personId: person.id })).rejects.toThrow(
      /^not_found: Person \d+ is not on job \d+\./u,
    );
    await call('addPersonToJob', { jobId: first, personId: person.id });
    expect((await call('getJobDetail', { id: first })).contacts.map((contact) => contact.id)).toEqual([person.id]);
    await expect(call('addPersonToJob', { jobId: first, personId: 999 })).rejects.toThrow(
      /^not_found: There is no person 999\.$/u,
    );
    // Taking off the second of two answers with the one taken off.
    const second = await call('addContact', { jobId: first, name: 'Ana Lima', role: null, email: null, link: null });
    expect(await call('removeContact', { jobId: first, personId: second.id })).toMatchObject({ name: 'Ana Lima' });
  });

  it('lists the interviews a person was named on, and finds their jobs by their name', async () => {
    const { call, first, search } = await setup();
    const person = await call('addContact', {
      jobId: first,
      name: 'José Núñez',
      role: 'Staff engineer',
      email: null,
      link: null,
    });
    const stage = await call('addStage', { jobId: first, kind: 'system_design', title: 'System design', durationMinutes: 60 });
    await call('updateStage', {
      ...stage,
      interviewers: 'Ana Lee, jose nunez (EM)',
      startsAt: '2026-03-05T15:00:00.000Z',
      timeZone: 'UTC',
      status: 'scheduled',
    });
    const other = await call('addStage', { jobId: first, kind: 'values', title: 'Values', durationMinutes: 60 });
    await call('updateStage', { ...other, interviewers: 'José Núñez-Smith' });
    expect((await call('getPerson', { id: person.id })).interviews).toEqual([
      {
        jobId: first,
        jobTitle: 'Backend Engineer',
        stage: 'System design',
        startsAt: '2026-03-05T15:00:00.000Z',
        status: 'scheduled',
      },
    ]);
    expect(
      search()
        .search('nunez', 5)
        .map((hit) => hit.id),
    ).toEqual([first]);
  });

  it('edits a person, and merges two entries that are one person', async () => {
    const { call, first, second } = await setup();
    const kept = await call('addContact', { jobId: first, name: 'Alex Kim', role: null, email: null, link: null });
    const other = await call('addContact', {
      jobId: second,
      name: 'A. Kim',
      role: 'Hiring manager',
      email: 'alex@globex.example',
      link: null,
    });
    await call('updatePerson', {
      id: other.id,
      name: 'A. Kim',
      role: 'Hiring manager',
      company: 'Globex',
      email: 'alex@globex.example',
      phone: '+1 555 0100',
      link: null,
      notes: 'Prefers calls.',
    });
    const merged = await call('mergePeople', { keptId: kept.id, otherId: other.id });
    expect(merged).toMatchObject({
      name: 'Alex Kim',
      role: 'Hiring manager',
      email: 'alex@globex.example',
      phone: '+1 555 0100',
      notes: 'Prefers calls.',
    });
    expect(merged.jobs.map((job) => job.id).sort()).toEqual([first, second].sort());
    await expect(call('getPerson', { id: other.id })).rejects.toThrow(/^not_found:/u);
    await expect(call('mergePeople', { keptId: kept.id, otherId: kept.id })).rejects.toThrow(
      'Choose two different people to merge.',
    );
    await expect(
      call('updatePerson', { id: kept.id, name: '', role: null, company: null, email: null, phone: null, link: null, notes: '' }),
    ).rejects.toThrow(/Name/u);
  });

  it('restores an export made before people: its contacts become people, one per email', () => {
    const tables = withPeople({
      jobs: [
        { id: 1, company: 'Acme' },
        { id: 2, company: 'Globex' },
      ],
      contacts: [
        { id: 7, job_id: 2, name: 'Sam', role: null, email: 'SAM@x.example', link: null, created_at: '2026-04-01' },
        { id: 5, job_id: 1, name: 'Sam Rivera', role: 'Recruiter', email: 'sam@x.example', link: null, created_at: '2026-03-01' },
      ],
    });
    expect(tables.contacts).toBeUndefined();
    expect(tables.people).toEqual([
      {
        id: 5,
        name: 'Sam Rivera',
        role: 'Recruiter',
        company: 'Acme',
        email: 'sam@x.example',
        link: null,
        created_at: '2026-03-01',
        updated_at: '2026-04-01',
      },
    ]);
    expect(tables.job_people).toEqual([
      { job_id: 1, person_id: 5, added_at: '2026-03-01' },
      { job_id: 2, person_id: 5, added_at: '2026-04-01' },
    ]);
  });
});

describe('people rules', () => {
  const person = (id: number, name: string, lastContactAt: string): PersonSummary => ({
    id,
    name,
    role: null,
    company: id === 2 ? 'Société' : null,
    email: null,
    phone: null,
    link: null,
    jobs: 1,
    lastContactAt,
  });
  const everyone = [person(1, 'Zoe', '2026-03-01'), person(2, 'ana', '2026-01-01'), person(3, 'Bo', '2026-05-01')];

  it('finds by any word, accents aside, and sorts by last contact or name', () => {
    expect(findPeople(everyone, '', 'last_contact').map((found) => found.id)).toEqual([3, 1, 2]);
    expect(findPeople(everyone, '', 'name').map((found) => found.id)).toEqual([2, 3, 1]);
    expect(findPeople(everyone, 'societe', 'name').map((found) => found.id)).toEqual([2]);
  });

  it('reads the people named in a stage’s interviewers, and merges fields', () => {
    const known = [
      { id: 1, name: 'Ana Lee' },
      { id: 2, name: 'Bo Chen' },
      { id: 3, name: 'Cy' },
    ];
    expect(interviewersAmong('ana lee and Bo Chen (EM) / someone else', known).map((found) => found.id)).toEqual([1, 2]);
    expect(interviewersAmong(null, known)).toEqual([]);
    const base = { id: 1, name: 'A', role: null, company: 'X', email: null, phone: null, link: null, notes: '' };
    expect(mergedPerson(base, { ...base, id: 2, role: 'R', company: 'Y', notes: 'n' })).toEqual({
      ...base,
      id: undefined,
      role: 'R',
      notes: 'n',
    });
  });
});
