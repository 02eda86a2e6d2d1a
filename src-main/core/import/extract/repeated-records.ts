import type { AnyNode } from 'domhandler';
import { all, attr, elementHints, isTag, lineText, namedElement, one, type Document, type Element } from '../dom';
import { companyFromJobUrl } from '../../../../src-shared/domain/ats-company';
import { emptyRawJob, type PageContext, type RawJob } from '../types';

/**
 * Search results and company boards: the page repeats one block per job
 * (same tag and classes, side by side), each with a link and a few lines of
 * text. Found by shape rather than by site, so boards nobody has seen work.
 */

const JOB_LINK =
  /job|career|vacanc|position|opening|posting|viewjob|jk=|\/j\/|stelle|emploi|empleo|offre|vaga|lavoro|werk|praca/iu;
const COMPANY_LINK = /client|compan|employer|\/cmp\/|\/c\/|organi[sz]ation|\/org\/|\/brand\//iu;
/** Classes that say which block is selected or where it sits, or hold an id: not part of a block's shape. */
const NOISE_CLASS =
  /^(active|selected|current|first|last|odd|even|new|featured|highlighted?|visited|hidden)$|\d{3,}|[0-9a-f]{8,}/iu;

const CLASS_ROLES = {
  title: /(^|[-_\s])(job-?)?title|jobtitle|position-?name|role-?name/iu,
  company: /company|employer|subtitle|org-?name|hiring|advertiser|brand/iu,
  location: /location|(^|[-_])loc($|[-_])|city|region|place|address/iu,
  salary: /salary|compensation|(^|[-_])pay|wage/iu,
  posted: /date|posted|(^|[-_])age($|[-_])|listdate|time/iu,
  workplace: /remote|workplace|work-?type|arrangement/iu,
  employmentType: /job-?type|employment|contract|schedule|commitment/iu,
};

function signature(element: Element | Document): string {
  if (!isTag(element)) return '#document';
  const classes = (attr(element, 'class') ?? '')
    .split(/\s+/u)
    .filter((name) => name && !NOISE_CLASS.test(name))
    .sort();
  return `${element.name}.${classes.join('.')}`;
}

function usableLink(element: Element): boolean {
  const href = attr(element, 'href');
  return !!href && !/^(#|javascript:|mailto:)/iu.test(href.trim());
}

function linksOf(record: Element): Element[] {
  const inside = all('a[href]', record).filter(usableLink);
  return record.name === 'a' && usableLink(record) ? [record, ...inside] : inside;
}

/** The separate pieces of text a block shows (title, company, place, date…). */
function textPieces(record: Element): string[] {
  const pieces: string[] = [];
  const stack: AnyNode[] = [record];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const text = node.data.replace(/\s+/gu, ' ').trim();
      if (text) pieces.push(text);
    } else if (isTag(node) && node.name !== 'script' && node.name !== 'style') {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
    }
  }
  return pieces;
}

interface Group {
  parent: Element | Document;
  signature: string;
  records: Element[];
  jobLinks: number;
}

function looksLikeJob(record: Element): boolean {
  const pieces = textPieces(record);
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return linksOf(record).length > 0 && pieces.length >= 2 && length >= 10 && length <= 4000;
}

/** Every set of three or more look-alike siblings that each look like a job, in one walk over the page. */
function candidateGroups(document: Document): Group[] {
  const groups: Group[] = [];
  const stack: AnyNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = 'children' in node ? node.children : [];
    const bySignature = new Map<string, Element[]>();
    for (const child of children) {
      if (!isTag(child)) continue;
      stack.push(child);
      const key = signature(child);
      const members = bySignature.get(key);
      if (members) members.push(child);
      else bySignature.set(key, [child]);
    }
    if (!isTag(node) && node.type !== 'root') continue;
    for (const [key, members] of bySignature) {
      if (members.length < 3) continue;
      const records = members.filter(looksLikeJob);
      if (records.length < 3 || records.length < members.length * 0.5) continue;
      const hrefs = new Set(records.map((record) => attr(linksOf(record)[0]!, 'href')));
      if (hrefs.size < records.length * 0.8) continue;
      const jobLinks = records.filter((record) => linksOf(record).some((link) => JOB_LINK.test(attr(link, 'href')!))).length;
      groups.push({ parent: node as Element | Document, signature: key, records, jobLinks });
    }
  }
  return groups;
}

function score(group: Group): number {
  return group.records.length * (group.jobLinks >= group.records.length * 0.5 ? 2 : 1);
}

/** The job blocks of the page: the best group, joined by groups of the same shape elsewhere (a "featured" table above the rest). */
export function jobRecords(document: Document): Element[] {
  const groups = candidateGroups(document);
  if (groups.length === 0) return [];
  const best = groups.reduce((top, group) => (score(group) > score(top) ? group : top));
  const parentShape = signature(best.parent);
  const twins = groups.filter((group) => group.signature === best.signature && signature(group.parent) === parentShape);
  const records: Element[] = [];
  const seen = new Set<string>();
  // Groups were collected depth-first from the end; document order is what the user sees.
  for (const group of twins.reverse()) {
    for (const record of group.records) {
      const key = attr(primaryLink(record) ?? record, 'href') ?? String(records.length);
      if (seen.has(key)) continue;
      seen.add(key);
      records.push(record);
    }
  }
  return records;
}

const SEPARATOR = /^([•·|@–—-]|at|chez|bei|en)$/iu;

/** "Frontend Engineering Manager • Close": a title block that names the company after a separator. */
function splitTitleBlock(title: Element | null): { title: string | null; company: string | null } {
  const pieces = title ? textPieces(title) : [];
  if (pieces.length >= 3 && SEPARATOR.test(pieces[1]!)) return { title: pieces[0]!, company: pieces[2]! };
  return { title: lineText(title), company: null };
}

function primaryLink(record: Element): Element | null {
  const links = linksOf(record);
  return (
    links.find((link) => JOB_LINK.test(attr(link, 'href')!) && lineText(link)) ??
    links.find((link) => lineText(link)) ??
    links[0] ??
    null
  );
}

function titleElement(record: Element): Element | null {
  const titled = namedElement(record, CLASS_ROLES.title);
  if (titled && !CLASS_ROLES.company.test(elementHints(titled))) return titled;
  const heading = all('h1, h2, h3, h4', record).find((element) => lineText(element));
  return heading ?? primaryLink(record);
}

function linkOf(element: Element, record: Element): string | null {
  let current: Element | null = element;
  while (current && current !== record.parent) {
    if (current.name === 'a' && usableLink(current)) return attr(current, 'href');
    current = current.parent as Element | null;
  }
  const inside = all('a[href]', element).find(usableLink);
  return attr(inside ?? primaryLink(record), 'href');
}

function recordToJob(record: Element): RawJob {
  const title = titleElement(record);
  const named = splitTitleBlock(title);
  const company =
    namedElement(record, CLASS_ROLES.company, title) ??
    linksOf(record).find((link) => link !== title && COMPANY_LINK.test(attr(link, 'href')!) && lineText(link)) ??
    null;
  const time = all('time[datetime]', record)[0] ?? null;
  const text = (pattern: RegExp) => lineText(namedElement(record, pattern, title));
  return {
    ...emptyRawJob('repeated-records'),
    title: named.title,
    company: lineText(company) ?? named.company,
    location: text(CLASS_ROLES.location),
    salaryText: text(CLASS_ROLES.salary),
    postedText: attr(time, 'datetime') ?? text(CLASS_ROLES.posted),
    workplace: text(CLASS_ROLES.workplace),
    employmentType: text(CLASS_ROLES.employmentType),
    url: title ? linkOf(title, record) : null,
  };
}

/** "Talent Disruptors Jobs", "Careers at Acme": a company's own board names its owner in the page title. */
export function boardOwner(document: Document): string | null {
  const title = lineText(one('title', document));
  const match =
    title?.match(/^(.+?)\s+(?:jobs|careers|job openings|open positions|vacancies)$/iu) ??
    title?.match(/^(?:jobs|careers|job openings|open positions|work) (?:at|with) (.+)$/iu);
  return match?.[1]?.trim() ?? null;
}

export function extractRepeatedRecords({ document, pageUrl }: PageContext): RawJob[] {
  const jobs = jobRecords(document).map(recordToJob);
  const owner = jobs.some((job) => job.company) ? null : (boardOwner(document) ?? companyFromJobUrl(pageUrl));
  return owner ? jobs.map((job) => ({ ...job, company: owner })) : jobs;
}
