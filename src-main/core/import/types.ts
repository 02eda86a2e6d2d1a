import type { AnyNode } from 'domhandler';
import type { Document } from './dom';

export const EXTRACTORS = [
  'json-ld',
  'microdata',
  'discussion-thread',
  'markdown-table',
  'header-table',
  'readme-table',
  'greenhouse',
  'lever',
  'ashby',
  'workable',
  'linkedin',
  'indeed',
  'seek',
  'repeated-records',
  'generic',
  'description-fragment',
] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

/** What an extractor found, as written on the page: nothing parsed or normalised yet. */
export interface RawJob {
  source: ExtractorName;
  title: string | null;
  company: string | null;
  location: string | null;
  /** Any words about where the work happens ("TELECOMMUTE", "Remote", "Hybrid"). */
  workplace: string | null;
  employmentType: string | null;
  salaryText: string | null;
  salary: { min: number | null; max: number | null; currency: string | null; unit: string | null } | null;
  tags: string[];
  /** "0 days ago", "2026-11-20", "Posted yesterday"… */
  postedText: string | null;
  url: string | null;
  applyUrl: string | null;
  category: string | null;
  logoUrl: string | null;
  /** The description as page nodes, or as HTML text (JSON-LD). Sanitised later, never stored as is. */
  description: AnyNode[] | string | null;
}

export function emptyRawJob(source: ExtractorName): RawJob {
  return {
    source,
    title: null,
    company: null,
    location: null,
    workplace: null,
    employmentType: null,
    salaryText: null,
    salary: null,
    tags: [],
    postedText: null,
    url: null,
    applyUrl: null,
    category: null,
    logoUrl: null,
    description: null,
  };
}

export interface PageContext {
  document: Document;
  /** The decoded text the document was parsed from: Markdown tables are read from it. */
  source: string;
  /** Where the page came from: canonical link, og:url, Chrome's "saved from" comment or the MHTML location. */
  pageUrl: string | null;
  /** When the page was saved; relative dates resolve against it. */
  savedAt: Date;
}

export type Extractor = (page: PageContext) => RawJob[];
