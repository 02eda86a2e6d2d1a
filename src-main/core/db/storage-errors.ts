import { QuarryError } from '../../../src-shared/errors';

const EXPLANATIONS: Record<string, string> = {
  SQLITE_FULL: 'the disk is full; free some space and try again',
  SQLITE_READONLY: 'the data folder is read-only; check its permissions',
  SQLITE_CANTOPEN: 'the file cannot be opened; check that the folder exists and is writable',
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_NOTADB: 'the file is not a Quarry database',
  SQLITE_BUSY: 'another program is holding the database; close it and try again',
  SQLITE_IOERR: 'the disk reported a read or write error',
};

/** Turns a SQLite or file-system failure into a storage error a person can act on. */
export function toStorageError(error: unknown, context: string): QuarryError {
  if (error instanceof QuarryError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  const family = Object.keys(EXPLANATIONS).find((prefix) => code.startsWith(prefix));
  if (family) return new QuarryError('storage', `${context}: ${EXPLANATIONS[family]}.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new QuarryError('storage', `${context}: permission denied.`);
  }
  if (code === 'ENOSPC') return new QuarryError('storage', `${context}: the disk is full.`);
  return new QuarryError('storage', `${context}: ${(error as Error)?.message ?? String(error)}`);
}

export function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_') || ['EACCES', 'EPERM', 'EROFS', 'ENOSPC'].includes(code));
}
