import type { DocumentContent, DocumentKind, DocumentSummary, JobDocument } from '../../../src-shared/domain/documents';
import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';

export interface NewDocument {
  contentHash: string;
  fileName: string;
  mediaType: string;
  kind: DocumentKind;
  versionLabel: string | null;
  content: Buffer;
  text: string | null;
}

/** The document with these bytes, if one is stored. */
export function findDocumentByHash(db: ReadableDb, contentHash: string): { id: number } | undefined {
  return statement(db, 'SELECT id FROM documents WHERE content_hash = ?').get(contentHash) as { id: number } | undefined;
}

export function insertDocument(db: WritableDb, document: NewDocument, now: string): number {
  return Number(
    statement(
      db,
      `INSERT INTO documents (content_hash, file_name, media_type, kind, version_label, byte_size, content, text, created_at)
       VALUES (@contentHash, @fileName, @mediaType, @kind, @versionLabel, @byteSize, @content, @text, @now)`,
    ).run({ ...document, byteSize: document.content.length, now }).lastInsertRowid,
  );
}

/** Attaches a stored document to a job; attaching it twice changes nothing. */
export function linkDocument(db: WritableDb, jobId: number, documentId: number, now: string): void {
  statement(db, 'INSERT OR IGNORE INTO job_documents (job_id, document_id, attached_at) VALUES (?, ?, ?)').run(
    jobId,
    documentId,
    now,
  );
}

export function unlinkDocument(db: WritableDb, jobId: number, documentId: number): boolean {
  return statement(db, 'DELETE FROM job_documents WHERE job_id = ? AND document_id = ?').run(jobId, documentId).changes > 0;
}

const JOB_DOCUMENT_COLUMNS = `d.id, d.file_name AS fileName, d.kind, d.version_label AS versionLabel, d.byte_size AS byteSize`;

export function listJobDocuments(db: ReadableDb, jobId: number): JobDocument[] {
  return statement(
    db,
    `SELECT ${JOB_DOCUMENT_COLUMNS}, l.attached_at AS attachedAt
       FROM job_documents l JOIN documents d ON d.id = l.document_id
      WHERE l.job_id = ? ORDER BY l.attached_at, d.id`,
  ).all(jobId) as JobDocument[];
}

export function findJobDocument(db: ReadableDb, jobId: number, documentId: number): JobDocument | undefined {
  return statement(
    db,
    `SELECT ${JOB_DOCUMENT_COLUMNS}, l.attached_at AS attachedAt
       FROM job_documents l JOIN documents d ON d.id = l.document_id
      WHERE l.job_id = ? AND l.document_id = ?`,
  ).get(jobId, documentId) as JobDocument | undefined;
}

/** Every document, newest first, with the live jobs it went to (metadata only: the bytes stay where they are). */
export function listDocumentSummaries(db: ReadableDb): DocumentSummary[] {
  const rows = statement(
    db,
    `SELECT ${JOB_DOCUMENT_COLUMNS}, d.media_type AS mediaType, d.created_at AS addedAt,
            (SELECT json_group_array(json_object('id', j.id, 'title', j.title, 'company', j.company))
               FROM job_documents l JOIN jobs j ON j.id = l.job_id
              WHERE l.document_id = d.id AND j.deleted_at IS NULL) AS jobsJson
       FROM documents d ORDER BY d.created_at DESC, d.id DESC`,
  ).all() as (Omit<DocumentSummary, 'jobs'> & { jobsJson: string })[];
  return rows.map(({ jobsJson, ...row }) => ({ ...row, jobs: JSON.parse(jobsJson) as DocumentSummary['jobs'] }));
}

export function readDocumentContent(
  db: ReadableDb,
  id: number,
): (Omit<DocumentContent, 'contentBase64'> & { content: Buffer }) | undefined {
  return statement(db, 'SELECT file_name AS fileName, media_type AS mediaType, content FROM documents WHERE id = ?').get(id) as
    (Omit<DocumentContent, 'contentBase64'> & { content: Buffer }) | undefined;
}

export function describeDocument(db: WritableDb, id: number, kind: DocumentKind, versionLabel: string | null): boolean {
  return statement(db, 'UPDATE documents SET kind = ?, version_label = ? WHERE id = ?').run(kind, versionLabel, id).changes > 0;
}

/** How many jobs, deleted ones included, hold a document: one still in the trash can come back with its job. */
export function documentUses(db: ReadableDb, id: number): number {
  return (statement(db, 'SELECT count(*) AS n FROM job_documents WHERE document_id = ?').get(id) as { n: number }).n;
}

export function deleteDocumentRow(db: WritableDb, id: number): void {
  statement(db, 'DELETE FROM documents WHERE id = ?').run(id);
}

/** Names, labels and text of a job's documents, for search. */
export const DOCUMENT_WORDS_SQL = `
  (SELECT json_group_array(d.file_name || coalesce(' ' || d.version_label, '') || coalesce(' ' || substr(d.text, 1, 20000), ''))
     FROM job_documents l JOIN documents d ON d.id = l.document_id WHERE l.job_id = j.id)`;
