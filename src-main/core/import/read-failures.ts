/**
 * Why a file or folder could not be read, in words where the system's are cryptic;
 * null for other failures. Its own module: the main process words its folder walk
 * with it without loading the parsers, which run in the import worker.
 */
export function unreadableReason(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'The file does not exist.';
  if (code === 'EACCES' || code === 'EPERM') return 'Permission denied.';
  if (code === 'EISDIR') return 'This is a folder, not a file.';
  return null;
}
