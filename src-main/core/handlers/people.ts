import { addPersonToJob, editPerson, listPeople, mergePeople, personPage } from '../services/people-service';
import { oneJob, type DomainHandlers, type HandlerDeps } from './types';

// A person's name and role are words search finds on each of their jobs.
const theirJobs = (page: { jobs: { id: number }[] }) => ({ jobs: page.jobs.map((job) => job.id) });

export function peopleHandlers({ db, clock }: HandlerDeps): DomainHandlers<'people'> {
  return {
    listPeople: { run: () => listPeople(db(), clock) },
    getPerson: { run: ({ id }) => personPage(db(), id) },
    updatePerson: { run: ({ id, ...fields }) => editPerson(db(), id, fields, clock), changes: theirJobs },
    addPersonToJob: {
      run: ({ jobId, personId }) => addPersonToJob(db(), jobId, personId, clock),
      changes: (_, { jobId }) => oneJob(jobId),
    },
    mergePeople: { run: ({ keptId, otherId }) => mergePeople(db(), keptId, otherId, clock), changes: theirJobs },
  };
}
