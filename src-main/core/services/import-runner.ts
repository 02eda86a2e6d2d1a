import type { ImportReport } from '../../../src-shared/domain/import-report';
import type { CoreContext, Platform } from '../context';
import { importPickedJobs, importSources, PendingLists, type ImportSource } from './import-service';

/**
 * Runs imports for one process and remembers the running ones so they can
 * be cancelled; tells the renderer about progress and the outcome.
 */
export class ImportRunner {
  private readonly running = new Map<number, AbortController>();
  private active = 0;
  /** List pages waiting for the user to pick jobs (not with takeLists, where every job is taken). */
  private readonly lists = new PendingLists();

  constructor(
    private readonly core: CoreContext,
    private readonly platform: Platform,
  ) {}

  async run(sources: readonly ImportSource[], origin: string, { takeLists = false } = {}): Promise<ImportReport> {
    const controller = new AbortController();
    let importId: number | null = null;
    this.active += 1;
    try {
      const report = await importSources({ db: this.core.db, clock: this.core.clock, parser: this.core.parser() }, sources, {
        origin,
        takeLists,
        lists: this.lists,
        signal: controller.signal,
        onProgress: (progress) => {
          if (importId === null) {
            importId = progress.importId;
            this.running.set(importId, controller);
          }
          this.platform.emit('importProgress', progress);
        },
      });
      this.announce(report);
      return report;
    } finally {
      this.active -= 1;
      if (importId !== null) this.running.delete(importId);
    }
  }

  /** Imports the jobs the user ticked on a list page an earlier import kept. */
  importPicked(token: number, picks: readonly number[]): ImportReport {
    const report = importPickedJobs({ db: this.core.db, clock: this.core.clock }, this.lists, token, picks);
    this.announce(report);
    return report;
  }

  private announce(report: ImportReport): void {
    this.core.jobsChanged(report.files.flatMap((file) => file.jobIds));
    this.platform.emit('importFinished', report);
    if (report.jobsImported > 0) this.platform.emit('dataChanged', { reason: 'import' });
  }

  /** True while any import is writing to the database. */
  get busy(): boolean {
    return this.active > 0;
  }

  runPaths(paths: readonly string[], origin: string, options: { takeLists?: boolean } = {}): Promise<ImportReport> {
    return this.run(
      paths.map((path) => ({ kind: 'path', path })),
      origin,
      options,
    );
  }

  cancel(importId: number): boolean {
    const controller = this.running.get(importId);
    controller?.abort();
    return controller !== undefined;
  }
}
