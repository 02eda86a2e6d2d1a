import type { Contact } from '../../../src-shared/domain/job';
import {
  findPeople,
  interviewersAmong,
  mergedPerson,
  type Person,
  type PersonPage,
  type PersonSummary,
} from '../../../src-shared/domain/people';
import { QuarryError } from '../../../src-shared/errors';
import type { Clock } from '../context';
import type { Db, ReadableDb } from '../db/database';
import {
  findPerson,
  findPersonByEmail,
  insertPerson,
  linkPerson,
  listJobPeople,
  listPeopleSummaries,
  moveJobsToPerson,
  personJobs,
  stagesWithInterviewers,
  unlinkPerson,
  updatePerson,
} from '../repos/people-repo';
import { requireJob } from './require-job';

function requirePerson(db: ReadableDb, id: number): Person {
  const person = findPerson(db, id);
  if (!person) throw new QuarryError('not_found', `There is no person ${id}.`);
  return person;
}

const contactOf = (db: ReadableDb, jobId: number, personId: number): Contact =>
  listJobPeople(db, jobId).find((contact) => contact.id === personId)!;

/**
 * Adds someone to a job. An email already known is that person (the recruiter
 * who brings a second job is one person on both); otherwise a new person,
 * at the job's company.
 */
export function addContact(db: Db, jobId: number, contact: Omit<Contact, 'id'>, clock: Clock): Contact {
  const job = requireJob(db, jobId);
  const now = clock().toISOString();
  return db.transaction(() => {
    const known = contact.email ? findPersonByEmail(db, contact.email) : undefined;
    const personId = known?.id ?? insertPerson(db, { ...contact, company: job.company, phone: null, notes: '' }, now);
    linkPerson(db, jobId, personId, now);
    return contactOf(db, jobId, personId);
  })();
}

/** Puts a known person on a job (from their page, or to undo taking them off). */
export function addPersonToJob(db: Db, jobId: number, personId: number, clock: Clock): Contact {
  requireJob(db, jobId);
  requirePerson(db, personId);
  linkPerson(db, jobId, personId, clock().toISOString());
  return contactOf(db, jobId, personId);
}

/** Takes a person off a job; they stay in People, and on their other jobs. */
export function removeContact(db: Db, jobId: number, personId: number): Contact & { jobId: number } {
  const contact = listJobPeople(db, jobId).find((candidate) => candidate.id === personId);
  if (!contact) throw new QuarryError('not_found', `Person ${personId} is not on job ${jobId}.`);
  unlinkPerson(db, jobId, personId);
  return { ...contact, jobId };
}

export function listPeople(db: ReadableDb, clock: Clock): PersonSummary[] {
  return findPeople(listPeopleSummaries(db, clock().toISOString()), '', 'last_contact');
}

export function personPage(db: ReadableDb, id: number): PersonPage {
  const person = requirePerson(db, id);
  const interviews = stagesWithInterviewers(db)
    .filter((stage) => interviewersAmong(stage.interviewers, [person]).length > 0)
    .map(({ interviewers: _interviewers, ...stage }) => stage);
  return { ...person, jobs: personJobs(db, id), interviews };
}

export function editPerson(db: Db, id: number, fields: Omit<Person, 'id'>, clock: Clock): PersonPage {
  if (!updatePerson(db, id, fields, clock().toISOString())) throw new QuarryError('not_found', `There is no person ${id}.`);
  return personPage(db, id);
}

/** Two entries that are one person: `otherId`'s jobs and missing details go to `keptId`, and `otherId` is gone. */
export function mergePeople(db: Db, keptId: number, otherId: number, clock: Clock): PersonPage {
  if (keptId === otherId) throw new QuarryError('invalid_argument', 'Choose two different people to merge.');
  const kept = requirePerson(db, keptId);
  const other = requirePerson(db, otherId);
  db.transaction(() => {
    updatePerson(db, keptId, mergedPerson(kept, other), clock().toISOString());
    moveJobsToPerson(db, otherId, keptId);
  })();
  return personPage(db, keptId);
}
