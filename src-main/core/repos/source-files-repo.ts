import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';

export interface NewSourceFile {
  importId: number;
  fileName: string;
  originalPath: string | null;
  contentHash: string;
  byteSize: number;
  compressed: Buffer;
  savedAt: string | null;
  importedAt: string;
}

export function findSourceFileByHash(db: ReadableDb, contentHash: string): { id: number; fileName: string } | undefined {
  return statement(db, 'SELECT id, file_name AS fileName FROM source_files WHERE content_hash = ?').get(contentHash) as
    { id: number; fileName: string } | undefined;
}

export function insertSourceFile(db: WritableDb, file: NewSourceFile): number {
  return Number(
    statement(
      db,
      `INSERT INTO source_files (import_id, file_name, original_path, content_hash, byte_size, compressed, saved_at, imported_at)
         VALUES (@importId, @fileName, @originalPath, @contentHash, @byteSize, @compressed, @savedAt, @importedAt)`,
    ).run(file).lastInsertRowid,
  );
}

export function readSourceFile(
  db: ReadableDb,
  id: number,
): { fileName: string; compressed: Buffer; contentHash: string } | undefined {
  return statement(
    db,
    'SELECT file_name AS fileName, compressed, content_hash AS contentHash FROM source_files WHERE id = ?',
  ).get(id) as { fileName: string; compressed: Buffer; contentHash: string } | undefined;
}

export function readSourceFileName(db: ReadableDb, id: number): string | undefined {
  return (
    statement(db, 'SELECT file_name AS fileName FROM source_files WHERE id = ?').get(id) as { fileName: string } | undefined
  )?.fileName;
}
