import type { CallName, CallValue, ParsedArgs } from '../../src-shared/contract';
import { QuarryError } from '../../src-shared/errors';
import { schemaVersion } from './db/database';
import type { CoreContext, Platform } from './context';
import { addColumn, moveColumn, renameColumn, setColumnHidden } from './services/columns-service';
import { ImportRunner } from './services/import-runner';
import {
  addContact,
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
  const { db, clock } = ctx;
  return {
    getAppInfo: () => ({ version: ctx.version, dataDir: ctx.dataDir, schemaVersion: schemaVersion(db), host: ctx.host }),
    getBoard: () => getBoard(db, clock),
    getJob: ({ id }) => getJobRecord(db, id),
    addJob: (job) => addJob(db, job, clock),
    getJobDetail: ({ id }) => getJobDetail(db, id, clock),
    moveJob: (request) => moveJob(db, request, clock),
    editJob: ({ id, ...edit }) => editJob(db, id, edit, clock),
    deleteJob: ({ id }) => {
      deleteJob(db, id, clock);
      return null;
    },
    restoreJob: ({ id }) => restoreJob(db, id, clock),
    saveNotes: ({ jobId, body }) => {
      saveNotes(db, jobId, body, clock);
      return null;
    },
    addContact: ({ jobId, ...contact }) => addContact(db, jobId, contact, clock),
    removeContact: ({ id }) => removeContact(db, id),
    addColumn: ({ name }) => addColumn(db, name),
    renameColumn: ({ id, name }) => renameColumn(db, id, name),
    moveColumn: ({ id, beforeId }) => moveColumn(db, id, beforeId),
    setColumnHidden: ({ id, hidden }) => setColumnHidden(db, id, hidden),
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
  };
}
