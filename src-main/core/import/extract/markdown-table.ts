import { emptyRawJob, type PageContext, type RawJob } from '../types';
import { columnRoles, isJobTable, type ColumnRole } from './table-columns';

const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/u;
const MARKDOWN_LINK = /\[([^\]]*)\]\(([^)\s]+)[^)]*\)/gu;
const HTML_HREF = /href\s*=\s*["']([^"']+)["']/iu;
/** "↳" rows in GitHub job tables belong to the company of the row above. */
const SAME_AS_ABOVE = /^(↳|⤷|"|〃|-)$/u;

function cells(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return trimmed.split(/(?<!\\)\|/u).map((cell) => cell.trim());
}

/** A cell's words: markdown links to their text, tags and emphasis dropped. */
function cellText(cell: string): string {
  return cell
    .replace(
      /<details>.*?<summary>.*?<\/summary>(.*?)<\/details>/giu,
      (_, inner: string) => inner.split(/<\/?br\s*\/?>/iu)[0] ?? '',
    )
    .replace(MARKDOWN_LINK, '$1')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/\*\*|__|~~|`/gu, '')
    .replace(/&amp;/gu, '&')
    .replace(/\\\|/gu, '|')
    .replace(/\s+/gu, ' ')
    .trim();
}

function cellLink(cell: string): string | null {
  const markdown = [...cell.matchAll(MARKDOWN_LINK)].find((match) => /^https?:/iu.test(match[2]!));
  if (markdown) return markdown[2]!;
  const html = cell.match(HTML_HREF);
  return html?.[1] && /^https?:/iu.test(html[1]) ? html[1] : null;
}

/**
 * Markdown job tables (GitHub READMEs saved as they are, or .md files): a
 * header row naming the columns (Company, Role, Location…), a separator
 * row, then one job per row.
 */
export function extractMarkdownTables({ source }: PageContext): RawJob[] {
  const jobs: RawJob[] = [];
  const lines = source.split(/\r?\n/u);
  for (let index = 1; index < lines.length; index++) {
    if (!SEPARATOR.test(lines[index]!) || !lines[index - 1]!.includes('|')) continue;
    const roles = columnRoles(cells(lines[index - 1]!).map(cellText));
    if (!isJobTable(roles)) continue;
    let company: string | null = null;
    for (index++; index < lines.length && lines[index]!.trim().startsWith('|'); index++) {
      const row = cells(lines[index]!);
      const job: RawJob = { ...emptyRawJob('markdown-table') };
      roles.forEach((role, column) => fillFromCell(job, role, row[column] ?? ''));
      if (job.company && SAME_AS_ABOVE.test(job.company)) job.company = company;
      company = job.company ?? company;
      job.url = job.url ?? row.map(cellLink).find((link) => link !== null) ?? null;
      if (job.title) jobs.push(job);
    }
  }
  return jobs;
}

function fillFromCell(job: RawJob, role: ColumnRole | null, cell: string): void {
  const text = cellText(cell);
  if (!role || !text) {
    if (role === 'apply') job.applyUrl = cellLink(cell);
    return;
  }
  if (role === 'title') {
    job.title = text;
    job.url = cellLink(cell);
  } else if (role === 'company') job.company = text;
  else if (role === 'location') job.location = text;
  else if (role === 'workplace') job.workplace = text;
  else if (role === 'salary') job.salaryText = text;
  else if (role === 'posted') job.postedText = text;
  else if (role === 'employmentType') job.employmentType = text;
  else if (role === 'apply') job.applyUrl = cellLink(cell);
}
