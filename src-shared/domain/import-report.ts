import type { RemotePolicy } from './job';

/** 'list': a page that lists jobs, waiting for the user to choose which to import. */
export type FileStatus = 'imported' | 'duplicate' | 'failed' | 'cancelled' | 'list';

/** One job a list page names, as the preview shows it. */
export interface ListCandidate {
  index: number;
  title: string;
  company: string;
  location: string | null;
  salary: string | null;
  remote: RemotePolicy | null;
  url: string | null;
  /** Already on the board (same link, or same title at the same company). */
  alreadySaved: boolean;
}

/** A list page kept in memory until the user picks jobs from it (or dismisses it). */
export interface ListPreview {
  token: number;
  fileName: string;
  candidates: ListCandidate[];
}

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
  /** For a list page: the jobs it names, to choose from. */
  list?: ListPreview;
  /** What to know about the jobs saved: an earlier application at the same company, a nearly identical job saved. */
  warnings?: string[];
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
  const lists = report.files.filter((file) => file.status === 'list').length;
  if (lists > 0) parts.push(`${lists} ${lists === 1 ? 'page lists' : 'pages list'} jobs to choose from`);
  if (report.duplicates > 0) parts.push(`${report.duplicates} already saved`);
  if (report.failures > 0) parts.push(`${report.failures} ${report.failures === 1 ? 'file' : 'files'} failed`);
  if (report.cancelled) parts.push('cancelled');
  return parts.join(', ');
}

/** The candidates whose title, company, location or salary holds every word of the filter, in page order. */
export function filterCandidates(candidates: readonly ListCandidate[], filter: string): ListCandidate[] {
  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(filter).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...candidates];
  return candidates.filter((candidate) => {
    const haystack = fold([candidate.title, candidate.company, candidate.location, candidate.salary, candidate.remote].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
