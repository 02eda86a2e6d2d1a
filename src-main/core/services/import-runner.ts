import type { ImportReport } from '../../../src-shared/domain/import-report';
import type { CoreContext, Platform } from '../context';
import { importSources, type ImportSource } from './import-service';

/**
 * Runs imports for one process and remembers the running ones so they can
 * be cancelled; tells the renderer about progress and the outcome.
 */
export class ImportRunner {
  private readonly running = new Map<number, AbortController>();
  private active = 0;

  constructor(
    private readonly core: CoreContext,
    private readonly platform: Platform,
  ) {}

  async run(sources: readonly ImportSource[], origin: string): Promise<ImportReport> {
    const controller = new AbortController();
    let importId: number | null = null;
    this.active += 1;
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
      this.active -= 1;
      if (importId !== null) this.running.delete(importId);
    }
  }

  /** True while any import is writing to the database. */
  get busy(): boolean {
    return this.active > 0;
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
