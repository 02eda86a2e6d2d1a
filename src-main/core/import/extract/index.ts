import { attr, comments, metaContent, one, type Document } from '../dom';
import type { Extractor, PageContext, RawJob } from '../types';
import { extractGeneric } from './generic';
import { extractJsonLd } from './json-ld';
import { layoutExtractors } from './layouts';
import { extractMicrodata } from './microdata';
import { extractReadmeTable } from './readme-table';

/** In order of trust: structured data, then known layouts, then the generic fallback. */
const EXTRACTORS: readonly Extractor[] = [
  extractJsonLd,
  extractMicrodata,
  extractReadmeTable,
  ...layoutExtractors,
  extractGeneric,
];

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/** Fills the fields `primary` lacks from a later extractor's view of the same single-job page. */
function fillGaps(primary: RawJob, secondary: RawJob): RawJob {
  const merged: Record<string, unknown> = { ...primary };
  for (const [key, value] of Object.entries(secondary)) {
    if (isEmpty(merged[key]) && !isEmpty(value)) merged[key] = value;
  }
  return merged as unknown as RawJob;
}

/** Structured data can leave out what the page shows (a description, a salary); layouts fill those gaps. */
const STRUCTURED = new Set(['json-ld', 'microdata']);

/**
 * Runs the extractors in order; the first that finds jobs decides how many
 * there are. A single job from structured data has its gaps filled by the
 * extractors after it.
 */
export function extractJobs(page: PageContext): RawJob[] {
  for (let index = 0; index < EXTRACTORS.length; index++) {
    const jobs = EXTRACTORS[index]!(page);
    if (jobs.length === 0) continue;
    if (jobs.length > 1 || !STRUCTURED.has(jobs[0]!.source)) return jobs;
    let job = jobs[0]!;
    for (const later of EXTRACTORS.slice(index + 1)) {
      const others = later(page);
      if (others.length === 1) job = fillGaps(job, others[0]!);
    }
    return [job];
  }
  return [];
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
      const date = new Date(match[1].replace(/\s*\(.*\)\s*$/u, '').trim());
      if (!Number.isNaN(date.getTime())) return date;
    }
  }
  return null;
}
