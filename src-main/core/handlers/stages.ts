import { upcomingReminders } from '../services/reminders-service';
import { addStage, editStage, exportCalendar, removeStage, scheduledStages, shiftStage } from '../services/stages-service';
import { oneJob, type DomainHandlers, type HandlerDeps } from './types';

export function stagesHandlers({ db, clock }: HandlerDeps): DomainHandlers<'stages'> {
  return {
    addStage: { run: ({ jobId, ...stage }) => addStage(db(), jobId, stage, clock), changes: (_, { jobId }) => oneJob(jobId) },
    updateStage: { run: ({ id, ...fields }) => editStage(db(), id, fields, clock), changes: (stage) => oneJob(stage.jobId) },
    deleteStage: { run: ({ id }) => removeStage(db(), id), changes: (stage) => oneJob(stage.jobId) },
    restoreStage: {
      run: ({ jobId, ...fields }) =>
        addStage(db(), jobId, { kind: fields.kind, title: fields.title, durationMinutes: fields.durationMinutes }, clock, fields),
      changes: (_, { jobId }) => oneJob(jobId),
    },
    moveStage: { run: ({ id, direction }) => shiftStage(db(), id, direction) },
    getSchedule: { run: () => scheduledStages(db()) },
    getReminders: { run: () => upcomingReminders(db(), clock) },
    exportCalendar: { run: ({ stageId }) => exportCalendar(db(), clock, stageId) },
  };
}
