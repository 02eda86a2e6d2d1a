import type { ImportProgress, ImportReport } from '../../../src-shared/domain/import-report';
import { call, errorMessage, subscribe } from './api';
import { board } from './board.svelte';
import { listPreview } from './list-preview.svelte';
import { toPayloads } from './read-files';

/** How often the board is reloaded while an import runs. */
const BOARD_REFRESH_MS = 750;

/** Sends at most this many bytes per call, so a large drop never builds one giant message. */
const BATCH_BYTES = 8 * 1024 * 1024;

function batches(files: readonly File[]): File[][] {
  const result: File[][] = [];
  let current: File[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length > 0 && size + file.size > BATCH_BYTES) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function mergeReports(reports: ImportReport[]): ImportReport {
  const [first] = reports;
  return {
    importId: first!.importId,
    files: reports.flatMap((report) => report.files),
    filesTotal: reports.reduce((sum, report) => sum + report.filesTotal, 0),
    jobsImported: reports.reduce((sum, report) => sum + report.jobsImported, 0),
    duplicates: reports.reduce((sum, report) => sum + report.duplicates, 0),
    failures: reports.reduce((sum, report) => sum + report.failures, 0),
    skipped: reports.reduce((sum, report) => sum + report.skipped, 0),
    cancelled: reports.some((report) => report.cancelled),
    durationMs: reports.reduce((sum, report) => sum + report.durationMs, 0),
  };
}

class ImportState {
  #progress = $state<ImportProgress | null>(null);
  #report = $state<ImportReport | null>(null);
  #error = $state<string | null>(null);
  #busy = $state(false);
  /** The desktop app picks files with the system's dialog; the browser host with a file input in the page. */
  #systemPicker = false;
  #pickInPage: (() => void) | null = null;
  private cancelled = false;
  /** Files done in earlier batches of the current import, so progress counts across batches. */
  private offset = 0;
  private grandTotal = 0;
  private readonly finished = new Set<number>();

  /** The running import's progress, counted across all its batches. */
  get progress(): ImportProgress | null {
    return this.#progress;
  }
  /** The last import's report, until dismissed. */
  get report(): ImportReport | null {
    return this.#report;
  }
  get error(): string | null {
    return this.#error;
  }
  get busy(): boolean {
    return this.#busy;
  }

  /** Says how files are picked here: the system's dialog, or `pickInPage` (a file input's click). */
  usePicker(systemPicker: boolean, pickInPage: (() => void) | null): void {
    this.#systemPicker = systemPicker;
    this.#pickInPage = pickInPage;
  }

  /** Asks the user for saved pages (or a folder of them, where the system dialog can) and imports them. */
  choose(folders: boolean): void {
    if (this.#systemPicker) void this.importWithDialog(folders);
    else this.#pickInPage?.();
  }

  constructor() {
    // Imports started by the main process (menu, files opened with the app) report here too.
    queueMicrotask(() => {
      subscribe('importProgress', (progress) => {
        this.#progress =
          this.grandTotal > 0 ? { ...progress, done: this.offset + progress.done, total: this.grandTotal } : progress;
        this.#showNewCardsSoon();
      });
      subscribe('importFinished', (report) => {
        if (!this.#busy) this.finish(report);
      });
    });
  }

  #boardRefresh: ReturnType<typeof setTimeout> | null = null;

  /** Cards appear on the board while a long import runs, a few times a second at most (each look reloads the board). */
  #showNewCardsSoon(): void {
    if (this.#boardRefresh !== null) return;
    this.#boardRefresh = setTimeout(() => {
      this.#boardRefresh = null;
      void board.load();
    }, BOARD_REFRESH_MS);
  }

  async importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0 || this.#busy) return;
    this.start(files.length);
    const reports: ImportReport[] = [];
    try {
      for (const batch of batches(files)) {
        if (this.cancelled) break;
        reports.push(await call('importFiles', { files: await toPayloads(batch) }));
        this.offset += batch.length;
      }
      if (reports.length > 0) this.finish({ ...mergeReports(reports), cancelled: this.cancelled });
    } catch (error) {
      this.#error = errorMessage(error);
    } finally {
      this.end();
    }
  }

  async importWithDialog(folders: boolean): Promise<void> {
    if (this.#busy) return;
    this.start(0);
    try {
      const report = await call('importWithDialog', { folders });
      if (report) this.finish(report);
    } catch (error) {
      this.#error = errorMessage(error);
    } finally {
      this.end();
    }
  }

  async cancel(): Promise<void> {
    this.cancelled = true;
    if (this.#progress) await call('cancelImport', { importId: this.#progress.importId });
  }

  dismiss(): void {
    this.#report = null;
    this.#error = null;
  }

  private start(total: number): void {
    this.#busy = true;
    this.cancelled = false;
    this.offset = 0;
    this.grandTotal = total;
    this.#report = null;
    this.#error = null;
    this.#progress = null;
  }

  private end(): void {
    this.#busy = false;
    this.#progress = null;
    this.grandTotal = 0;
  }

  private finish(report: ImportReport): void {
    // The same report can come twice: as the call's answer and, later on a busy machine, as the importFinished event.
    if (this.finished.has(report.importId)) return;
    this.finished.add(report.importId);
    const lists = report.files.flatMap((file) => (file.list ? [file.list] : []));
    listPreview.open(lists);
    // A page that only lists jobs goes straight to its preview; the report is for everything else.
    if (lists.length < report.files.length || report.skipped > 0) this.#report = report;
    if (report.jobsImported > 0) void board.load();
  }

  /** Shows what a choice from a list page imported. */
  showReport(report: ImportReport): void {
    this.finished.add(report.importId);
    this.#report = report;
  }
}

export const imports = new ImportState();
