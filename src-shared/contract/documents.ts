import * as v from 'valibot';
import { DOCUMENT_KINDS, type DocumentContent, type DocumentSummary, type JobDocument } from '../domain/documents';
import { call, fields, fileContent, id, noArgs, optionalLine, requiredLine } from './schemas';

const kind = v.picklist(DOCUMENT_KINDS, `kind must be one of ${DOCUMENT_KINDS.join(', ')}`);

/** Files sent with applications: résumés, cover letters, portfolios, offer letters. */
export const documentsCalls = {
  /** Attaches a file the page read (picker or drop); the same bytes on many jobs are stored once. */
  attachDocument: call<JobDocument>()(
    fields({
      jobId: id,
      fileName: requiredLine('File name'),
      contentBase64: fileContent,
      kind,
      versionLabel: optionalLine('Version'),
    }),
  ),
  /** Attaches a document already stored to another job (or back, to undo a detach). */
  attachStoredDocument: call<JobDocument>()(fields({ jobId: id, documentId: id })),
  detachDocument: call<JobDocument>()(fields({ jobId: id, documentId: id })),
  listDocuments: call<DocumentSummary[]>()(noArgs),
  getDocumentContent: call<DocumentContent>()(fields({ id })),
  /** Opens the document with the system's viewer (desktop app only). */
  openDocument: call<null>()(fields({ id })),
  updateDocument: call<DocumentSummary>()(fields({ id, kind, versionLabel: optionalLine('Version') })),
  deleteDocument: call<null>()(fields({ id })),
} as const;
