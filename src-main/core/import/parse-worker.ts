/** Worker thread: reads and parses files off the main event loop. Receives a FileSource, answers a ParsedFile or a reason. */
import { parentPort } from 'node:worker_threads';
import { ImportFileError, loadSource, processFile, type FileSource } from './pipeline';
import type { ParseResult } from './parse-pool';
import { unreadableReason } from './read-failures';

/** What the import report says about a file the worker could not read or parse. */
export function failureReason(error: unknown): string {
  if (error instanceof ImportFileError) return error.message;
  return unreadableReason(error) ?? `Quarry could not read this page (${(error as Error).message ?? String(error)}).`;
}

/** The answer to one file: what it holds, or why it could not be read. */
export function answer(source: FileSource): ParseResult {
  try {
    return { ok: true, parsed: processFile(loadSource(source)) };
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}

// Not transferred: Node marks zlib's output buffers untransferable, and the copy is small (it is compressed).
parentPort?.on('message', (source: FileSource) => parentPort!.postMessage(answer(source)));
