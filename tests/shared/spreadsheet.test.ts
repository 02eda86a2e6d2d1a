import { describe, expect, it } from 'vitest';
import {
  isSlashedDate,
  mappingIsComplete,
  parseSheetDate,
  sheetRowToJob,
  slashedDateOrder,
  statusFromText,
  suggestMapping,
  type SheetColumnRef,
  type SheetField,
} from '../../src-shared/domain/spreadsheet';

const COLUMNS: SheetColumnRef[] = [
  { id: 1, key: 'saved', name: 'Saved', closes: false },
  { id: 2, key: 'applied', name: 'Applied', closes: false },
  { id: 3, key: 'interviewing', name: 'Interviewing', closes: false },
  { id: 4, key: 'offer', name: 'Offer', closes: false },
  { id: 5, key: 'closed', name: 'Closed', closes: true },
  { id: 6, key: 'archive', name: 'Archive', closes: true },
];

describe('a spreadsheet row as a job', () => {
  const MAPPING: SheetField[] = [
    'title',
    'company',
    'status',
    'appliedAt',
    'url',
    'tags',
    'location',
    'salary',
    'notes',
    'notes',
    'title',
  ];
  const row = (cells: Partial<Record<number, string>>) => MAPPING.map((_, index) => cells[index] ?? '');

  it('reads every mapped field; two columns of one field join, notes by lines and the rest by spaces', () => {
    const result = sheetRowToJob(
      row({
        0: ' Backend ',
        10: 'Engineer',
        1: 'Acme',
        2: 'Applied',
        3: '2026-11-03',
        4: 'https://acme.example/jobs/1',
        5: 'go, Rust;go | sql,,',
        6: ' Berlin ',
        7: '€70k',
        8: 'Called Sam',
        9: 'Follow up Friday',
      }),
      MAPPING,
      COLUMNS,
    );
    expect(result).toEqual({
      ok: true,
      warnings: [],
      job: {
        title: 'Backend Engineer',
        company: 'Acme',
        status: { columnId: 2, outcome: null, warning: null },
        appliedAt: '2026-11-03T12:00:00.000Z',
        url: 'https://acme.example/jobs/1',
        location: 'Berlin',
        tags: ['go', 'Rust', 'sql'],
        salaryText: '€70k',
        notes: 'Called Sam\nFollow up Friday',
      },
    });
  });

  it('leaves empty fields empty, and keeps at most 30 tags', () => {
    const tags = Array.from({ length: 35 }, (_, index) => `t${index}`).join(',');
    const result = sheetRowToJob(row({ 0: 'Dev', 1: 'Acme', 5: tags }), MAPPING, COLUMNS);
    expect(result.ok && result.job).toMatchObject({ location: null, salaryText: null, url: null, appliedAt: null, notes: '' });
    expect(result.ok && result.job.tags).toHaveLength(30);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('says what it left out: a status, a date or an address it did not understand', () => {
    const result = sheetRowToJob(
      row({ 0: 'Dev', 1: 'Acme', 2: 'Pondering', 3: 'someday', 4: 'acme.example/jobs https://x' }),
      MAPPING,
      COLUMNS,
    );
    expect(result.ok && result.warnings).toEqual([
      'Status “Pondering” was not recognised: put in Saved.',
      'Date “someday” was not understood: left out.',
      '“acme.example/jobs https://x” is not a web address: left out.',
    ]);
    const plainHttp = sheetRowToJob(row({ 0: 'Dev', 1: 'Acme', 4: 'http://acme.example/1' }), MAPPING, COLUMNS);
    expect(plainHttp.ok && plainHttp.job.url).toBe('http://acme.example/1');
    const spaced = sheetRowToJob(row({ 0: 'Dev', 1: 'Acme', 4: 'https://acme.example/1 (closed)' }), MAPPING, COLUMNS);
    expect(spaced.ok && spaced.job.url).toBeNull();
  });

  it('refuses a row without a title or a company, or with either over 500 characters', () => {
    const refused = (cells: Partial<Record<number, string>>) => {
      const result = sheetRowToJob(row(cells), MAPPING, COLUMNS);
      return result.ok ? 'imported' : result.reason;
    };
    expect(refused({})).toBe('No job title and no company.');
    expect(refused({ 1: 'Acme' })).toBe('No job title (company “Acme”).');
    expect(refused({ 0: 'Dev' })).toBe('No company (job “Dev”).');
    expect(refused({ 0: 'x'.repeat(500), 1: 'y'.repeat(500) })).toBe('imported');
    expect(refused({ 0: 'x'.repeat(501), 1: 'Acme' })).toBe('Title or company is longer than 500 characters.');
    expect(refused({ 0: 'Dev', 1: 'y'.repeat(501) })).toBe('Title or company is longer than 500 characters.');
  });
});

describe('a status and an outcome', () => {
  it('puts an empty status in the first open column, and a column named exactly into that column', () => {
    expect(statusFromText('  ', COLUMNS)).toEqual({ columnId: 1, outcome: null, warning: null });
    expect(statusFromText('archive', COLUMNS)).toEqual({ columnId: 6, outcome: 'no_reply', warning: null });
    const closedFirst = [COLUMNS[4]!, COLUMNS[0]!];
    expect(statusFromText('', closedFirst).columnId).toBe(1);
    expect(statusFromText('', [COLUMNS[4]!]).columnId).toBe(5);
  });

  it('closes a job with a known outcome in its own closing column, or the first one', () => {
    expect(statusFromText('Archive', COLUMNS, ' Rejected ')).toEqual({ columnId: 6, outcome: 'rejected', warning: null });
    expect(statusFromText('Applied', COLUMNS, 'ghosted')).toEqual({ columnId: 5, outcome: 'ghosted', warning: null });
  });

  it('adds a warning for an outcome it does not know to any warning the status had', () => {
    expect(statusFromText('Applied', COLUMNS, 'Maybe')).toEqual({
      columnId: 2,
      outcome: null,
      warning: 'Outcome “Maybe” was not recognised: left out.',
    });
    expect(statusFromText('Pondering', COLUMNS, 'Maybe').warning).toBe(
      'Status “Pondering” was not recognised: put in Saved. Outcome “Maybe” was not recognised: left out.',
    );
    expect(statusFromText('Applied', COLUMNS.slice(0, 4), 'Rejected').warning).toBe(
      'Outcome “Rejected” was not recognised: left out.',
    );
  });
});

describe('dates in a sheet', () => {
  it('reads dates at noon UTC, an ISO date with its time, and nothing outside 1990 to 2100', () => {
    expect(parseSheetDate(' 2026-11-03T18:30:00Z ')).toBe('2026-11-03T12:00:00.000Z');
    expect(parseSheetDate('2026-11-03 09:00')).toBe('2026-11-03T12:00:00.000Z');
    expect(parseSheetDate('3 Nov 2026')).toBe('2026-11-03T12:00:00.000Z');
    expect(parseSheetDate('')).toBeNull();
    expect(parseSheetDate('1990-01-01')).toBe('1990-01-01T12:00:00.000Z');
    expect(parseSheetDate('1989-12-31')).toBeNull();
    expect(parseSheetDate('2100-12-31')).toBe('2100-12-31T12:00:00.000Z');
    expect(parseSheetDate('2101-01-01')).toBeNull();
  });

  it('reads a slashed date in the file’s order unless a number over 12 says otherwise', () => {
    expect(parseSheetDate('03/11/2026')).toBe('2026-03-11T12:00:00.000Z');
    expect(parseSheetDate('03/11/2026', 'day-first')).toBe('2026-11-03T12:00:00.000Z');
    expect(parseSheetDate('13/01/26')).toBe('2026-01-13T12:00:00.000Z');
    expect(parseSheetDate('01/13/2026', 'day-first')).toBe('2026-01-13T12:00:00.000Z');
    expect(parseSheetDate('12/12/2026', 'day-first')).toBe('2026-12-12T12:00:00.000Z');
    expect(parseSheetDate('12/01/2026')).toBe('2026-12-01T12:00:00.000Z');
    expect(parseSheetDate('05/12/2026', 'day-first')).toBe('2026-12-05T12:00:00.000Z');
    expect(isSlashedDate(' 1/2/26 ')).toBe(true);
  });

  it('decides a file’s order by its dates, and says whether it is sure', () => {
    expect(slashedDateOrder(['13/01/2026', '14/02/2026', '01/13/2026'])).toEqual({ order: 'day-first', certain: false });
    expect(slashedDateOrder(['13/01/2026', '01/13/2026'])).toEqual({ order: 'day-first', certain: false });
    expect(slashedDateOrder(['13/01/2026', '01/13/2026', '01/14/2026'])).toEqual({ order: 'month-first', certain: false });
    expect(slashedDateOrder([' 12/01/2026 ', '2026-01-01'])).toEqual({ order: 'month-first', certain: false });
    expect(slashedDateOrder(['12/12/2026', '05/05/2026'])).toEqual({ order: 'month-first', certain: true });
    expect(slashedDateOrder(['12/13/2026'])).toEqual({ order: 'month-first', certain: true });
    expect(slashedDateOrder(['01/12/2026'])).toEqual({ order: 'month-first', certain: false });
  });
});

describe('the column mapping', () => {
  it('suggests nothing for a header that names no field, and needs a title and a company', () => {
    // “Company Website” is a website (a URL), already taken by “Job URL”.
    expect(suggestMapping(['Foo', 'Job URL', 'Company Website', 'Company'])).toEqual(['ignore', 'url', 'ignore', 'company']);
    expect(mappingIsComplete(['title'])).toBe(false);
    expect(mappingIsComplete(['company', 'title'])).toBe(true);
  });
});
