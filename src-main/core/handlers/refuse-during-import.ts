import { QuarryError } from '../../../src-shared/errors';
import type { ImportRunner } from '../services/import-runner';

/** Swapping the whole database under a running import would lose its files: wait for it. */
export function refuseDuringImport(imports: ImportRunner, action: string): void {
  if (imports.busy) throw new QuarryError('conflict', `An import is running: ${action} when it has finished.`);
}
