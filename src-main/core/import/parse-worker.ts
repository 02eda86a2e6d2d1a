/** Worker thread: reads and parses files off the main event loop. Receives a FileSource, answers a ParsedFile or a reason. */
import { parentPort } from 'node:worker_threads';
import { ImportFileError, loadSource, processFile, type FileSource, type ParsedFile } from './pipeline';
import { unreadableReason } from './read-failures';

export type WorkerRequest = { id: number; source: FileSource };
export type WorkerResponse = { id: number; ok: true; parsed: ParsedFile } | { id: number; ok: false; reason: string };

/** What the import report says about a file the worker could not read or parse. */
export function failureReason(error: unknown): string {
  if (error instanceof ImportFileError) return error.message;
  return unreadableReason(error) ?? `Quarry could not read this page (${(error as Error).message ?? String(error)}).`;
}

parentPort?.on('message', ({ id, source }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id, ok: true, parsed: processFile(loadSource(source)) };
  } catch (error) {
    response = { id, ok: false, reason: failureReason(error) };
  }
  // Not transferred: Node marks zlib's output buffers untransferable, and the copy is small (it is compressed).
  parentPort!.postMessage(response);
});
