import type { ImportReport } from '../../../src-shared/domain/import-report';
import type { CoreContext, Platform } from '../context';
import { importSources, type ImportSource } from './import-service';

/**
 * Runs imports for one process and remembers the running ones so they can
 * be cancelled; tells the renderer about progress and the outcome.
 */
export class ImportRunner {
  private readonly running = new Map<number, AbortController>();

  constructor(
    private readonly core: CoreContext,
    private readonly platform: Platform,
  ) {}

  async run(sources: readonly ImportSource[], origin: string): Promise<ImportReport> {
    const controller = new AbortController();
    let importId: number | null = null;
    try {
      const report = await importSources({ db: this.core.db, clock: this.core.clock, parser: this.core.parser() }, sources, {
        origin,
        signal: controller.signal,
        onProgress: (progress) => {
          if (importId === null) {
            importId = progress.importId;
            this.running.set(importId, controller);
          }
          this.platform.emit('importProgress', progress);
        },
      });
      this.core.jobsChanged(report.files.flatMap((file) => file.jobIds));
      this.platform.emit('importFinished', report);
      if (report.jobsImported > 0) this.platform.emit('dataChanged', { reason: 'import' });
      return report;
    } finally {
      if (importId !== null) this.running.delete(importId);
    }
  }

  runPaths(paths: readonly string[], origin: string): Promise<ImportReport> {
    return this.run(
      paths.map((path) => ({ kind: 'path', path })),
      origin,
    );
  }

  cancel(importId: number): boolean {
    const controller = this.running.get(importId);
    controller?.abort();
    return controller !== undefined;
  }
}
