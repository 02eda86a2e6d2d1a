import { describe, expect, it } from 'vitest';
import {
  filterCandidates,
  summariseReport,
  type FileOutcome,
  type ImportReport,
  type ListCandidate,
} from '../../src-shared/domain/import-report';

const outcome = (status: FileOutcome['status']): FileOutcome => ({
  file: `${status}.html`,
  status,
  jobsImported: 0,
  duplicates: 0,
  jobIds: [],
  reason: null,
});
const report = (extra: Partial<ImportReport>): ImportReport => ({
  importId: 1,
  files: [],
  filesTotal: 0,
  jobsImported: 0,
  duplicates: 0,
  failures: 0,
  skipped: 0,
  cancelled: false,
  durationMs: 5,
  ...extra,
});

describe('the import report’s summary line', () => {
  it('says how many jobs came in, in the singular or plural', () => {
    expect(summariseReport(report({}))).toBe('0 jobs imported');
    expect(summariseReport(report({ jobsImported: 1 }))).toBe('1 job imported');
    expect(summariseReport(report({ jobsImported: 12 }))).toBe('12 jobs imported');
  });

  it('adds list pages, duplicates, failures and a cancel only when there are any, in that order', () => {
    expect(
      summariseReport(
        report({ jobsImported: 2, files: [outcome('list'), outcome('imported')], duplicates: 1, failures: 1, cancelled: true }),
      ),
    ).toBe('2 jobs imported, 1 page lists jobs to choose from, 1 already saved, 1 file failed, cancelled');
    expect(summariseReport(report({ files: [outcome('list'), outcome('list')], duplicates: 3, failures: 2 }))).toBe(
      '0 jobs imported, 2 pages list jobs to choose from, 3 already saved, 2 files failed',
    );
  });
});

describe('filtering a list page’s jobs', () => {
  const candidate = (index: number, extra: Partial<ListCandidate>): ListCandidate => ({
    index,
    title: 'Engineer',
    company: 'Acme',
    location: null,
    salary: null,
    remote: null,
    url: null,
    alreadySaved: false,
    ...extra,
  });
  const all = [
    candidate(0, { title: 'Backend Engineer', company: 'Zürich Labs', location: 'Zürich' }),
    candidate(1, { title: 'Designer', salary: '$120k', remote: 'remote' }),
    candidate(2, { title: 'BACKEND lead', company: 'Other' }),
  ];
  const found = (filter: string) => filterCandidates(all, filter).map((match) => match.index);

  it('matches every word, in any field, ignoring case and accents, in page order', () => {
    expect(found('backend')).toEqual([0, 2]);
    expect(found('zurich backend')).toEqual([0]);
    expect(found('120k remote')).toEqual([1]);
    expect(found('backend designer')).toEqual([]);
  });

  it('keeps every job for an empty filter, as a copy', () => {
    const kept = filterCandidates(all, '   ');
    expect(kept).toEqual(all);
    expect(kept).not.toBe(all);
  });
});
