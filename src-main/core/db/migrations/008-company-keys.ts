import type { Migration } from './migration';

export const migration: Migration = {
  version: 8,
  name: 'company keys, so "Acme Inc." and "ACME" are one employer',
  // The keys themselves are set at open (fillCompanyKeys): the matching rule is TypeScript, and may improve.
  sql: /* sql */ `
    ALTER TABLE jobs ADD COLUMN company_key TEXT;
    CREATE INDEX jobs_by_company_key ON jobs (company_key);
  `,
};
