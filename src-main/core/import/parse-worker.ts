/** Worker thread: parses files off the main event loop. Receives SourceFile, answers ParsedFile or a reason. */
import { parentPort } from 'node:worker_threads';
import { ImportFileError, processFile, type SourceFile } from './pipeline';

export type WorkerRequest = { id: number; file: SourceFile };
export type WorkerResponse =
  { id: number; ok: true; parsed: ReturnType<typeof processFile> } | { id: number; ok: false; reason: string };

parentPort?.on('message', ({ id, file }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id, ok: true, parsed: processFile(file) };
  } catch (error) {
    const reason =
      error instanceof ImportFileError
        ? error.message
        : `Quarry could not read this page (${(error as Error).message ?? String(error)}).`;
    response = { id, ok: false, reason };
  }
  parentPort!.postMessage(response);
});
