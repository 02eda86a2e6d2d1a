export type FileStatus = 'imported' | 'duplicate' | 'failed' | 'cancelled';

/** What happened to one file of an import. */
export interface FileOutcome {
  file: string;
  status: FileStatus;
  jobsImported: number;
  duplicates: number;
  /** Jobs created from this file. */
  jobIds: number[];
  /** Why the file failed, or what it duplicated. */
  reason: string | null;
}

export interface ImportReport {
  importId: number;
  files: FileOutcome[];
  filesTotal: number;
  jobsImported: number;
  duplicates: number;
  failures: number;
  /** Files in the chosen folders that are not saved pages (images, scripts…) and were left alone. */
  skipped: number;
  cancelled: boolean;
  durationMs: number;
}

export interface ImportProgress {
  importId: number;
  done: number;
  total: number;
  currentFile: string | null;
}

export function summariseReport(report: ImportReport): string {
  const parts = [`${report.jobsImported} ${report.jobsImported === 1 ? 'job' : 'jobs'} imported`];
  if (report.duplicates > 0) parts.push(`${report.duplicates} already saved`);
  if (report.failures > 0) parts.push(`${report.failures} ${report.failures === 1 ? 'file' : 'files'} failed`);
  if (report.cancelled) parts.push('cancelled');
  return parts.join(', ');
}
