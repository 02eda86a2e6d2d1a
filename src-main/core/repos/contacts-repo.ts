import type { Contact } from '../../../src-shared/domain/job';
import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';

export function listContacts(db: ReadableDb, jobId: number): Contact[] {
  return statement(db, 'SELECT id, name, role, email, link FROM contacts WHERE job_id = ? ORDER BY id').all(jobId) as Contact[];
}

export function insertContact(db: WritableDb, jobId: number, contact: Omit<Contact, 'id'>, now: string): Contact {
  const id = Number(
    statement(db, 'INSERT INTO contacts (job_id, name, role, email, link, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      jobId,
      contact.name,
      contact.role,
      contact.email,
      contact.link,
      now,
    ).lastInsertRowid,
  );
  return { id, ...contact };
}

/** Removes a contact and returns what it was, so the removal can be undone. */
export function deleteContact(db: WritableDb, id: number): (Contact & { jobId: number }) | undefined {
  const row = statement(db, 'SELECT id, job_id AS jobId, name, role, email, link FROM contacts WHERE id = ?').get(id) as
    (Contact & { jobId: number }) | undefined;
  if (row) statement(db, 'DELETE FROM contacts WHERE id = ?').run(id);
  return row;
}
