import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { statement } from '../../../src-main/core/db/statements';
import { isStorageFailure, toStorageError } from '../../../src-main/core/db/storage-errors';
import { QuarryError } from '../../../src-shared/errors';

/** A failure as SQLite or the file system reports it. */
const failure = (code: unknown, message = `${String(code)}: raw words`) => Object.assign(new Error(message), { code });

describe('toStorageError', () => {
  it.each([
    ['SQLITE_FULL', 'the disk is full; free some space and try again'],
    ['SQLITE_IOERR_WRITE', 'the disk reported a read or write error'],
    ['SQLITE_READONLY_DBMOVED', 'the data folder is read-only; check its permissions'],
    ['SQLITE_CANTOPEN', 'the file cannot be opened; check that the folder exists and is writable'],
    ['SQLITE_CORRUPT_INDEX', 'the database file is damaged'],
    ['SQLITE_NOTADB', 'the file is not a Quarry database'],
    ['SQLITE_BUSY_SNAPSHOT', 'another program is holding the database; close it and try again'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'permission denied'],
    ['ENOSPC', 'the disk is full'],
  ])('words %s for a person', (code, words) => {
    const error = toStorageError(failure(code), 'Could not save');
    expect(error).toBeInstanceOf(QuarryError);
    expect(error).toMatchObject({ code: 'storage', message: `Could not save: ${words}.` });
  });

  it('keeps the system’s words for other failures, and passes Quarry’s own errors through', () => {
    expect(toStorageError(failure('SQLITE_CONSTRAINT', 'UNIQUE constraint failed'), 'Could not save').message).toBe(
      'Could not save: UNIQUE constraint failed',
    );
    expect(toStorageError(failure('XSQLITE_FULL', 'odd'), 'Could not save').message).toBe('Could not save: odd');
    expect(toStorageError(failure(28, 'numeric code'), 'Could not save').message).toBe('Could not save: numeric code');
    expect(toStorageError('a thrown string', 'Could not save').message).toBe('Could not save: a thrown string');
    expect(toStorageError(null, 'Could not save').message).toBe('Could not save: null');
    const own = new QuarryError('not_found', 'No such job.');
    expect(toStorageError(own, 'Could not save')).toBe(own);
  });
});

describe('isStorageFailure', () => {
  it('tells disk and database failures from the rest', () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_CONSTRAINT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC']) {
      expect(isStorageFailure(failure(code)), code).toBe(true);
    }
    for (const value of [failure('ENOENT'), failure(''), failure(13), new Error('plain'), null, undefined, 'SQLITE_FULL']) {
      expect(isStorageFailure(value)).toBe(false);
    }
  });
});

describe('statement', () => {
  it('prepares each SQL once per connection', () => {
    const first = new Database(':memory:');
    const second = new Database(':memory:');
    const once = statement(first, 'SELECT 1 AS one');
    expect(statement(first, 'SELECT 1 AS one')).toBe(once);
    expect(statement(first, 'SELECT 2 AS two')).not.toBe(once);
    expect(statement(second, 'SELECT 1 AS one')).not.toBe(once);
    expect(statement(second, 'SELECT 1 AS one').get()).toEqual({ one: 1 });
    first.close();
    second.close();
  });
});
