import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileOutcome, ImportProgress, ImportReport, ListCandidate } from '../../../src-shared/domain/import-report';
import { jobName } from '../../../src-shared/domain/job';
import { companyWarnings } from './companies-service';
import { writeNewJob } from './job-writer';
import type { Db } from '../db/database';
import { toStorageError } from '../db/storage-errors';
import { QuarryError } from '../../../src-shared/errors';
import { isSavedPageName, NOT_A_SAVED_PAGE } from '../../../src-shared/domain/saved-page';
import type { FileSource, ParsedFile } from '../import/pipeline';
import { unreadableReason } from '../import/read-failures';
import type { Parser } from '../import/parse-pool';
import { firstOpenColumn } from '../repos/columns-repo';
import { finishImport, startImport } from '../repos/imports-repo';
import { findDuplicateJob, findJob, listJobsFromSourceFile, setDeleted } from '../repos/jobs-repo';
import { findSourceFileByHash, insertSourceFile } from '../repos/source-files-repo';
import type { Clock } from '../context';

export type ImportSource =
  { kind: 'path'; path: string } | { kind: 'file'; fileName: string; bytes: Uint8Array; modifiedAt: Date };

export interface ImportOptions {
  origin: string;
  /** Import every job of a list page (CLI --all); otherwise list pages wait in `lists` for the user's choice. */
  takeLists?: boolean;
  lists?: PendingLists;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export interface ImportDeps {
  db: Db;
  clock: Clock;
  parser: Parser;
}

/** One file to import, and how to name it in the report. */
interface PendingFile {
  label: string;
  path: string | null;
  source: FileSource;
}

/** List pages parsed but not stored: the user picks which of their jobs to import. Kept in memory only. */
export class PendingLists {
  private readonly pages = new Map<number, { path: string | null; parsed: ParsedFile }>();
  private nextToken = 1;
  /** A few pages at most: each holds its parsed jobs and the original bytes. */
  private static readonly KEPT = 20;

  keep(path: string | null, parsed: ParsedFile): number {
    const token = this.nextToken++;
    this.pages.set(token, { path, parsed });
    if (this.pages.size > PendingLists.KEPT) this.pages.delete(this.pages.keys().next().value!);
    return token;
  }

  take(token: number): { path: string | null; parsed: ParsedFile } | undefined {
    return this.pages.get(token);
  }

  forget(token: number): boolean {
    return this.pages.delete(token);
  }
}

/** What the preview shows of a list page's jobs. */
export function listCandidates(db: Db, parsed: ParsedFile): ListCandidate[] {
  return parsed.listings.map((listing, index) => ({
    index,
    title: listing.title,
    company: listing.company,
    location: listing.location,
    salary: listing.salary.text,
    remote: listing.remote,
    url: listing.url,
    alreadySaved: findDuplicateJob(db, listing) !== undefined,
  }));
}

function listOutcome(db: Db, label: string, parsed: ParsedFile, lists: PendingLists): FileOutcome {
  const count = parsed.listings.length;
  return {
    file: label,
    status: 'list',
    jobsImported: 0,
    duplicates: 0,
    jobIds: [],
    reason: `This page lists ${count} ${count === 1 ? 'job' : 'jobs'}: choose which to import.`,
    list: { token: lists.keep(label, parsed), fileName: parsed.fileName, candidates: listCandidates(db, parsed) },
  };
}

/** Folders that browsers write next to a saved page to hold its images and scripts. */
const ASSET_FOLDER = /_files$|^\./u;
const PARALLEL_FILES = 4;

const fromPath = (path: string): PendingFile => ({ label: path, path, source: { kind: 'path', path } });

async function walk(folder: string, found: PendingFile[], skipped: { count: number }): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!ASSET_FOLDER.test(entry.name)) await walk(path, found, skipped);
    } else if (entry.isFile() && isSavedPageName(entry.name)) {
      found.push(fromPath(path));
    } else {
      skipped.count++;
    }
  }
}

/** Files and folders to the list of files to import; folders are searched recursively for saved pages. */
async function expand(sources: readonly ImportSource[]): Promise<{ files: (PendingFile | FileOutcome)[]; skipped: number }> {
  const files: (PendingFile | FileOutcome)[] = [];
  const skipped = { count: 0 };
  for (const source of sources) {
    if (source.kind === 'file') {
      files.push({ label: source.fileName, path: null, source });
      continue;
    }
    try {
      const info = await stat(source.path);
      if (info.isDirectory()) {
        const found: PendingFile[] = [];
        await walk(source.path, found, skipped);
        files.push(...found);
      } else {
        files.push(fromPath(source.path));
      }
    } catch (error) {
      files.push(failed(source.path, unreadableReason(error) ?? (error as Error).message));
    }
  }
  return { files, skipped: skipped.count };
}

function failed(file: string, reason: string): FileOutcome {
  return { file, status: 'failed', jobsImported: 0, duplicates: 0, jobIds: [], reason };
}

/**
 * Stores one parsed file in a single transaction: its original bytes
 * (compressed) and every listing that is not already saved. A file whose
 * bytes were imported before, or whose every job is already on the board,
 * is reported as a duplicate and writes nothing, except when every job it
 * gave was deleted since: importing it again brings those jobs back, with
 * their stages, notes and history, rather than saying "already imported"
 * about jobs the board does not show.
 */
export function storeParsedFile(db: Db, importId: number, path: string | null, parsed: ParsedFile, now: string): FileOutcome {
  const label = path ?? parsed.fileName;
  return db.transaction((): FileOutcome => {
    const previous = findSourceFileByHash(db, parsed.contentHash);
    // Jobs picked from a list page at different times share the page as their source.
    if (previous && parsed.kind === 'single') {
      const jobs = listJobsFromSourceFile(db, previous.id);
      // Not when the listing is back on the board from another file meanwhile: that would show it twice.
      const revivable = jobs.every((job) => job.deleted && !findDuplicateJob(db, findJob(db, job.id, true)!));
      if (jobs.length > 0 && revivable) {
        for (const job of jobs) setDeleted(db, job.id, null);
        return {
          file: label,
          status: 'imported',
          jobsImported: jobs.length,
          duplicates: 0,
          jobIds: jobs.map((job) => job.id),
          reason: 'Deleted earlier: brought back with its stages, notes and history.',
        };
      }
      return {
        file: label,
        status: 'duplicate',
        jobsImported: 0,
        duplicates: parsed.listings.length,
        jobIds: [],
        reason: `Already imported (as ${previous.fileName}).`,
      };
    }
    const fresh = [];
    const duplicateOf: string[] = [];
    const warnings = new Set<string>();
    for (const listing of parsed.listings) {
      const existing = findDuplicateJob(db, listing);
      if (existing) {
        duplicateOf.push(jobName(existing));
        continue;
      }
      fresh.push(listing);
      for (const warning of companyWarnings(db, listing, now)) warnings.add(warning);
    }
    if (fresh.length === 0) {
      return {
        file: label,
        status: 'duplicate',
        jobsImported: 0,
        duplicates: duplicateOf.length,
        jobIds: [],
        reason: `Already saved: ${duplicateOf.slice(0, 3).join('; ')}.`,
      };
    }
    const sourceFileId =
      previous?.id ??
      insertSourceFile(db, {
        importId,
        fileName: parsed.fileName,
        originalPath: path,
        contentHash: parsed.contentHash,
        byteSize: parsed.byteSize,
        compressed: Buffer.from(parsed.compressed),
        savedAt: parsed.savedAt.toISOString(),
        importedAt: now,
      });
    const columnId = firstOpenColumn(db).id;
    const jobIds = fresh.map(({ stages, extractor: _extractor, ...fields }) =>
      writeNewJob(
        db,
        { ...fields, sourceFileId, contentHash: parsed.contentHash, importedAt: now },
        { columnId, at: now },
        stages,
      ),
    );
    return {
      file: label,
      status: 'imported',
      jobsImported: jobIds.length,
      duplicates: duplicateOf.length,
      jobIds,
      reason: duplicateOf.length > 0 ? `Already saved: ${duplicateOf.slice(0, 3).join('; ')}.` : null,
      ...(warnings.size > 0 ? { warnings: [...warnings] } : {}),
    };
  })();
}

/**
 * Imports files and folders: each file is read, parsed in a worker and
 * stored in its own transaction, so a failure or a cancel never leaves a
 * file half-written and never undoes the files before it.
 */
export async function importSources(
  deps: ImportDeps,
  sources: readonly ImportSource[],
  options: ImportOptions,
): Promise<ImportReport> {
  const started = Date.now();
  const { db, clock, parser } = deps;
  const { files, skipped } = await expand(sources);
  const importId = startImport(db, options.origin, clock().toISOString(), files.length);
  const outcomes: FileOutcome[] = new Array(files.length);
  let done = 0;
  let next = 0;

  const report = (currentFile: string | null) => options.onProgress?.({ importId, done, total: files.length, currentFile });

  const processOne = async (index: number) => {
    const entry = files[index]!;
    if ('status' in entry) {
      outcomes[index] = entry;
      return;
    }
    if (options.signal?.aborted) {
      outcomes[index] = { ...failed(entry.label, 'Import cancelled before this file.'), status: 'cancelled' };
      return;
    }
    report(entry.label);
    if (!isSavedPageName(entry.label)) {
      outcomes[index] = failed(entry.label, NOT_A_SAVED_PAGE);
      return;
    }
    const result = await parser.parse(entry.source);
    if (options.signal?.aborted) {
      outcomes[index] = { ...failed(entry.label, 'Import cancelled before this file was saved.'), status: 'cancelled' };
      return;
    }
    if (!result.ok) {
      outcomes[index] = failed(entry.label, result.reason);
      return;
    }
    if (result.parsed.kind === 'list' && !options.takeLists) {
      outcomes[index] = options.lists
        ? listOutcome(db, entry.label, result.parsed, options.lists)
        : failed(entry.label, `This page lists ${result.parsed.listings.length} jobs: import it with --all to take them all.`);
      return;
    }
    try {
      outcomes[index] = storeParsedFile(db, importId, entry.path, result.parsed, clock().toISOString());
    } catch (error) {
      outcomes[index] = failed(entry.label, toStorageError(error, 'Could not save').message);
    }
  };

  const lane = async () => {
    while (next < files.length) {
      const index = next++;
      await processOne(index);
      done++;
      report(null);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FILES, files.length) }, lane));

  return finish(deps, importId, outcomes, { skipped, cancelled: options.signal?.aborted ?? false, started });
}

function finish(
  { db, clock }: Omit<ImportDeps, 'parser'>,
  importId: number,
  outcomes: FileOutcome[],
  { skipped, cancelled, started }: { skipped: number; cancelled: boolean; started: number },
): ImportReport {
  const finished: ImportReport = {
    importId,
    files: outcomes,
    filesTotal: outcomes.length,
    jobsImported: outcomes.reduce((sum, outcome) => sum + outcome.jobsImported, 0),
    duplicates: outcomes.reduce((sum, outcome) => sum + outcome.duplicates, 0),
    failures: outcomes.filter((outcome) => outcome.status === 'failed').length,
    skipped,
    cancelled,
    durationMs: Date.now() - started,
  };
  try {
    finishImport(db, importId, clock().toISOString(), finished, JSON.stringify(finished.files));
  } catch (error) {
    throw toStorageError(error, 'The import finished but its report could not be saved');
  }
  return finished;
}

/**
 * Stores the jobs the user ticked on a list page, each a normal card with the
 * page kept as its source, in one transaction.
 */
export function importPickedJobs(
  deps: Omit<ImportDeps, 'parser'>,
  lists: PendingLists,
  token: number,
  picks: readonly number[],
): ImportReport {
  const started = Date.now();
  const pending = lists.take(token);
  if (!pending) throw new QuarryError('not_found', 'This list page is no longer open: import the file again.');
  const { path, parsed } = pending;
  const outOfRange = picks.find((index) => index >= parsed.listings.length);
  if (outOfRange !== undefined) {
    throw new QuarryError(
      'invalid_argument',
      `The page lists ${parsed.listings.length} jobs; there is no job ${outOfRange + 1}.`,
    );
  }
  const chosen = [...new Set(picks)].sort((a, b) => a - b).map((index) => parsed.listings[index]!);
  const now = deps.clock().toISOString();
  const importId = startImport(deps.db, 'list', now, 1);
  let outcome: FileOutcome;
  try {
    outcome = storeParsedFile(deps.db, importId, path, { ...parsed, listings: chosen }, now);
  } catch (error) {
    outcome = failed(path ?? parsed.fileName, toStorageError(error, 'Could not save').message);
  }
  if (outcome.status !== 'failed') lists.forget(token);
  return finish(deps, importId, [outcome], { skipped: 0, cancelled: false, started });
}
