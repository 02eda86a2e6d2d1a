import type { CallName, CallValue, ParsedArgs } from '../../src-shared/contract';
import { QuarryError } from '../../src-shared/errors';
import { schemaVersion } from './db/database';
import type { CoreContext, Platform } from './context';
import {
  exportFile,
  exportFileName,
  importSpreadsheet,
  insights,
  readSpreadsheet,
  restoreExportText,
  writeExportFile,
} from './services/portability-service';
import { backUpNow, backupList, restoreWhileRunning } from './services/backups-service';
import { addColumn, moveColumn, renameColumn, setColumnHidden } from './services/columns-service';
import { ImportRunner } from './services/import-runner';
import { addStage, editStage, exportCalendar, removeStage, scheduledStages, shiftStage } from './services/stages-service';
import { reminderSchedule } from '../../src-shared/domain/schedule';
import { readSettings, writeSettings } from './repos/settings-repo';
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
} from './services/board-service';
import { addJob, getBoard, getJobRecord } from './services/jobs-service';

export type Handlers = {
  [N in CallName]: (args: ParsedArgs<N>) => CallValue<N> | Promise<CallValue<N>>;
};

/** Binds every contract call to the service that answers it. Arguments arrive already validated. */
export function createHandlers(ctx: CoreContext, platform: Platform, imports = new ImportRunner(ctx, platform)): Handlers {
  const { clock } = ctx;
  // Read on every call: restoring a backup swaps the connection.
  const db = () => ctx.db;
  /** Swapping the whole database under a running import would lose its files: wait for it. */
  const refuseDuringImport = (action: string) => {
    if (imports.busy) throw new QuarryError('conflict', `An import is running: ${action} when it has finished.`);
  };
  /** Runs a change and tells derived state which job it touched. */
  const touching = <T>(id: number, result: T): T => {
    ctx.jobsChanged([id]);
    return result;
  };
  return {
    getAppInfo: () => ({ version: ctx.version, dataDir: ctx.dataDir, schemaVersion: schemaVersion(db()), host: ctx.host }),
    getBoard: () => getBoard(db(), clock),
    getJob: ({ id }) => getJobRecord(db(), id),
    addJob: (job) => {
      const card = addJob(db(), job, clock);
      return touching(card.id, card);
    },
    getJobDetail: ({ id }) => getJobDetail(db(), id, clock),
    moveJob: (request) => touching(request.id, moveJob(db(), request, clock)),
    editJob: ({ id, ...edit }) => touching(id, editJob(db(), id, edit, clock)),
    deleteJob: ({ id }) => touching(id, deleteJob(db(), id, clock) ?? null),
    restoreJob: ({ id }) => touching(id, restoreJob(db(), id, clock)),
    saveNotes: ({ jobId, body }) => touching(jobId, saveNotes(db(), jobId, body, clock) ?? null),
    addContact: ({ jobId, ...contact }) => touching(jobId, addContact(db(), jobId, contact, clock)),
    removeContact: ({ id }) => {
      const removed = removeContact(db(), id);
      return touching(removed.jobId, removed);
    },
    search: ({ query, limit }) => ctx.search().search(query, limit),
    addStage: ({ jobId, ...stage }) => touching(jobId, addStage(db(), jobId, stage, clock)),
    updateStage: ({ id, ...fields }) => {
      const stage = editStage(db(), id, fields, clock);
      return touching(stage.jobId, stage);
    },
    deleteStage: ({ id }) => {
      const stage = removeStage(db(), id);
      return touching(stage.jobId, stage);
    },
    restoreStage: ({ jobId, ...fields }) =>
      touching(
        jobId,
        addStage(db(), jobId, { kind: fields.kind, title: fields.title, durationMinutes: fields.durationMinutes }, clock, fields),
      ),
    moveStage: ({ id, direction }) => shiftStage(db(), id, direction),
    getSchedule: () => scheduledStages(db()),
    getReminders: () => reminderSchedule(scheduledStages(db()), clock(), readSettings(db()).reminderOffsetsMinutes),
    getSettings: () => readSettings(db()),
    updateSettings: (changes) => {
      writeSettings(db(), changes);
      // Reminders depend on the offsets: let the desktop app re-arm them.
      ctx.jobsChanged([]);
      return readSettings(db());
    },
    exportCalendar: ({ stageId }) => exportCalendar(db(), clock, stageId),
    addColumn: ({ name }) => addColumn(db(), name),
    renameColumn: ({ id, name }) => {
      const column = renameColumn(db(), id, name);
      // Column names are searchable (status:), so every job in the column changes.
      ctx.jobsChanged(
        getBoard(db(), clock)
          .cards.filter((card) => card.columnId === id)
          .map((card) => card.id),
      );
      return column;
    },
    moveColumn: ({ id, beforeId }) => moveColumn(db(), id, beforeId),
    setColumnHidden: ({ id, hidden }) => setColumnHidden(db(), id, hidden),
    importFiles: ({ files }) =>
      imports.run(
        files.map((file) => ({
          kind: 'file',
          fileName: file.name,
          bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')),
          modifiedAt: new Date(file.lastModified ?? clock().getTime()),
        })),
        'files',
      ),
    importWithDialog: async ({ folders }) => {
      if (!platform.pickImportPaths) {
        throw new QuarryError('unsupported_file', 'There is no system file picker here: choose files in the page instead.');
      }
      const paths = await platform.pickImportPaths(folders);
      return paths && paths.length > 0 ? imports.runPaths(paths, folders ? 'folder' : 'dialog') : null;
    },
    cancelImport: ({ importId }) => imports.cancel(importId),
    importListJobs: ({ token, picks }) => imports.importPicked(token, picks),
    setRemoteImages: ({ id, allowed }) => allowRemoteImages(db(), id, allowed),
    getInsights: (range) => insights(db(), clock, range),
    exportData: ({ format }) => exportFile(db(), clock, ctx.version, format),
    saveExport: async ({ format }) => {
      if (!platform.pickSavePath) {
        throw new QuarryError(
          'unsupported_file',
          'There is no system save dialog here: the export downloads in the page instead.',
        );
      }
      const path = await platform.pickSavePath(exportFileName(clock, format));
      // Exported once the user has chosen, so the file holds what they see at that moment.
      return path ? { path, bytes: writeExportFile(path, exportFile(db(), clock, ctx.version, format).content) } : null;
    },
    importQuarryExport: async ({ contentBase64, replace }) => {
      if (replace) refuseDuringImport('replace your data');
      const summary = await restoreExportText(ctx, Buffer.from(contentBase64, 'base64').toString('utf8'), replace);
      platform.emit('dataChanged', { reason: 'restore' });
      return summary;
    },
    readSpreadsheet: ({ contentBase64 }) => readSpreadsheet(new Uint8Array(Buffer.from(contentBase64, 'base64'))),
    importSpreadsheet: ({ rows, mapping }) => {
      const report = importSpreadsheet(db(), clock, rows, mapping);
      ctx.jobsChanged(report.rows.flatMap((row) => (row.status === 'imported' && row.jobId !== null ? [row.jobId] : [])));
      if (report.imported > 0) platform.emit('dataChanged', { reason: 'import' });
      return report;
    },
    listBackups: () => backupList(ctx),
    createBackup: () => backUpNow(ctx),
    restoreBackup: async ({ name }) => {
      refuseDuringImport('restore the backup');
      const restored = await restoreWhileRunning(ctx, name);
      platform.emit('dataChanged', { reason: 'restore' });
      return restored;
    },
  };
}
