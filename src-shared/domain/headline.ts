/**
 * The first line of a "Who is hiring" post, by long habit
 * "Company | Role | Location | REMOTE | Full-time | $150k": which part is which.
 */
export interface Headline {
  company: string | null;
  title: string | null;
  location: string | null;
  workplace: string | null;
  employmentType: string | null;
  salaryText: string | null;
}

const WORKPLACE =
  /^(?:\(?\s*)?(remote|on-?site|onsite|hybrid|in[- ]office|remote[^|]*|[^|]*\b(?:remote|on-?site|onsite|hybrid)\b[^|]*)$/iu;
const EMPLOYMENT = /\b(full[\s-]?time|part[\s-]?time|contract(or)?|freelance|intern(ship)?|permanent|temporary)\b/iu;
const SALARY = /[$£€¥₹]\s*\d|\d\s*[kK]\b|\b(USD|EUR|GBP|CAD|AUD|CHF|salary|equity)\b/u;
const ROLE_WORDS =
  'engineer|developer|designer|manager|scientist|analyst|architect|lead|director|head of|researcher|intern|sre|devops|programmer|consultant|specialist|administrator|writer|recruiter|marketer|founding|staff|senior|junior|principal|cto|vp|product|sales|support|operations|accountant|technician';
const ROLE = new RegExp(`\\b(${ROLE_WORDS})s?\\b`, 'iu');
const PLACE =
  /,|\b(usa?|uk|eu|europe|emea|apac|americas|worldwide|anywhere|canada|germany|london|new york|nyc|sf|san francisco|berlin|remote)\b/iu;
const URLISH = /^(https?:\/\/|www\.)|\.(com|io|ai|dev|co|org|net|app)(\/|$)/iu;

/** Splits on "|" (also " / " where no "|" is used, as some posts do) and sorts the parts by what they look like. */
export function parseHeadline(line: string): Headline {
  const separator = line.includes('|') ? '|' : line.includes(' // ') ? ' // ' : '|';
  const parts = line
    .split(separator)
    .map((part) => part.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  const headline: Headline = {
    company: null,
    title: null,
    location: null,
    workplace: null,
    employmentType: null,
    salaryText: null,
  };
  if (parts.length < 2) {
    // "Intern / Junior Developer - 100% Remote": no company, a role and perhaps where.
    const [role, ...more] = line.split(/\s+[-–—]\s+/u).map((part) => part.trim());
    if (role && role.length <= 100 && ROLE.test(role)) {
      headline.title = role;
      headline.workplace = more.find((part) => WORKPLACE.test(part)) ?? null;
    }
    return headline;
  }
  const rest: string[] = [];
  parts.forEach((part, index) => {
    if (index === 0) {
      headline.company = part.replace(/\s*\((https?:\/\/)?[^)]*\.[a-z]{2,}[^)]*\)\s*$/iu, '').trim() || part;
      return;
    }
    if (!headline.salaryText && SALARY.test(part) && /\d/u.test(part)) headline.salaryText = part;
    else if (!headline.employmentType && EMPLOYMENT.test(part) && part.length < 40) headline.employmentType = part;
    else if (!headline.workplace && WORKPLACE.test(part) && part.length < 60 && !ROLE.test(part)) headline.workplace = part;
    else if (!URLISH.test(part)) rest.push(part);
  });
  const roleIndex = rest.findIndex((part) => ROLE.test(part));
  const titleIndex = roleIndex >= 0 ? roleIndex : 0;
  headline.title = rest[titleIndex] ?? null;
  headline.location = rest.filter((_, index) => index !== titleIndex).find((part) => PLACE.test(part)) ?? null;
  if (!headline.location && headline.workplace && /,/u.test(headline.workplace)) headline.location = headline.workplace;
  return headline;
}

const HIRING = new RegExp(
  `\\b(?:hiring|looking for|seeking|recruiting|need|needs)\\s+(?:for\\s+)?(?:an?\\s+|several\\s+|\\d+x?\\s+|two\\s+|three\\s+)?((?:[\\w+#./-]+\\s+){0,5}?(?:${ROLE_WORDS})s?\\b)`,
  'iu',
);

/**
 * A post whose headline names no role: the role it says it is hiring for
 * ("We are hiring backend software engineers…"), or its first short line that
 * names one ("- Senior Backend Engineer").
 */
export function roleIn(lines: readonly string[]): string | null {
  for (const line of lines) {
    const hiring = line.match(HIRING)?.[1];
    if (hiring) return hiring.trim().replace(/^./u, (first) => first.toUpperCase());
  }
  const short = lines.map((line) => line.replace(/^[-*•·\s]+/u, '').trim()).find((line) => line.length <= 80 && ROLE.test(line));
  return short ?? null;
}

/** Words for a job in titles, in the languages Quarry reads (stems, so "développeuse" and "Entwicklerin" count). */
const JOB_TITLE =
  /(engineer|ingeni|ingénieu|developer|développeu|entwickler|desarrollador|sviluppat|programm|utvikler|разработчик|инженер|программист|менеджер|エンジニア|開発|manager|designer|analyst|analyste|scientist|architect|consultant|specialist|administrat|technician|accountant|intern\b|stagiaire|praktikant|assistant|coordinator|director|officer|executive|representative|nurse|teacher|driver|recruiter|writer|editor|operator|cashier|clerk|\bsales\b|marketing|support|advisor|associate|researcher|dispatcher|supervisor|mechanic|electrician|chef\b|\bcook\b|barista|waiter|waitress|bartender|receptionist|cleaner|warehouse|courier|carpenter|plumber|welder|lawyer|attorney|pharmacist|\blead\b|head of|\bdevops\b|\bsre\b)/iu;

/** Whether a page's title names a job rather than a topic ("Python Developer" vs "How we use Python"). */
export function looksLikeJobTitle(title: string | null): boolean {
  return !!title && title.length <= 150 && JOB_TITLE.test(title);
}

/** "I'm hiring engineers at Vultr for…", "Join Acme as…": the employer a sentence names, if any. */
export function employerIn(line: string): string | null {
  // The names are capitalised, so the pattern is case-sensitive; "Join" and "At" begin sentences.
  const match = line.match(/\b(?:[Aa]t|[Jj]oin)\s+((?:[A-Z][\w.&'-]*)(?:\s+[A-Z][\w.&'-]*){0,2})/u);
  const name = match?.[1]?.replace(/[.,]$/u, '');
  return name && !/^(The|Our|We|I|HN|Hacker News|YC)$/u.test(name) ? name : null;
}
