/**
 * "Company: Acme", "Lieu : Paris", "Gehalt: 60.000 €": facts a posting writes
 * as label and value, in English, French, German, Spanish, Italian and
 * Portuguese.
 */
export interface LabelledFields {
  company: string | null;
  location: string | null;
  salaryText: string | null;
  employmentType: string | null;
  workplace: string | null;
}

const LABELS: [keyof LabelledFields, RegExp][] = [
  [
    'company',
    /^(company|company name|employer|hiring company|organi[sz]ation|entreprise|société|unternehmen|firma|arbeitgeber|empresa|azienda)$/iu,
  ],
  [
    'location',
    /^(location|job location|work location|city|lieu|lieu de travail|localisation|standort|arbeitsort|einsatzort|ubicación|ubicacion|localidad|sede|sede di lavoro|località|local|local de trabalho|localização|cidade)$/iu,
  ],
  [
    'salaryText',
    /^(salary|salary range|pay|pay range|compensation|base salary|rémunération|salaire|gehalt|vergütung|salario|sueldo|retribuzione|stipendio|ral|salário|remuneração)$/iu,
  ],
  [
    'employmentType',
    /^(employment type|job type|contract type|type of employment|work type|type de contrat|contrat|anstellungsart|vertragsart|beschäftigungsart|tipo de contrato|tipo de empleo|jornada|tipo di contratto|tipo contratto|regime de contratação)$/iu,
  ],
  [
    'workplace',
    /^(workplace|workplace type|work model|work arrangement|remote|mode de travail|arbeitsmodell|modalidad|modalità di lavoro|modelo de trabalho)$/iu,
  ],
];

const LINE = /^\s*([\p{L}][\p{L} ]{1,30}?)\s*[:：]\s*(.{1,100})$/u;

/** The first value for each label, from lines ("Label: value") and from label/value pairs (definition lists). */
export function labelledFields(lines: readonly string[], pairs: readonly [string, string][] = []): LabelledFields {
  const found: LabelledFields = { company: null, location: null, salaryText: null, employmentType: null, workplace: null };
  const take = (label: string, value: string) => {
    const field = LABELS.find(([, pattern]) => pattern.test(label.trim()))?.[0];
    const clean = value.replace(/\s+/gu, ' ').trim();
    if (field && clean && found[field] === null) found[field] = clean;
  };
  for (const [label, value] of pairs) take(label.replace(/[:：]\s*$/u, ''), value);
  for (const line of lines) {
    const match = line.match(LINE);
    if (match) take(match[1]!, match[2]!);
  }
  return found;
}
