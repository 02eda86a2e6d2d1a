import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  documentProblem,
  documentType,
  isTextDocument,
  type DocumentContent,
  type DocumentKind,
  type DocumentSummary,
  type JobDocument,
} from '../../../src-shared/domain/documents';
import { QuarryError } from '../../../src-shared/errors';
import type { Clock, Platform } from '../context';
import type { Db, ReadableDb } from '../db/database';
import { toStorageError } from '../db/storage-errors';
import {
  deleteDocumentRow,
  describeDocument,
  documentUses,
  findDocumentByHash,
  findJobDocument,
  insertDocument,
  linkDocument,
  listDocumentSummaries,
  readDocumentContent,
  unlinkDocument,
} from '../repos/documents-repo';
import { requireJob } from './require-job';

export interface AttachRequest {
  jobId: number;
  fileName: string;
  bytes: Buffer;
  kind: DocumentKind;
  versionLabel: string | null;
}

/** The words of a plain-text file, for search; a file that is not UTF-8 text still attaches, without them. */
function textOf(fileName: string, bytes: Buffer): string | null {
  if (!isTextDocument(fileName)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Attaches a file to a job. The same bytes attached to many jobs are stored
 * once (by content hash), keeping the name, kind and version they first had.
 */
export function attachDocument(db: Db, request: AttachRequest, clock: Clock): JobDocument {
  requireJob(db, request.jobId);
  const problem = documentProblem(request.fileName, request.bytes.length);
  if (problem) throw new QuarryError('invalid_argument', problem);
  const contentHash = createHash('sha256').update(request.bytes).digest('hex');
  const now = clock().toISOString();
  try {
    return db.transaction(() => {
      const documentId =
        findDocumentByHash(db, contentHash)?.id ??
        insertDocument(
          db,
          {
            contentHash,
            fileName: request.fileName,
            mediaType: documentType(request.fileName)!,
            kind: request.kind,
            versionLabel: request.versionLabel,
            content: request.bytes,
            text: textOf(request.fileName, request.bytes),
          },
          now,
        );
      linkDocument(db, request.jobId, documentId, now);
      return findJobDocument(db, request.jobId, documentId)!;
    })();
  } catch (error) {
    throw toStorageError(error, `Could not attach ${request.fileName}`);
  }
}

/** Attaches a document already stored (from the Documents view, or to undo a detach). */
export function attachStoredDocument(db: Db, jobId: number, documentId: number, clock: Clock): JobDocument {
  requireJob(db, jobId);
  if (!readDocumentContent(db, documentId)) throw new QuarryError('not_found', `There is no document ${documentId}.`);
  linkDocument(db, jobId, documentId, clock().toISOString());
  return findJobDocument(db, jobId, documentId)!;
}

/** Takes a document off one job; the file stays for every other job, and in the Documents view. */
export function detachDocument(db: Db, jobId: number, documentId: number): JobDocument {
  const attached = findJobDocument(db, jobId, documentId);
  if (!attached) throw new QuarryError('not_found', `Document ${documentId} is not attached to job ${jobId}.`);
  unlinkDocument(db, jobId, documentId);
  return attached;
}

export const listDocuments = (db: ReadableDb): DocumentSummary[] => listDocumentSummaries(db);

export function documentContent(db: ReadableDb, id: number): DocumentContent {
  const stored = readDocumentContent(db, id);
  if (!stored) throw new QuarryError('not_found', `There is no document ${id}.`);
  return { fileName: stored.fileName, mediaType: stored.mediaType, contentBase64: stored.content.toString('base64') };
}

export function updateDocument(db: Db, id: number, kind: DocumentKind, versionLabel: string | null): DocumentSummary {
  if (!describeDocument(db, id, kind, versionLabel)) throw new QuarryError('not_found', `There is no document ${id}.`);
  return listDocumentSummaries(db).find((document) => document.id === id)!;
}

/** Deletes a document no job holds any more (a job in the trash still holds its documents). */
export function deleteDocument(db: Db, id: number): void {
  const uses = documentUses(db, id);
  if (uses > 0) {
    throw new QuarryError('conflict', `This document is attached to ${uses === 1 ? 'a job' : `${uses} jobs`}: detach it first.`);
  }
  if (!readDocumentContent(db, id)) throw new QuarryError('not_found', `There is no document ${id}.`);
  deleteDocumentRow(db, id);
}

/** A stored name as a file name every system accepts (a name comes from the user's own file, but may hold a slash). */
const safeFileName = (name: string): string =>
  [...name].map((char) => (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char) ? '_' : char)).join('');

/**
 * Opens a document with the system's viewer: a copy goes to a temporary
 * folder (the viewer may lock or change it; the stored bytes stay as they were).
 */
export async function openDocument(db: ReadableDb, platform: Platform, id: number): Promise<null> {
  if (!platform.openFile) {
    throw new QuarryError('invalid_argument', 'Only the desktop app opens documents in another program: download it instead.');
  }
  const stored = readDocumentContent(db, id);
  if (!stored) throw new QuarryError('not_found', `There is no document ${id}.`);
  const folder = join(tmpdir(), 'quarry-documents', String(id));
  const path = join(folder, safeFileName(stored.fileName));
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, stored.content);
  } catch (error) {
    throw toStorageError(error, `Could not copy ${stored.fileName} to open it`);
  }
  await platform.openFile(path);
  return null;
}
