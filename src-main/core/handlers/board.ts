import { addContact, removeContact } from '../services/people-service';
import {
  allowRemoteImages,
  deleteJob,
  deleteJobs,
  editJob,
  getJobDetail,
  moveJob,
  moveJobs,
  prioritise,
  restoreJob,
  restoreJobs,
  saveNotes,
  tagJobs,
  updateJobDates,
} from '../services/board-service';
import { addJob, getBoard, getBoardStart, getJobRecord } from '../services/jobs-service';
import type { JobCard } from '../../../src-shared/domain/job';
import { oneJob, type Change, type DomainHandlers, type HandlerDeps } from './types';

const theseJobs = (ids: readonly number[]): Change => ({ jobs: ids });
const theseCards = (cards: readonly JobCard[]): Change => theseJobs(cards.map((card) => card.id));

export function boardHandlers({ db, clock }: HandlerDeps): DomainHandlers<'board'> {
  return {
    getBoard: { run: () => getBoard(db(), clock) },
    getBoardStart: { run: ({ perColumn }) => getBoardStart(db(), clock, perColumn) },
    getJob: { run: ({ id }) => getJobRecord(db(), id) },
    addJob: { run: (job) => addJob(db(), job, clock), changes: (card) => oneJob(card.id) },
    getJobDetail: { run: ({ id }) => getJobDetail(db(), id, clock) },
    moveJob: { run: (request) => moveJob(db(), request, clock), changes: (card) => oneJob(card.id) },
    moveJobs: { run: ({ moves }) => moveJobs(db(), moves, clock), changes: theseCards },
    editJob: { run: ({ id, ...edit }) => editJob(db(), id, edit, clock), changes: (card) => oneJob(card.id) },
    deleteJob: { run: ({ id }) => deleteJob(db(), id, clock) ?? null, changes: (_, { id }) => oneJob(id) },
    deleteJobs: { run: ({ ids }) => (deleteJobs(db(), ids, clock), null), changes: (_, { ids }) => theseJobs(ids) },
    restoreJob: { run: ({ id }) => restoreJob(db(), id, clock), changes: (card) => oneJob(card.id) },
    restoreJobs: { run: ({ ids }) => restoreJobs(db(), ids, clock), changes: theseCards },
    tagJobs: { run: ({ ids, tag, present }) => tagJobs(db(), ids, tag, present, clock), changes: theseCards },
    setJobDates: { run: ({ id, ...dates }) => updateJobDates(db(), id, dates, clock), changes: (card) => oneJob(card.id) },
    setPriority: { run: ({ ids, priority }) => prioritise(db(), ids, priority, clock), changes: theseCards },
    saveNotes: {
      run: ({ jobId, body }) => saveNotes(db(), jobId, body, clock) ?? null,
      changes: (_, { jobId }) => oneJob(jobId),
    },
    addContact: {
      run: ({ jobId, ...contact }) => addContact(db(), jobId, contact, clock),
      changes: (_, { jobId }) => oneJob(jobId),
    },
    removeContact: {
      run: ({ jobId, personId }) => removeContact(db(), jobId, personId),
      changes: (_, { jobId }) => oneJob(jobId),
    },
    setRemoteImages: { run: ({ id, allowed }) => allowRemoteImages(db(), id, allowed) },
  };
}
