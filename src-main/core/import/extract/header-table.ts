import { all, attr, lineText, one, type Element } from '../dom';
import { emptyRawJob, type PageContext, type RawJob } from '../types';
import { columnRoles, isJobTable, type ColumnRole } from './table-columns';

/** The cells of a row, with colspan taken into account so columns line up with the header. */
function rowCells(row: Element): (Element | null)[] {
  const cells: (Element | null)[] = [];
  for (const cell of row.children) {
    if (cell.type !== 'tag' || (cell.name !== 'td' && cell.name !== 'th')) continue;
    cells.push(cell);
    const span = Math.min(Number(attr(cell, 'colspan') ?? 1) || 1, 50);
    for (let extra = 1; extra < span; extra++) cells.push(null);
  }
  return cells;
}

/** Visible text: spreadsheet exports hide words in display:none spans. */
function visibleText(cell: Element | null): string | null {
  if (!cell) return null;
  for (const hidden of all('[style*="display:none" i], [style*="display: none" i]', cell)) hidden.children = [];
  return lineText(cell);
}

/**
 * Tables whose header names the job and another column (Title, Company,
 * Location…): spreadsheet exports, job tables in newsletters and READMEs.
 */
export function extractHeaderTables({ document }: PageContext): RawJob[] {
  const jobs: RawJob[] = [];
  for (const table of all('table', document)) {
    if (one('table', table)) continue;
    const rows = all('tr', table);
    const headerIndex = rows.findIndex((row) => rowCells(row).some((cell) => visibleText(cell)));
    if (headerIndex < 0) continue;
    const roles = columnRoles(rowCells(rows[headerIndex]!).map((cell) => visibleText(cell) ?? ''));
    if (!isJobTable(roles)) continue;
    for (const row of rows.slice(headerIndex + 1)) {
      const job: RawJob = { ...emptyRawJob('header-table') };
      rowCells(row).forEach((cell, column) => fill(job, roles[column] ?? null, cell));
      if (job.title) jobs.push(job);
    }
  }
  return jobs;
}

function fill(job: RawJob, role: ColumnRole | null, cell: Element | null): void {
  if (!role || !cell) return;
  const text = visibleText(cell);
  const link = attr(one('a[href]', cell), 'href');
  if (role === 'title') {
    job.title = text;
    job.url = link;
  } else if (role === 'apply') job.applyUrl = link ?? (text && /^https?:\/\//iu.test(text) ? text : null);
  else if (!text) return;
  else if (role === 'company') job.company = text;
  else if (role === 'location') job.location = text;
  else if (role === 'workplace') job.workplace = text;
  else if (role === 'salary') job.salaryText = text;
  else if (role === 'posted') job.postedText = text;
  else if (role === 'employmentType') job.employmentType = text;
}
