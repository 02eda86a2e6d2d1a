import { companyFromJobUrl } from '../../../src-shared/domain/ats-company';
import { planFromSteps, stepsFromSentences, type PlannedStage } from '../../../src-shared/domain/interview-plan';
import type { RemotePolicy, Salary } from '../../../src-shared/domain/job';
import { resolvePostedDate } from '../../../src-shared/domain/posted-date';
import { currencyFromText, parseSalaryText, periodFromUnit } from '../../../src-shared/domain/salary';
import { normaliseLine } from '../../../src-shared/domain/text';
import { employmentType, remotePolicy } from '../../../src-shared/domain/workplace';
import type { AnyNode } from 'domhandler';
import { decodeHTML } from 'entities';
import { interviewSteps } from './interview-section';
import { repairMojibake } from './mojibake';
import { parseHtml } from './dom';
import { sanitiseNodes } from './sanitize';
import type { ExtractorName, RawJob } from './types';

/** A job as Quarry stores it: clean text, parsed values, safe description, planned stages. */
export interface ExtractedListing {
  extractor: ExtractorName;
  title: string;
  company: string;
  location: string | null;
  remote: RemotePolicy | null;
  employmentType: string | null;
  salary: Salary;
  category: string | null;
  url: string | null;
  applyUrl: string | null;
  logoUrl: string | null;
  tags: string[];
  postedAt: string | null;
  descriptionHtml: string | null;
  descriptionText: string | null;
  stages: PlannedStage[];
}

const MAX_LINE = 500;

/** Entities some sources double-encode, mojibake, stray whitespace: one clean line, or null. */
function cleanLine(value: string | null): string | null {
  if (!value) return null;
  // A lone "\\s" or "\\n" is an escape left behind by a page copied out of program source.
  const line = normaliseLine(repairMojibake(decodeHTML(value)).replace(/(^|\s)\\[nst](?=\s|$)/gu, ' '));
  return line === '' ? null : line.slice(0, MAX_LINE);
}

/** An absolute http(s) URL, resolved against the page; anything else (javascript:, data:, garbage) is dropped. */
export function webUrl(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function cleanTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const clean = cleanLine(tag);
    if (clean && clean.length <= 40 && !seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), clean);
  }
  return [...seen.values()];
}

/** Where the job is, for a bare "$": its location, else the page's address (au.indeed.com). */
function countryHint(location: string | null, pageUrl: string | null): string | null {
  return [location, pageUrl ? hostOf(pageUrl) : null].filter(Boolean).join(' ') || null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function salaryOf(raw: RawJob, descriptionText: string | null, country: string | null): Salary {
  const text = cleanLine(raw.salaryText) ?? (raw.salary ? null : salaryLineIn(descriptionText));
  if (raw.salary) {
    return {
      min: raw.salary.min,
      max: raw.salary.max,
      currency: raw.salary.currency ? currencyFromText(raw.salary.currency, country) : null,
      period: periodFromUnit(raw.salary.unit),
      text,
    };
  }
  const parsed = text ? parseSalaryText(text, country) : null;
  return {
    min: parsed?.min ?? null,
    max: parsed?.max ?? null,
    currency: parsed?.currency ?? null,
    period: parsed?.period ?? null,
    text,
  };
}

/** "at Stark Industries" (Greenhouse's header) -> "Stark Industries". */
function cleanCompany(value: string | null): string | null {
  const line = cleanLine(value);
  return line ? line.replace(/^(at|@)\s+/iu, '') || null : null;
}

const SALARY_CUE = /\b(salary|compensation|pay|base|ote|rate)\b/iu;
const MONEY = /[$£€¥₹]|\b(USD|EUR|GBP|CHF|CAD|AUD|PLN|SEK|INR|JPY)\b/u;
/** Where the amount starts: its currency sign or code, else its first digit. */
const AMOUNT_START = new RegExp(`${MONEY.source}|\\d`, 'u');
const RANGE = /\d\s*[kK]?\s*(-|–|—|to)\s*[$£€]?\s*\d/u;

/** A salary line in the description: a range, or an amount right after a word such as "Salary". */
export function salaryLineIn(descriptionText: string | null): string | null {
  if (!descriptionText) return null;
  const lines = descriptionText.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.length > 160 || !MONEY.test(line) || !parseSalaryText(line)?.currency) continue;
    const cued = SALARY_CUE.test(line) || SALARY_CUE.test(lines[index - 1] ?? '');
    if (cued || (RANGE.test(line) && /\b(year|annum|hour|month|day)\b/iu.test(line))) {
      return line.slice(Math.max(0, line.search(AMOUNT_START))).trim();
    }
  }
  return null;
}

/** Extractors that read many jobs off one page: the page's own site is never their company. */
const LIST_SOURCES = new Set<ExtractorName>(['discussion-thread', 'markdown-table', 'header-table', 'repeated-records']);

function companyFallback(pageUrl: string | null): string {
  try {
    return pageUrl ? new URL(pageUrl).hostname.replace(/^www\./u, '') : 'Unknown company';
  } catch {
    return 'Unknown company';
  }
}

const SPACED_TAG = /<\s*(\/?)\s*(p|br|ul|ol|li|strong|b|em|i|h[1-6]|div|span)\s*>/giu;
const SPACED_START = /<\s+\/?[a-z]/giu;

/** JSON-LD descriptions are HTML in a string, often entity-encoded once more. */
function descriptionNodes(description: RawJob['description']): AnyNode[] | null {
  if (description === null || typeof description !== 'string') return description;
  const html = /&lt;\/?[a-z]/iu.test(description) && !/<[a-z]/iu.test(description) ? decodeHTML(description) : description;
  // "< p >", "< /strong>": markup mangled by a tool that spaced out every token; mended once.
  const spaced = (html.match(SPACED_START) ?? []).length >= 2 ? html.replace(SPACED_TAG, '<$1$2>') : html;
  return parseHtml(spaced).children;
}

/** The steps under an interview-process heading or, lacking one, those a sentence lists. */
function interviewStepsOrSentences(description: AnyNode[], descriptionText: string | null): string[] {
  const listed = interviewSteps(description);
  return listed.length > 0 ? listed : stepsFromSentences(descriptionText);
}

/**
 * Turns what an extractor found into a listing, or null when there is no title
 * to speak of; a description saved on its own is the one job kept untitled.
 */
export function normaliseJob(raw: RawJob, pageUrl: string | null, savedAt: Date): ExtractedListing | null {
  const title = cleanLine(raw.title) ?? (raw.source === 'description-fragment' ? '' : null);
  if (title === null) return null;
  const description = descriptionNodes(raw.description);
  const sanitised = description ? sanitiseNodes(description) : null;
  const descriptionHtml = sanitised?.html || null;
  const descriptionText = sanitised?.text || null;
  const location = cleanLine(raw.location);
  const url = webUrl(raw.url, pageUrl) ?? webUrl(pageUrl, null);
  const applyUrl = webUrl(raw.applyUrl, pageUrl);
  return {
    extractor: raw.source,
    title,
    company:
      cleanCompany(raw.company) ??
      companyFromJobUrl(url) ??
      companyFromJobUrl(applyUrl) ??
      (LIST_SOURCES.has(raw.source) ? companyFallback(applyUrl) : companyFallback(url ?? applyUrl)),
    location,
    remote: remotePolicy([raw.workplace, location, title, ...raw.tags], descriptionText),
    employmentType: employmentType(cleanLine(raw.employmentType)),
    salary: salaryOf(raw, descriptionText, countryHint(location, pageUrl)),
    category: cleanLine(raw.category),
    url: url ?? applyUrl,
    applyUrl,
    logoUrl: webUrl(raw.logoUrl, pageUrl),
    tags: cleanTags(raw.tags),
    postedAt: resolvePostedDate(cleanLine(raw.postedText), savedAt),
    descriptionHtml,
    descriptionText,
    stages: planFromSteps(description ? interviewStepsOrSentences(description, descriptionText) : []),
  };
}
