import { format } from 'date-fns';
import { outcomeWords, type CloseOutcome, type PastApplication } from './job';

export type { PastApplication } from './job';
import { noonOf } from './job-dates';

/**
 * Words a company's legal form adds to its name: "Acme Inc." and "ACME GmbH"
 * are the same employer to a job seeker.
 */
const LEGAL_FORMS = new Set([
  'ab',
  'ag',
  'as',
  'asa',
  'bv',
  'co',
  'company',
  'corp',
  'corporation',
  'gmbh',
  'inc',
  'incorporated',
  'kg',
  'limited',
  'llc',
  'llp',
  'lp',
  'ltd',
  'nv',
  'oy',
  'plc',
  'pty',
  'sa',
  'sarl',
  'sas',
  'se',
  'spa',
  'srl',
]);

/**
 * The key under which names of one company match: case, accents, punctuation
 * and legal forms set aside ("Société Générale S.A." and "societe generale").
 * Dotted abbreviations join first, so "S.A." is "sa" and "G.m.b.H." "gmbh".
 */
export function companyKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/\b(\p{L})\.(?=\p{L}\b\.?)/gu, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // "Company" alone, or only legal words: keep them rather than matching every such name with every other.
  const kept = words.filter((word, index) => index === 0 || !LEGAL_FORMS.has(word));
  while (kept.length > 1 && LEGAL_FORMS.has(kept.at(-1)!)) kept.pop();
  return kept.join(' ');
}

/** "You applied here on 3 Mar 2026 (Backend Engineer, rejected after the system design round)". */
export function appliedBeforeWarning(past: PastApplication): string {
  const day = format(noonOf(past.appliedOn), 'd MMM yyyy');
  const how = past.outcome
    ? `${outcomeWords(past.outcome)}${past.lastStage ? ` after the ${past.lastStage.toLowerCase().replace(/\s+round$/u, '')} round` : ''}`
    : past.lastStage
      ? `last stage: ${past.lastStage}`
      : 'no outcome yet';
  return `You applied here on ${day} (${past.title || 'untitled job'}, ${how})`;
}

/** Words that say how senior or which contract, not which job. */
const TITLE_NOISE = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'lead',
  'staff',
  'principal',
  'mid',
  'level',
  'i',
  'ii',
  'iii',
  'the',
  'a',
  'an',
  'of',
  'and',
  'm',
  'f',
  'd',
  'w',
  'x',
]);

/** Word sets of titles seen, so an import compares each saved title without splitting it again. */
const wordsOfTitle = new Map<string, ReadonlySet<string>>();
const WORD_SETS_KEPT = 50_000;

function titleWords(title: string): ReadonlySet<string> {
  let words = wordsOfTitle.get(title);
  if (!words) {
    words = new Set(
      title
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}+#]+/u)
        .filter((word) => word && !TITLE_NOISE.has(word)),
    );
    if (wordsOfTitle.size >= WORD_SETS_KEPT) wordsOfTitle.clear();
    wordsOfTitle.set(title, words);
  }
  return words;
}

/**
 * Two titles name nearly the same job: "Senior Backend Engineer" and
 * "Backend Engineer (m/w/d)" do; "Backend Engineer" and "Frontend Engineer"
 * do not. Most of the words of the shorter title are in the longer one.
 */
export function similarTitles(a: string, b: string): boolean {
  const left = titleWords(a);
  const right = titleWords(b);
  const [shorter, longer] = left.size <= right.size ? [left, right] : [right, left];
  if (shorter.size === 0) return false;
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared++;
  return shared / shorter.size >= 0.8 && shared / longer.size >= 0.5;
}

/** A job at a company, as the company page lists it. */
export interface CompanyApplication {
  jobId: number;
  title: string;
  company: string;
  columnName: string;
  closed: boolean;
  appliedOn: string | null;
  outcome: CloseOutcome | null;
  /** When it was saved (an instant). */
  savedAt: string;
  lastStage: string | null;
}

/** How an application at the company ended, or how far it got: "rejected after System design", "last: Recruiter call". */
export function applicationResult(application: Pick<CompanyApplication, 'outcome' | 'lastStage'>): string {
  const outcome = application.outcome ? outcomeWords(application.outcome) : '';
  if (!application.lastStage) return outcome;
  return application.outcome ? `${outcome} after ${application.lastStage}` : `last: ${application.lastStage}`;
}

/** Everything Quarry knows about one employer. */
export interface CompanyPage {
  /** The name as the user's most recent job there spells it. */
  name: string;
  applications: CompanyApplication[];
}
