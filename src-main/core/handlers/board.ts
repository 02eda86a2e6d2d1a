import {
  addContact,
  allowRemoteImages,
  deleteJob,
  editJob,
  getJobDetail,
  moveJob,
  removeContact,
  restoreJob,
  saveNotes,
} from '../services/board-service';
import { addJob, getBoard, getJobRecord } from '../services/jobs-service';
import { oneJob, type DomainHandlers, type HandlerDeps } from './types';

export function boardHandlers({ db, clock }: HandlerDeps): DomainHandlers<'board'> {
  return {
    getBoard: { run: () => getBoard(db(), clock) },
    getJob: { run: ({ id }) => getJobRecord(db(), id) },
    addJob: { run: (job) => addJob(db(), job, clock), changes: (card) => oneJob(card.id) },
    getJobDetail: { run: ({ id }) => getJobDetail(db(), id, clock) },
    moveJob: { run: (request) => moveJob(db(), request, clock), changes: (card) => oneJob(card.id) },
    editJob: { run: ({ id, ...edit }) => editJob(db(), id, edit, clock), changes: (card) => oneJob(card.id) },
    deleteJob: { run: ({ id }) => deleteJob(db(), id, clock) ?? null, changes: (_, { id }) => oneJob(id) },
    restoreJob: { run: ({ id }) => restoreJob(db(), id, clock), changes: (card) => oneJob(card.id) },
    saveNotes: {
      run: ({ jobId, body }) => saveNotes(db(), jobId, body, clock) ?? null,
      changes: (_, { jobId }) => oneJob(jobId),
    },
    addContact: {
      run: ({ jobId, ...contact }) => addContact(db(), jobId, contact, clock),
      changes: (_, { jobId }) => oneJob(jobId),
    },
    removeContact: { run: ({ id }) => removeContact(db(), id), changes: (removed) => oneJob(removed.jobId) },
    setRemoteImages: { run: ({ id, allowed }) => allowRemoteImages(db(), id, allowed) },
  };
}
