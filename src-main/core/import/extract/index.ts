import { attr, comments, lineText, metaContent, one, type Document } from '../dom';
import type { Extractor, PageContext, RawJob } from '../types';
import { extractDiscussionThread } from './discussion-thread';
import { extractDescriptionFragment } from './description-fragment';
import { extractGeneric, hasJobEvidence } from './generic';
import { extractHeaderTables } from './header-table';
import { extractJsonLd } from './json-ld';
import { layoutExtractors } from './layouts';
import { extractMarkdownTables } from './markdown-table';
import { extractMicrodata } from './microdata';
import { extractReadmeTable } from './readme-table';
import { extractRepeatedRecords } from './repeated-records';
import { statedFields } from './stated-fields';

/** What a page holds: one job, a list of jobs, or none (with what it looks like instead). */
export type ExtractedPage =
  { kind: 'single'; jobs: [RawJob] } | { kind: 'list'; jobs: RawJob[] } | { kind: 'none'; looksLike: string };

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/** Fills the fields `primary` lacks from another extractor's view of the same single-job page. */
function fillGaps(primary: RawJob, secondary: RawJob): RawJob {
  const merged: Record<string, unknown> = { ...primary };
  for (const [key, value] of Object.entries(secondary)) {
    if (isEmpty(merged[key]) && !isEmpty(value)) merged[key] = value;
  }
  return merged as unknown as RawJob;
}

/** Pages that write their jobs out as posts or rows: one job per post or row; a single one is a single-job page. */
const WRITTEN_LISTS: readonly Extractor[] = [
  extractDiscussionThread,
  extractMarkdownTables,
  extractHeaderTables,
  extractReadmeTable,
];

/** "46 Jobs in India", "Open Positions (63)", "Search results": the page's heading announces a list. */
const LIST_HEADING =
  /\b\d[\d,.]*\+?\s+(jobs?|positions?|openings?|results?|vacanc\w*|offres?|stellen\w*|empleos?|ofertas?|lavori|vagas?)\b|\b(jobs?|stellen|emplois?|empleos?)\s+(in|en|à|a)\b|open (positions|roles)|search results|\(\d+\)\s*$/iu;

function headingSaysList(document: Document): boolean {
  return [lineText(one('h1', document)), lineText(one('title', document))].some((text) => !!text && LIST_HEADING.test(text));
}

/** What a reader sees beats what the page tells search engines: the advertiser, not the platform; the town, not the region. */
const VISIBLE_FIELDS = ['company', 'location'] as const;

function single(job: RawJob, page: PageContext): ExtractedPage {
  let filled = job;
  for (const later of [...layoutExtractors, extractGeneric]) {
    const other = later(page);
    if (other.length !== 1 || other[0]!.source === job.source) continue;
    filled = fillGaps(filled, other[0]!);
    if (later !== extractGeneric) for (const field of VISIBLE_FIELDS) filled[field] = other[0]![field] ?? filled[field];
  }
  return { kind: 'single', jobs: [fillGaps(filled, statedFields(page, filled))] };
}

/**
 * Decides what the page holds, from the strongest evidence to the weakest:
 * structured data, jobs written out as posts or table rows, a known
 * single-job layout (unless the heading announces a list), look-alike blocks
 * that each hold a job, a page whose title and text read like a job, and last
 * a description saved without its page.
 */
export function extractJobs(page: PageContext): ExtractedPage {
  for (const structured of [extractJsonLd, extractMicrodata]) {
    const jobs = structured(page);
    if (jobs.length > 1) return { kind: 'list', jobs };
    if (jobs.length === 1) return single(jobs[0]!, page);
  }
  for (const written of WRITTEN_LISTS) {
    const jobs = written(page);
    if (jobs.length > 1) return { kind: 'list', jobs };
    if (jobs.length === 1) return single(jobs[0]!, page);
  }
  const listHeading = headingSaysList(page.document);
  const layout = layoutExtractors.map((extract) => extract(page)).find((jobs) => jobs.length === 1)?.[0];
  if (layout && !listHeading) return single(layout, page);
  const records = extractRepeatedRecords(page);
  if (records.length >= 3) return { kind: 'list', jobs: records };
  if (layout) return single(layout, page);
  const generic = extractGeneric(page)[0];
  if (generic && hasJobEvidence(page, generic)) return { kind: 'single', jobs: [generic] };
  const fragment = generic ? undefined : extractDescriptionFragment(page)[0];
  if (fragment) return single(fragment, page);
  return { kind: 'none', looksLike: looksLike(page.document, listHeading) };
}

function looksLike(document: Document, listHeading: boolean): string {
  if (listHeading) return 'a search page';
  if (metaContent(document, 'og:type') === 'article' || one('article', document)) return 'an article';
  return 'a page without a job posting';
}

const SAVED_FROM = /saved from url=\(\d+\)(\S+)/iu;
const SINGLE_FILE_URL = /url:\s*(\S+)/iu;
const SINGLE_FILE_DATE = /saved date:\s*([^\n]+)/iu;

/** Where the page came from, as the page or the browser that saved it says. */
export function pageUrlOf(document: Document, fallback: string | null): string | null {
  const canonical = attr(one('link[rel~="canonical" i]', document), 'href');
  if (canonical && /^https?:/iu.test(canonical)) return canonical;
  const og = metaContent(document, 'og:url');
  if (og && /^https?:/iu.test(og)) return og;
  for (const comment of comments(document)) {
    const match = comment.match(SAVED_FROM) ?? (/singlefile/iu.test(comment) ? comment.match(SINGLE_FILE_URL) : null);
    if (match?.[1] && /^https?:/iu.test(match[1])) return match[1];
  }
  return fallback;
}

/** A save date written into the page by the tool that saved it (SingleFile), if any. */
export function savedDateOf(document: Document): Date | null {
  for (const comment of comments(document)) {
    const match = comment.match(SINGLE_FILE_DATE);
    if (match?.[1]) {
      // The date reads as JavaScript wrote it; its parser skips the parenthesised zone name, in any language.
      const date = new Date(match[1].trim());
      if (!Number.isNaN(date.getTime())) return date;
    }
  }
  return null;
}
