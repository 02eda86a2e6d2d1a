import * as v from 'valibot';
import type { Contact } from '../domain/job';
import type { PersonPage, PersonSummary } from '../domain/people';
import { call, fields, id, noArgs, optionalEmail, optionalLine, requiredLine, webUrl } from './schemas';

/** People met during the search, shared across jobs. */
export const peopleCalls = {
  listPeople: call<PersonSummary[]>()(noArgs),
  getPerson: call<PersonPage>()(fields({ id })),
  updatePerson: call<PersonPage>()(
    fields({
      id,
      name: requiredLine('Name'),
      role: optionalLine('Role'),
      company: optionalLine('Company'),
      email: optionalEmail,
      phone: optionalLine('Phone'),
      link: v.nullable(webUrl),
      notes: v.pipe(v.string('notes must be text'), v.maxLength(200_000, 'notes are limited to 200,000 characters')),
    }),
  ),
  /** Puts a person already known on a job (or back on it, to undo). */
  addPersonToJob: call<Contact>()(fields({ jobId: id, personId: id })),
  /** Two entries that are one person: the other's jobs and missing details go to the kept one. */
  mergePeople: call<PersonPage>()(fields({ keptId: id, otherId: id })),
} as const;
