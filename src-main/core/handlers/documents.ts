import {
  attachDocument,
  attachStoredDocument,
  deleteDocument,
  detachDocument,
  documentContent,
  listDocuments,
  openDocument,
  updateDocument,
} from '../services/documents-service';
import { oneJob, type DomainHandlers, type HandlerDeps } from './types';

export function documentsHandlers({ db, clock, platform }: HandlerDeps): DomainHandlers<'documents'> {
  return {
    attachDocument: {
      run: ({ contentBase64, ...request }) =>
        attachDocument(db(), { ...request, bytes: Buffer.from(contentBase64, 'base64') }, clock),
      changes: (_, { jobId }) => oneJob(jobId),
    },
    attachStoredDocument: {
      run: ({ jobId, documentId }) => attachStoredDocument(db(), jobId, documentId, clock),
      changes: (_, { jobId }) => oneJob(jobId),
    },
    detachDocument: {
      run: ({ jobId, documentId }) => detachDocument(db(), jobId, documentId),
      changes: (_, { jobId }) => oneJob(jobId),
    },
    listDocuments: { run: () => listDocuments(db()) },
    getDocumentContent: { run: ({ id }) => documentContent(db(), id) },
    openDocument: { run: ({ id }) => openDocument(db(), platform, id) },
    // A new name or label changes what search finds for every job holding the document.
    updateDocument: {
      run: ({ id, kind, versionLabel }) => updateDocument(db(), id, kind, versionLabel),
      changes: (document) => ({ jobs: document.jobs.map((job) => job.id) }),
    },
    deleteDocument: { run: ({ id }) => (deleteDocument(db(), id), null) },
  };
}
