import { format } from 'date-fns';
import { toCsv } from './csv';
import { noonOf } from './job-dates';

/** What a job seeker did, as offices that ask for a log of the search count it. */
export const ACTIVITY_KINDS = ['applied', 'interview', 'follow_up', 'outcome'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_LABELS: Record<ActivityKind, string> = {
  applied: 'Application sent',
  interview: 'Interview',
  follow_up: 'Follow-up',
  outcome: 'Outcome',
};

export interface ActivityEntry {
  /** The calendar day it happened (yyyy-MM-dd, the user's own time zone). */
  day: string;
  /** The time of day, for an interview ("14:30"). */
  time: string | null;
  kind: ActivityKind;
  jobId: number;
  title: string;
  company: string;
  /** The interview stage and how it went, the outcome, or nothing. */
  detail: string | null;
}

export interface ActivityReport {
  /** First and last calendar day, both included. */
  from: string;
  to: string;
  entries: ActivityEntry[];
}

/** Entries in the order a reader expects: by day, then time, then kind. */
export function sortActivity(entries: readonly ActivityEntry[]): ActivityEntry[] {
  return [...entries].sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      (a.time ?? '').localeCompare(b.time ?? '') ||
      ACTIVITY_KINDS.indexOf(a.kind) - ACTIVITY_KINDS.indexOf(b.kind) ||
      a.jobId - b.jobId,
  );
}

/** How many of each kind: the report's headline. */
export function activityTotals(entries: readonly ActivityEntry[]): Record<ActivityKind, number> {
  const totals = Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, 0])) as Record<ActivityKind, number>;
  for (const entry of entries) totals[entry.kind]++;
  return totals;
}

/** "3 Mar 2026" */
export const reportDay = (day: string): string => format(noonOf(day), 'd MMM yyyy');

/** "1 Nov 2026 – 30 Nov 2026" */
export const reportRange = (report: Pick<ActivityReport, 'from' | 'to'>): string =>
  `${reportDay(report.from)} – ${reportDay(report.to)}`;

/** "4 applications sent, 2 interviews, 1 follow-up, 1 outcome" */
export function activitySummary(entries: readonly ActivityEntry[]): string {
  const totals = activityTotals(entries);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    count(totals.applied, 'application sent', 'applications sent'),
    count(totals.interview, 'interview', 'interviews'),
    count(totals.follow_up, 'follow-up', 'follow-ups'),
    count(totals.outcome, 'outcome', 'outcomes'),
  ].join(', ');
}

export const ACTIVITY_CSV_HEADER = ['Date', 'Time', 'Activity', 'Job title', 'Company', 'Details'] as const;

/** One row per entry, for a spreadsheet or an office's form. */
export function activityCsv(report: ActivityReport): string {
  return toCsv([
    [...ACTIVITY_CSV_HEADER],
    ...report.entries.map((entry) => [
      entry.day,
      entry.time ?? '',
      ACTIVITY_LABELS[entry.kind],
      entry.title,
      entry.company,
      entry.detail ?? '',
    ]),
  ]);
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** A printable page on its own (the CLI's --format html): no scripts, no outside resources. */
export function activityHtml(report: ActivityReport): string {
  const rows = report.entries
    .map(
      (entry) =>
        `<tr><td>${reportDay(entry.day)}</td><td>${entry.time ?? ''}</td><td>${ACTIVITY_LABELS[entry.kind]}</td>` +
        `<td>${escapeHtml(entry.title)}</td><td>${escapeHtml(entry.company)}</td><td>${escapeHtml(entry.detail ?? '')}</td></tr>`,
    )
    .join('\n');
  const title = `Job search activity, ${reportRange(report)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
body { font: 11pt system-ui, sans-serif; margin: 2em; color: #111; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #ccc; vertical-align: top; }
th { border-bottom: 2px solid #333; }
</style>
</head>
<body>
<h1>${title}</h1>
<p>${activitySummary(report.entries)}</p>
<table>
<thead><tr>${ACTIVITY_CSV_HEADER.map((name) => `<th>${name}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
