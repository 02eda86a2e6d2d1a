import type { RemotePolicy } from './job';

const HYBRID = /\bhybrid\b/iu;
const REMOTE = /\b(remote|telecommute|work from (home|anywhere)|wfh|anywhere in the world|distributed)\b/iu;
const ONSITE = /\b(on-?site|in[- ]office|office[- ]based|in person)\b/iu;
/** Phrases in a description that clearly state the job is remote, not merely mention the word. */
const REMOTE_STATEMENT =
  /\b(fully remote|remote[- ]first|100% remote|remote[- ]friendly|we work remotely|work from anywhere|remote position|this (role|position|job) is remote)\b/iu;

/** Classifies what a page says about where the work happens, from the most specific hint to the least. */
export function remotePolicy(hints: readonly (string | null)[], description: string | null): RemotePolicy | null {
  for (const hint of hints) {
    if (!hint) continue;
    if (HYBRID.test(hint)) return 'hybrid';
    if (REMOTE.test(hint)) return 'remote';
    if (ONSITE.test(hint)) return 'onsite';
  }
  if (description && REMOTE_STATEMENT.test(description)) return 'remote';
  return null;
}

const EMPLOYMENT_TYPES: [RegExp, string][] = [
  [/full[\s_-]?time|permanent/iu, 'full-time'],
  [/part[\s_-]?time/iu, 'part-time'],
  [/contract(or)?|freelance/iu, 'contract'],
  [/temp(orary)?/iu, 'temporary'],
  [/intern(ship)?/iu, 'internship'],
  [/volunteer/iu, 'volunteer'],
];

/** "FULL_TIME", "Full-time", "Contractor" -> one vocabulary. Unknown wording is kept as written. */
export function employmentType(text: string | null): string | null {
  if (!text) return null;
  const found = EMPLOYMENT_TYPES.filter(([pattern]) => pattern.test(text)).map(([, type]) => type);
  return found.length > 0 ? [...new Set(found)].join(', ') : text.trim() || null;
}
