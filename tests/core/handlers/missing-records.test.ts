import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import type { CallName } from '../../../src-shared/contract';
import { createCaller, testCore } from '../../support/helpers';
import { EMPTY_JOB_EDIT } from '../../support/cards';

const MISSING = 999;
const STAGE_FIELDS = {
  kind: 'technical',
  title: 'Pairing',
  durationMinutes: null,
  startsAt: null,
  timeZone: null,
  status: 'planned',
  location: null,
  interviewers: null,
  prepNotes: null,
  checklist: [],
  outcomeNotes: null,
};

/** Every call that names a record by id, with the id of one that does not exist. */
const CALLS_NAMING_A_MISSING_RECORD: [CallName, unknown, string][] = [
  ['getJob', { id: MISSING }, 'There is no job with id 999.'],
  ['getJobDetail', { id: MISSING }, 'There is no job with id 999.'],
  ['moveJob', { id: MISSING, columnId: 1, beforeId: null }, 'There is no job with id 999.'],
  ['moveJobs', { moves: [{ id: MISSING, columnId: 1, beforeId: null }] }, 'There is no job with id 999.'],
  ['deleteJob', { id: MISSING }, 'There is no job with id 999.'],
  ['deleteJobs', { ids: [MISSING] }, 'There is no job with id 999.'],
  ['restoreJob', { id: MISSING }, 'There is no job with id 999.'],
  ['restoreJobs', { ids: [MISSING] }, 'There is no job with id 999.'],
  ['setRemoteImages', { id: MISSING, allowed: true }, 'There is no job with id 999.'],
  ['getCompany', { jobId: MISSING }, 'There is no job with id 999.'],
  ['addStage', { jobId: MISSING, kind: 'technical', title: 'Pairing', durationMinutes: null }, 'There is no job with id 999.'],
  ['restoreStage', { jobId: MISSING, ...STAGE_FIELDS }, 'There is no job with id 999.'],
  ['updateStage', { id: MISSING, ...STAGE_FIELDS }, 'There is no interview stage with id 999.'],
  // The missing stage is named before what the edit lacks.
  [
    'updateStage',
    { id: MISSING, ...STAGE_FIELDS, startsAt: '2026-11-27T14:00:00.000Z' },
    'There is no interview stage with id 999.',
  ],
  ['setJobDates', { id: MISSING, appliedOn: null, applyBy: null, followUpOn: null }, 'There is no job with id 999.'],
  ['saveNotes', { jobId: MISSING, body: 'Lost?' }, 'There is no job with id 999.'],
  ['tagJobs', { ids: [MISSING], tag: 'rust', present: true }, 'There is no job with id 999.'],
  ['editJob', { ...EMPTY_JOB_EDIT, id: MISSING, title: 'T', company: 'C' }, 'There is no job with id 999.'],
  ['deleteStage', { id: MISSING }, 'There is no interview stage with id 999.'],
  ['moveStage', { id: MISSING, direction: 'up' }, 'There is no interview stage with id 999.'],
  ['exportCalendar', { stageId: MISSING }, 'There is no interview stage with id 999.'],
  ['renameColumn', { id: MISSING, name: 'Later' }, 'There is no column with id 999.'],
  ['moveColumn', { id: MISSING, beforeId: null }, 'There is no column with id 999.'],
  ['setColumnHidden', { id: MISSING, hidden: true }, 'There is no column with id 999.'],
  ['attachStoredDocument', { jobId: MISSING, documentId: MISSING }, 'There is no job with id 999.'],
  ['detachDocument', { jobId: MISSING, documentId: MISSING }, 'Document 999 is not attached to job 999.'],
  ['getDocumentContent', { id: MISSING }, 'There is no document 999.'],
  ['updateDocument', { id: MISSING, kind: 'resume', versionLabel: null }, 'There is no document 999.'],
  ['deleteDocument', { id: MISSING }, 'There is no document 999.'],
  ['getPerson', { id: MISSING }, 'There is no person 999.'],
  ['addPersonToJob', { jobId: MISSING, personId: MISSING }, 'There is no job with id 999.'],
  ['removeContact', { jobId: MISSING, personId: MISSING }, 'Person 999 is not on job 999.'],
  ['mergePeople', { keptId: MISSING, otherId: 998 }, 'There is no person 999.'],
  [
    'updatePerson',
    { id: MISSING, name: 'Ana', role: null, company: null, email: null, phone: null, link: null, notes: '' },
    'There is no person 999.',
  ],
];

async function setup() {
  const core = await testCore();
  const calls = createHandlers(core, { emit: () => undefined });
  return { calls, call: createCaller(calls) };
}

describe('a call that names a record that is not there', () => {
  it('answers not_found, naming what it looked for', async () => {
    const { calls } = await setup();
    for (const [name, args, message] of CALLS_NAMING_A_MISSING_RECORD) {
      expect(await dispatch(calls, name, args), name).toEqual({ ok: false, error: { code: 'not_found', message } });
    }
  });

  it('tells a stage that is missing from one with no date yet', async () => {
    const { call } = await setup();
    const job = await call('addJob', { title: 'Engineer', company: 'Acme' });
    const stage = await call('addStage', { jobId: job.id, kind: 'technical', title: 'Pairing', durationMinutes: 60 });
    await expect(call('exportCalendar', { stageId: stage.id })).rejects.toThrow(
      'invalid_argument: This stage has no date yet: schedule it before exporting it.',
    );
  });

  it('refuses a move or a column order that points at the wrong place', async () => {
    const { call } = await setup();
    const [saved, applied] = (await call('getBoard', {})).columns;
    const first = await call('addJob', { title: 'First', company: 'Acme' });
    const second = await call('addJob', { title: 'Second', company: 'Acme' });
    await expect(call('moveJob', { id: first.id, columnId: MISSING, beforeId: null })).rejects.toThrow(
      'not_found: There is no column with id 999.',
    );
    await expect(call('moveJob', { id: first.id, columnId: saved!.id, beforeId: first.id })).rejects.toThrow(
      'invalid_argument: A job cannot be placed above itself.',
    );
    await expect(call('moveJob', { id: first.id, columnId: applied!.id, beforeId: second.id })).rejects.toThrow(
      `invalid_argument: Job ${second.id} is not in that column.`,
    );
    await expect(call('moveColumn', { id: saved!.id, beforeId: MISSING })).rejects.toThrow(
      'not_found: There is no column with id 999.',
    );
    await expect(call('moveColumn', { id: saved!.id, beforeId: saved!.id })).rejects.toThrow(
      'invalid_argument: A column cannot be placed before itself.',
    );
  });
});
