import { describe, expect, it } from 'vitest';
import { failureReason } from '../../../src-main/core/import/parse-worker';
import { ImportFileError } from '../../../src-main/core/import/pipeline';
import { unreadableReason } from '../../../src-main/core/import/read-failures';

/** A failure as Node reports it (the permission ones cannot be produced as root, where CI runs). */
const systemError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('why a file could not be read, in the words of the import report', () => {
  it.each([
    ['ENOENT', 'The file does not exist.'],
    ['EACCES', 'Permission denied.'],
    ['EPERM', 'Permission denied.'],
    ['EISDIR', 'This is a folder, not a file.'],
  ])('words %s', (code, words) => {
    const error = systemError(code, `${code}: something, open '/home/me/job.html'`);
    expect(unreadableReason(error)).toBe(words);
    expect(failureReason(error)).toBe(words);
  });

  it('leaves other failures to the caller, which the worker words as a page it could not read', () => {
    const error = systemError('EIO', 'EIO: i/o error, read');
    expect(unreadableReason(error)).toBeNull();
    expect(unreadableReason(new Error('no code'))).toBeNull();
    expect(failureReason(error)).toBe('Quarry could not read this page (EIO: i/o error, read).');
    expect(failureReason('a thrown string')).toBe('Quarry could not read this page (a thrown string).');
  });

  it('passes the pipeline’s own reasons on as they are', () => {
    expect(failureReason(new ImportFileError('This file is empty.'))).toBe('This file is empty.');
  });
});
