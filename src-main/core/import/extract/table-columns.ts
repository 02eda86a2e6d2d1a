/** What a job table's column holds, read from its header in several languages. */
export type ColumnRole = 'title' | 'company' | 'location' | 'workplace' | 'salary' | 'posted' | 'employmentType' | 'apply';

const ROLES: [ColumnRole, RegExp][] = [
  ['company', /\b(company|employer|organi[sz]ation|firm|entreprise|unternehmen|firma|empresa|azienda|société|arbeitgeber)\b/iu],
  ['salary', /\b(salary|pay|compensation|gehalt|salaire|salario|stipendio|rate)\b/iu],
  ['employmentType', /\b(job type|employment|contract|type|vertrag|contrat)\b/iu],
  ['workplace', /\b(remote|work model|workplace|on[- ]?site|hybrid|arrangement)\b/iu],
  ['location', /\b(location|city|place|where|lieu|ort|standort|ubicación|sede|country)\b/iu],
  ['posted', /\b(date|posted|age|published|added|when)\b/iu],
  ['apply', /\b(apply|application|link|url)\b/iu],
  ['title', /\b(role|title|position|job|poste|stelle|puesto|ruolo|opening|vacancy|name)\b/iu],
];

/** One role per header cell (or null); a role goes to the first column that names it. */
export function columnRoles(headers: readonly string[]): (ColumnRole | null)[] {
  const taken = new Set<ColumnRole>();
  return headers.map((header) => {
    const role = ROLES.find(([name, pattern]) => !taken.has(name) && pattern.test(header))?.[0] ?? null;
    if (role) taken.add(role);
    return role;
  });
}

/** A header that reads like a job table: it names the job and at least one other column. */
export function isJobTable(roles: readonly (ColumnRole | null)[]): boolean {
  return roles.includes('title') && roles.filter((role) => role !== null).length >= 2;
}
