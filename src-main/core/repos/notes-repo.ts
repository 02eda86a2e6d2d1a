import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';

/** A job's running notes: one document per job, saved as the user types. */
export function readNotes(db: ReadableDb, jobId: number): string {
  const row = statement(db, 'SELECT body FROM notes WHERE job_id = ? ORDER BY id LIMIT 1').get(jobId) as
    { body: string } | undefined;
  return row?.body ?? '';
}

export function writeNotes(db: WritableDb, jobId: number, body: string, now: string): void {
  const updated = statement(
    db,
    'UPDATE notes SET body = ?, updated_at = ? WHERE id = (SELECT min(id) FROM notes WHERE job_id = ?)',
  ).run(body, now, jobId);
  if (updated.changes === 0) {
    statement(db, 'INSERT INTO notes (job_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(jobId, body, now, now);
  }
}
