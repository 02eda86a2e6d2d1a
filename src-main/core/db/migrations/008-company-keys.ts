import type { Migration } from './migration';

export const migration: Migration = {
  version: 8,
  name: 'company keys, so "Acme Inc." and "ACME" are one employer',
  // The keys themselves are set at open (fillCompanyKeys): the matching rule is TypeScript, and may improve.
  sql: /* sql */ `
    ALTER TABLE jobs ADD COLUMN company_key TEXT;
    -- With the day applied: the latest application at a company is one index step.
    CREATE INDEX jobs_by_company_key ON jobs (company_key, applied_on);
    -- Covers the near-duplicate check, which reads every live title at a company.
    CREATE INDEX jobs_live_titles_by_company_key ON jobs (company_key, title) WHERE deleted_at IS NULL;
  `,
};
