import * as v from 'valibot';
import type { ImportReport } from '../domain/import-report';
import { base64Text, call, fields, id, MAX_IMPORT_BASE64 } from './schemas';

/** Importing saved pages. */
export const importCalls = {
  /** Files the page read itself (drag-and-drop, file picker in the browser host), as base64. */
  importFiles: call<ImportReport>()(
    fields({
      files: v.pipe(
        v.array(
          fields({
            name: v.pipe(
              v.string('file name must be text'),
              v.nonEmpty('file name is required'),
              v.maxLength(1024, 'file name is too long'),
            ),
            contentBase64: base64Text({ limit: MAX_IMPORT_BASE64, message: 'file is larger than 50 MB' }),
            lastModified: v.optional(v.pipe(v.number('lastModified must be a number'), v.integer(), v.minValue(0))),
          }),
          'files must be a list',
        ),
        v.minLength(1, 'choose at least one file'),
        v.maxLength(5000, 'at most 5000 files at once'),
      ),
    }),
  ),
  /** Opens the system's file (or folder) picker and imports what the user chose; null when they cancel. */
  importWithDialog: call<ImportReport | null>()(fields({ folders: v.boolean('folders must be true or false') })),
  cancelImport: call<boolean>()(fields({ importId: id })),
  /** Imports the jobs ticked in a list page's preview (`token` from the import report). */
  importListJobs: call<ImportReport>()(
    fields({
      token: id,
      picks: v.pipe(
        v.array(
          v.pipe(v.number('picks must be numbers'), v.integer('picks must be whole numbers'), v.minValue(0)),
          'picks must be a list',
        ),
        v.minLength(1, 'tick at least one job'),
        v.maxLength(50_000, 'at most 50,000 jobs at once'),
      ),
    }),
  ),
} as const;
