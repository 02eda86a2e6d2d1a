import { all } from '../dom';
import { emptyRawJob, type PageContext, type RawJob } from '../types';

type Json = Record<string, unknown>;

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return text(value.name ?? value['@value']);
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ') || null;
  return null;
}

function num(value: unknown): number | null {
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/[,\s]/gu, '')) : NaN;
  return Number.isFinite(parsed) ? parsed : null;
}

function hasType(node: Json, type: string): boolean {
  return asArray(node['@type']).some((entry) => typeof entry === 'string' && entry.replace(/^.*[/:]/u, '') === type);
}

/** Every object in a JSON-LD value, through arrays and @graph. */
function nodesOf(value: unknown): Json[] {
  return asArray(value).flatMap((item) =>
    isObject(item) ? [item, ...nodesOf(item['@graph'])] : Array.isArray(item) ? nodesOf(item) : [],
  );
}

/** Tolerates what pages really ship: HTML comments, CDATA wrappers, trailing commas, raw newlines in strings. */
function parseLenient(source: string): unknown {
  const cleaned = source
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/u, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/u, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    return JSON.parse(cleaned.replace(/,\s*([}\]])/gu, '$1').replace(/[\r\n\t]+/gu, ' '));
  }
}

function location(posting: Json): string | null {
  const places = asArray(posting.jobLocation).map((place) => {
    if (!isObject(place)) return text(place);
    const address = isObject(place.address) ? place.address : null;
    if (!address) return text(place.name);
    const parts = [address.addressLocality, address.addressRegion, address.addressCountry].map(text).filter(Boolean);
    return parts.length > 0 ? [...new Set(parts)].join(', ') : text(address.name ?? place.name);
  });
  const found = places.filter((place): place is string => !!place);
  if (found.length > 0) return [...new Set(found)].join('; ');
  const applicant = asArray(posting.applicantLocationRequirements).map(text).filter(Boolean);
  return applicant.length > 0 ? applicant.join('; ') : null;
}

function salary(posting: Json): RawJob['salary'] {
  const base = isObject(posting.baseSalary)
    ? posting.baseSalary
    : isObject(posting.estimatedSalary)
      ? posting.estimatedSalary
      : null;
  if (!base) return null;
  const value = isObject(base.value) ? base.value : { value: base.value };
  const exact = num(value.value);
  const min = num(value.minValue) ?? exact;
  const max = num(value.maxValue) ?? exact;
  if (min === null && max === null) return null;
  return { min, max, currency: text(base.currency ?? value.currency), unit: text(value.unitText ?? base.unitText) };
}

function toRawJob(posting: Json): RawJob {
  const organization = isObject(posting.hiringOrganization) ? posting.hiringOrganization : null;
  const skills = [posting.skills, posting.keywords]
    .flatMap(asArray)
    .flatMap((entry) => (typeof entry === 'string' ? entry.split(/\s*,\s*/u) : [text(entry)]))
    .filter((entry): entry is string => !!entry && entry.length <= 40);
  const logo = organization?.logo;
  return {
    ...emptyRawJob('json-ld'),
    title: text(posting.title ?? posting.name),
    company: organization ? text(organization.name) : text(posting.hiringOrganization),
    location: location(posting),
    workplace: text(posting.jobLocationType),
    employmentType: text(posting.employmentType),
    salary: salary(posting),
    tags: skills,
    postedText: text(posting.datePosted),
    url: text(posting.url),
    applyUrl: isObject(posting.directApply) ? null : text(posting.applyUrl ?? posting.sameAs),
    category: text(posting.occupationalCategory ?? posting.industry),
    logoUrl: isObject(logo) ? text(logo.url ?? logo.contentUrl) : text(logo),
    description: text(posting.description),
  };
}

/** schema.org JobPosting in JSON-LD scripts, including @graph and arrays. Broken scripts are skipped. */
export function extractJsonLd({ document }: PageContext): RawJob[] {
  const postings: RawJob[] = [];
  for (const script of all('script[type="application/ld+json" i]', document)) {
    let data: unknown;
    try {
      data = parseLenient(script.children.map((child) => ('data' in child ? child.data : '')).join(''));
    } catch {
      continue;
    }
    for (const node of nodesOf(data)) {
      if (hasType(node, 'JobPosting')) postings.push(toRawJob(node));
    }
  }
  return postings;
}
