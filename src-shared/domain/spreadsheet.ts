/**
 * Bringing in what someone tracked in a spreadsheet: which column means what,
 * suggested from the headers, and each row turned into a job or a reason why not.
 */
import { isValid, parse } from 'date-fns';
import type { CloseOutcome } from './job';
import { restoreFormulaText } from './csv';
import { normaliseLine } from './text';

export const SHEET_FIELDS = [
  'title',
  'company',
  'status',
  'outcome',
  'appliedAt',
  'url',
  'location',
  'tags',
  'salary',
  'notes',
  'ignore',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

export const SHEET_FIELD_LABELS: Record<SheetField, string> = {
  title: 'Job title',
  company: 'Company',
  status: 'Status',
  outcome: 'Outcome',
  appliedAt: 'Date applied',
  url: 'Listing URL',
  location: 'Location',
  tags: 'Tags',
  salary: 'Salary',
  notes: 'Notes',
  ignore: 'Leave out',
};

/** Header words that suggest a field. */
const HEADER_PATTERNS: [SheetField, RegExp][] = [
  ['appliedAt', /\b(date|applied on|when)\b/giu],
  ['title', /\b(job\s*title|title|role|position|job)\b/giu],
  ['company', /\b(company|employer|organi[sz]ation|org)\b/giu],
  ['status', /\b(status|stage|state|progress)\b/giu],
  ['outcome', /\b(outcome|result)\b/giu],
  ['url', /\b(url|link|posting|listing|website)\b/giu],
  ['location', /\b(location|city|where|place|remote)\b/giu],
  ['tags', /\b(tags?|labels?|skills?|stack)\b/giu],
  ['salary', /\b(salary|pay|compensation|comp|rate)\b/giu],
  ['notes', /\b(notes?|comments?|remarks?)\b/giu],
];

/**
 * The field a header names last: English puts the head noun last, so
 * "Job URL" is a URL and "Company Website" a website, not a company.
 */
function fieldNamedBy(header: string): SheetField | null {
  let best: { field: SheetField; at: number } | null = null;
  for (const [field, pattern] of HEADER_PATTERNS) {
    const at = [...header.matchAll(pattern)].at(-1)?.index;
    if (at !== undefined && (!best || at > best.at)) best = { field, at };
  }
  return best?.field ?? null;
}

/** A mapping can import once it says which columns hold the job title and the company. */
export const mappingIsComplete = (mapping: readonly SheetField[]): boolean =>
  mapping.includes('title') && mapping.includes('company');

/** One suggested field per header, none twice (the first header naming it gets it). */
export function suggestMapping(headers: readonly string[]): SheetField[] {
  const taken = new Set<SheetField>();
  return headers.map((header) => {
    const field = fieldNamedBy(header);
    if (!field || taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}

export interface SheetColumnRef {
  id: number;
  key: string;
  name: string;
  closes: boolean;
}

export interface SheetStatus {
  columnId: number;
  outcome: CloseOutcome | null;
  /** Set when the text was not understood and the job went to the first column instead. */
  warning: string | null;
}

const STATUS_WORDS: [RegExp, string, CloseOutcome | null][] = [
  [/accept|hired|signed/iu, 'closed', 'accepted'],
  [/reject|declin|turned down|unsuccessful|not selected/iu, 'closed', 'rejected'],
  [/ghost/iu, 'closed', 'ghosted'],
  [/withdr|pulled out|not interested/iu, 'closed', 'withdrawn'],
  [/no (reply|response|answer)|never heard/iu, 'closed', 'no_reply'],
  [/offer/iu, 'offer', null],
  [/interview|screen|phone|onsite|on-site|technical|final|call/iu, 'interviewing', null],
  [/appl|submitted|sent/iu, 'applied', null],
  [/sav|wish|interest|bookmark|todo|to do|planned|draft/iu, 'saved', null],
];

/**
 * A status as written in someone's sheet to a board column (and a close
 * outcome). A separate outcome ("Rejected" beside "Closed", as Quarry's own
 * CSV has it, or beside "Applied" in trackers that keep the last stage
 * reached) says how the job ended, so the job goes to the closing column.
 */
export function statusFromText(text: string, columns: readonly SheetColumnRef[], outcomeText = ''): SheetStatus {
  const status = columnFromText(text, columns);
  const wanted = outcomeText.trim();
  if (wanted === '') return status;
  const outcome = STATUS_WORDS.find(([pattern, , candidate]) => candidate && pattern.test(wanted))?.[2];
  const closing =
    columns.find((column) => column.id === status.columnId && column.closes) ?? columns.find((column) => column.closes);
  if (!outcome || !closing) {
    const warning = `Outcome “${wanted}” was not recognised: left out.`;
    return { ...status, warning: status.warning ? `${status.warning} ${warning}` : warning };
  }
  return { columnId: closing.id, outcome, warning: status.warning };
}

function columnFromText(text: string, columns: readonly SheetColumnRef[]): SheetStatus {
  const first = columns.find((column) => !column.closes) ?? columns[0]!;
  const wanted = text.trim();
  if (wanted === '') return { columnId: first.id, outcome: null, warning: null };
  const byName = columns.find((column) => column.name.toLowerCase() === wanted.toLowerCase());
  if (byName) return { columnId: byName.id, outcome: byName.closes ? 'no_reply' : null, warning: null };
  for (const [pattern, key, outcome] of STATUS_WORDS) {
    const column = pattern.test(wanted) ? columns.find((candidate) => candidate.key === key) : undefined;
    if (column) return { columnId: column.id, outcome, warning: null };
  }
  return { columnId: first.id, outcome: null, warning: `Status “${wanted}” was not recognised: put in ${first.name}.` };
}

const DATE_FORMATS = ['yyyy-MM-dd', 'yyyy/MM/dd', 'd MMM yyyy', 'd MMMM yyyy', 'MMM d, yyyy', 'MMMM d, yyyy', 'dd.MM.yyyy'];

/** Which number comes first in a slashed date: 14/10/2026 is day-first, 10/14/2026 month-first. */
export const DATE_ORDERS = ['day-first', 'month-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/u;

/** "03/11/2026", "3/11/26": a date whose order the file's habit decides. */
export const isSlashedDate = (text: string): boolean => SLASHED.test(text.trim());

export interface DateOrderEvidence {
  order: DateOrder;
  /** False when no date settles it (every day is 12 or less) or the dates disagree: the user should say. */
  certain: boolean;
}

/**
 * How a file writes its slashed dates, decided once from all of them: a first
 * number over 12 can only be a day, a second one only a day too. One file has
 * one habit, so "03/11/2026" is read the same way as "14/10/2026" beside it.
 */
export function slashedDateOrder(texts: readonly string[]): DateOrderEvidence {
  let dayFirst = 0;
  let monthFirst = 0;
  let undecided = 0;
  for (const text of texts) {
    const slashed = SLASHED.exec(text.trim());
    if (!slashed) continue;
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    if (first > 12) dayFirst++;
    else if (second > 12) monthFirst++;
    else if (first !== second) undecided++;
  }
  if (dayFirst > 0 && monthFirst > 0) return { order: dayFirst >= monthFirst ? 'day-first' : 'month-first', certain: false };
  if (dayFirst > 0) return { order: 'day-first', certain: true };
  if (monthFirst > 0) return { order: 'month-first', certain: true };
  // Nothing settles it: month-first, the US spreadsheet default, unless the user says otherwise.
  return { order: 'month-first', certain: undecided === 0 };
}

/**
 * A date as spreadsheets write it, at noon UTC so it stays on the same day
 * in every zone. Slashed dates follow `order`, the file's habit, unless a
 * number over 12 says otherwise.
 */
export function parseSheetDate(text: string, order: DateOrder = 'month-first'): string | null {
  const value = text.trim();
  if (value === '') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ]\d/u.exec(value);
  const candidates = iso ? [iso[1]!] : [value];
  const slashed = SLASHED.exec(value);
  // Where a number cannot be a month the date says its own order; `order` settles the rest.
  const dayFirst = slashed ? Number(slashed[1]) > 12 || (order === 'day-first' && Number(slashed[2]) <= 12) : false;
  const formats = slashed ? (dayFirst ? ['d/M/yyyy', 'd/M/yy'] : ['M/d/yyyy', 'M/d/yy']) : DATE_FORMATS;
  for (const candidate of candidates) {
    for (const format of formats) {
      const date = parse(candidate, format, new Date(2000, 0, 1));
      if (isValid(date) && date.getFullYear() >= 1990 && date.getFullYear() <= 2100) {
        return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), 12)).toISOString();
      }
    }
  }
  return null;
}

export interface SheetJob {
  title: string;
  company: string;
  status: SheetStatus;
  appliedAt: string | null;
  url: string | null;
  location: string | null;
  tags: string[];
  salaryText: string | null;
  notes: string;
}

export type SheetRowResult = { ok: true; job: SheetJob; warnings: string[] } | { ok: false; reason: string };

const cellFor = (cells: readonly string[], mapping: readonly SheetField[], field: SheetField): string =>
  mapping
    .map((mapped, index) => (mapped === field ? restoreFormulaText((cells[index] ?? '').trim()) : ''))
    .filter((value) => value !== '')
    .join(field === 'notes' ? '\n' : ' ');

/** One spreadsheet row to a job, or the reason it cannot be one; slashed dates read in the file's `dateOrder`. */
export function sheetRowToJob(
  cells: readonly string[],
  mapping: readonly SheetField[],
  columns: readonly SheetColumnRef[],
  dateOrder: DateOrder = 'month-first',
): SheetRowResult {
  const title = normaliseLine(cellFor(cells, mapping, 'title'));
  const company = normaliseLine(cellFor(cells, mapping, 'company'));
  if (!title && !company) return { ok: false, reason: 'No job title and no company.' };
  if (!title) return { ok: false, reason: `No job title (company “${company}”).` };
  if (!company) return { ok: false, reason: `No company (job “${title}”).` };
  if (title.length > 500 || company.length > 500) return { ok: false, reason: 'Title or company is longer than 500 characters.' };
  const warnings: string[] = [];
  const status = statusFromText(cellFor(cells, mapping, 'status'), columns, cellFor(cells, mapping, 'outcome'));
  if (status.warning) warnings.push(status.warning);
  const dateText = cellFor(cells, mapping, 'appliedAt');
  const appliedAt = parseSheetDate(dateText, dateOrder);
  if (dateText && !appliedAt) warnings.push(`Date “${dateText}” was not understood: left out.`);
  const urlText = cellFor(cells, mapping, 'url');
  const url = /^https?:\/\/\S+$/iu.test(urlText) ? urlText : null;
  if (urlText && !url) warnings.push(`“${urlText}” is not a web address: left out.`);
  const tags = cellFor(cells, mapping, 'tags')
    .split(/[,;|]/u)
    .map((tag) => normaliseLine(tag))
    .filter((tag) => tag !== '');
  return {
    ok: true,
    warnings,
    job: {
      title,
      company,
      status,
      appliedAt,
      url,
      location: normaliseLine(cellFor(cells, mapping, 'location')) || null,
      tags: [...new Set(tags)].slice(0, 30),
      salaryText: normaliseLine(cellFor(cells, mapping, 'salary')) || null,
      notes: cellFor(cells, mapping, 'notes'),
    },
  };
}

/** The dates in the column mapped to "Date applied", for deciding the file's date order. */
export function appliedDateTexts(rows: readonly (readonly string[])[], mapping: readonly SheetField[]): string[] {
  return rows.map((cells) => cellFor(cells, mapping, 'appliedAt'));
}
