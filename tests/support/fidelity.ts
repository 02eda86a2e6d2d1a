/**
 * Scores the import pipeline against real saved pages and the fields a reader
 * sees on each (../shared/corpus-real/truth.json). Used by the fidelity test
 * (which fails when a field's accuracy drops) and by `npm run bench`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ImportFileError, processFile, type ParsedFile } from '../../src-main/core/import/pipeline';
import type { ExtractedListing } from '../../src-main/core/import/normalise';
import type { RemotePolicy } from '../../src-shared/domain/job';
import { employmentType } from '../../src-shared/domain/workplace';

interface TruthSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: string | null;
}
interface TruthStage {
  kind: string;
  alt_kinds?: string[];
  title: string;
}
interface SinglePage {
  kind: 'single';
  file: string;
  title: string | null;
  company: string | null;
  location_city: string | null;
  remote: boolean | null;
  remote_detail: string | null;
  posted: string | null;
  employment_type: string | null;
  salary: TruthSalary | null;
  interview_stages: TruthStage[];
}
interface ListJob {
  title: string;
  title_alt?: string[];
  company: string | null;
}
interface ListPage {
  kind: 'list';
  file: string;
  job_count: number;
  first: ListJob;
  last: ListJob;
}
interface NoJobPage {
  kind: 'none';
  file: string;
}
interface InterviewPost {
  id: string;
  top_level: boolean;
  company?: string;
  expected_stages: TruthStage[];
}
interface Truth {
  pages: (SinglePage | ListPage | NoJobPage)[];
  hn_interview_processes: { file: string; posts: InterviewPost[] };
}

export const FIELDS = [
  'title',
  'company',
  'location',
  'salary',
  'posted',
  'employmentType',
  'remote',
  'listCount',
  'listFirstLast',
  'interviewStages',
  'noJunk',
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldScore {
  correct: number;
  total: number;
}
export interface FidelityReport {
  fields: Record<Field, FieldScore>;
  /** One line per miss: which page, which field, expected and found. */
  misses: string[];
  /** Junk cards: jobs made from a page that has none, or more jobs than a single page holds. */
  junkCards: number;
}

/** Compare as a reader would: case, accents, punctuation and spacing do not matter. */
export function comparable(value: string | null | undefined): string {
  return (value ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function policyOf(page: SinglePage): RemotePolicy | null {
  if (page.remote === true) return 'remote';
  if (page.remote === false) return page.remote_detail === 'hybrid' ? 'hybrid' : 'onsite';
  return null;
}

function sameSalary(expected: TruthSalary | null, found: ExtractedListing['salary'] | undefined): boolean {
  if (!expected) return !found || (found.min === null && found.max === null);
  if (!found) return false;
  return (
    found.min === expected.min &&
    found.max === expected.max &&
    found.currency === expected.currency &&
    (expected.period === null || found.period === expected.period)
  );
}

function sameJob(expected: ListJob, found: ExtractedListing | undefined): boolean {
  if (!found) return false;
  const titles = [expected.title, ...(expected.title_alt ?? [])].map(comparable);
  const companyOk = expected.company === null ? true : comparable(found.company) === comparable(expected.company);
  return titles.includes(comparable(found.title)) && companyOk;
}

function sameStages(expected: readonly TruthStage[], found: readonly { kind: string }[]): boolean {
  if (expected.length !== found.length) return false;
  return expected.every((stage, index) => [stage.kind, ...(stage.alt_kinds ?? [])].includes(found[index]!.kind));
}

function parse(corpusDir: string, file: string): ParsedFile | Error {
  const path = join(corpusDir, file);
  try {
    return processFile({ fileName: file, bytes: new Uint8Array(readFileSync(path)), modifiedAt: statSync(path).mtime });
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
}

export function scoreCorpus(corpusDir: string): FidelityReport {
  const truth = JSON.parse(readFileSync(join(corpusDir, 'truth.json'), 'utf8')) as Truth;
  const fields = Object.fromEntries(FIELDS.map((field) => [field, { correct: 0, total: 0 }])) as Record<Field, FieldScore>;
  const misses: string[] = [];
  let junkCards = 0;
  const check = (field: Field, file: string, ok: boolean, expected: unknown, found: unknown) => {
    fields[field].total++;
    if (ok) fields[field].correct++;
    else misses.push(`${file} ${field}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(found)}`);
  };
  const parsedByFile = new Map<string, ParsedFile>();

  for (const page of truth.pages) {
    const parsed = parse(corpusDir, page.file);
    if (!(parsed instanceof Error)) parsedByFile.set(page.file, parsed);
    const listings = parsed instanceof Error ? [] : parsed.listings;
    if (page.kind === 'none') {
      junkCards += listings.length;
      check('noJunk', page.file, listings.length === 0, 'no job', listings.length);
      continue;
    }
    if (page.kind === 'list') {
      const count = listings.length;
      check('listCount', page.file, Math.abs(count - page.job_count) <= page.job_count * 0.05, page.job_count, count);
      const first = listings[0];
      const last = listings.at(-1);
      check('listFirstLast', page.file, sameJob(page.first, first), page.first, first && [first.title, first.company]);
      check('listFirstLast', page.file, sameJob(page.last, last), page.last, last && [last.title, last.company]);
      continue;
    }
    if (listings.length > 1) junkCards += listings.length - 1;
    check('noJunk', page.file, listings.length <= 1, 'one job', listings.length);
    const job = listings[0];
    // A page that names no title (a description fragment) may still be read for its other fields.
    check('title', page.file, comparable(job?.title) === comparable(page.title), page.title, job?.title);
    check(
      'company',
      page.file,
      page.company === null ? !job?.company : comparable(job?.company) === comparable(page.company),
      page.company,
      job?.company,
    );
    const location = comparable(job?.location);
    check(
      'location',
      page.file,
      page.location_city === null ? !location : location.includes(comparable(page.location_city)),
      page.location_city,
      job?.location,
    );
    check('salary', page.file, sameSalary(page.salary, job?.salary), page.salary, job?.salary);
    check(
      'posted',
      page.file,
      (job?.postedAt ?? null)?.slice(0, 10) === (page.posted ?? undefined) || (!page.posted && !job?.postedAt),
      page.posted,
      job?.postedAt,
    );
    check(
      'employmentType',
      page.file,
      employmentType(page.employment_type) === (job?.employmentType ?? null),
      employmentType(page.employment_type),
      job?.employmentType,
    );
    check('remote', page.file, policyOf(page) === (job?.remote ?? null), policyOf(page), job?.remote);
    check('interviewStages', page.file, sameStages(page.interview_stages, job?.stages ?? []), page.interview_stages, job?.stages);
  }

  const thread = parsedByFile.get(truth.hn_interview_processes.file);
  for (const post of truth.hn_interview_processes.posts.filter((candidate) => candidate.top_level)) {
    const job = thread?.listings.find((listing) => comparable(listing.company) === comparable(post.company));
    const found = job?.stages.map((stage) => ({ kind: stage.kind, title: stage.title })) ?? null;
    check(
      'interviewStages',
      `HN ${post.company}`,
      !!job && sameStages(post.expected_stages, job.stages),
      post.expected_stages,
      found,
    );
  }
  return { fields, misses, junkCards };
}

export function accuracy(score: FieldScore): number {
  return score.total === 0 ? 1 : score.correct / score.total;
}

/** The report as a printable table: field, correct/total, accuracy. */
export function fidelityTable(report: FidelityReport): string {
  const rows = FIELDS.map(
    (field) =>
      `${field.padEnd(16)} ${`${report.fields[field].correct}/${report.fields[field].total}`.padStart(7)}  ${(accuracy(report.fields[field]) * 100).toFixed(0).padStart(4)} %`,
  );
  return [`${'field'.padEnd(16)} ${'correct'.padStart(7)}  accuracy`, ...rows, `junk cards: ${report.junkCards}`].join('\n');
}
