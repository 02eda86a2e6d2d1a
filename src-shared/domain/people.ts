/** Someone met during the search: a recruiter, a hiring manager, an interviewer, a referrer. */
export interface Person {
  id: number;
  name: string;
  role: string | null;
  company: string | null;
  email: string | null;
  phone: string | null;
  link: string | null;
  notes: string;
}

/** A person as the People view lists them. */
export interface PersonSummary extends Omit<Person, 'notes'> {
  jobs: number;
  /** The latest of: an edit, a job they were added to, an interview they were on (an instant). */
  lastContactAt: string;
}

/** A person's page: who they are, the jobs they are part of, the interviews they were on. */
export interface PersonPage extends Person {
  jobs: { id: number; title: string; company: string; column: string; addedAt: string }[];
  interviews: { jobId: number; jobTitle: string; stage: string; startsAt: string | null; status: string }[];
}

export const PEOPLE_SORTS = ['last_contact', 'name'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** People whose name, role, company or email holds every word typed, sorted as asked. */
export function findPeople(people: readonly PersonSummary[], query: string, sort: PeopleSort): PersonSummary[] {
  const words = fold(query).split(/\s+/u).filter(Boolean);
  const found = people.filter((person) => {
    const haystack = fold([person.name, person.role, person.company, person.email].filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  });
  return found.sort((a, b) =>
    sort === 'name'
      ? a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id - b.id
      : b.lastContactAt.localeCompare(a.lastContactAt) || a.id - b.id,
  );
}

/**
 * The people a stage's "with whom" names: each comma-, "and"- or
 * slash-separated name that is, case and accents aside, a person's name.
 */
export function interviewersAmong<P extends Pick<Person, 'id' | 'name'>>(interviewers: string | null, people: readonly P[]): P[] {
  if (!interviewers) return [];
  const names = new Set(
    interviewers
      .split(/,|;|\/|\band\b|&/u)
      .map((name) => fold(name.replace(/\(.*?\)/gu, '')).trim())
      .filter(Boolean),
  );
  return people.filter((person) => names.has(fold(person.name).trim()));
}

/** The merged person: the kept one's fields, the other's where the kept one has none, both sets of notes. */
export function mergedPerson(kept: Person, other: Person): Omit<Person, 'id'> {
  const pick = <K extends 'role' | 'company' | 'email' | 'phone' | 'link'>(key: K) => kept[key] ?? other[key];
  return {
    name: kept.name,
    role: pick('role'),
    company: pick('company'),
    email: pick('email'),
    phone: pick('phone'),
    link: pick('link'),
    notes: [kept.notes, other.notes].filter((text) => text.trim()).join('\n\n'),
  };
}
