/**
 * Applicant tracking systems put the employer in the job's address:
 * jobs.lever.co/iterative/…, boards.greenhouse.io/acme/…, acme.bamboohr.com.
 * The company a page's address names when the page itself names none.
 */
const PATH_HOSTS =
  /^(jobs\.lever\.co|jobs\.eu\.lever\.co|(job-)?boards(\.eu)?\.greenhouse\.io|jobs\.ashbyhq\.com|apply\.workable\.com|jobs\.smartrecruiters\.com|jobs\.jobvite\.com|careers\.jobscore\.com)$/iu;
const SUBDOMAIN_HOSTS =
  /^([a-z0-9-]+)\.(bamboohr\.com|recruitee\.com|teamtailor\.com|breezy\.hr|wd\d+\.myworkdayjobs\.com|jobs\.personio\.(de|com)|pinpointhq\.com|rippling-ats\.com)$/iu;

/** "talent-disruptors", "TalentDisruptors", "talent_disruptors" -> "Talent Disruptors". */
export function companyFromSlug(slug: string): string | null {
  const words = slug
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .split(/[-_\s]+/u)
    .filter(Boolean);
  if (words.length === 0 || words.every((word) => /^\d+$/u.test(word))) return null;
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

/** Host and path of a web address, read by pattern: src-shared has no URL class (no DOM, no Node). */
const WEB_ADDRESS = /^https?:\/\/([^/?#:@]+)(?::\d+)?(\/[^?#]*)?/iu;

export function companyFromJobUrl(url: string | null): string | null {
  const match = url?.trim().match(WEB_ADDRESS);
  if (!match) return null;
  const hostname = match[1]!.toLowerCase();
  if (PATH_HOSTS.test(hostname)) {
    const slug = (match[2] ?? '').split('/').find(Boolean);
    return slug ? companyFromSlug(safeDecode(slug)) : null;
  }
  const subdomain = hostname.match(SUBDOMAIN_HOSTS)?.[1];
  return subdomain && !/^(www|jobs|careers|app)$/iu.test(subdomain) ? companyFromSlug(subdomain) : null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
