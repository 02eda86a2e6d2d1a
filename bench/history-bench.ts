/**
 * What the re-apply and near-duplicate warnings add to an import: the
 * lookups storeParsedFile makes for each new job, at N saved jobs of which a
 * third were sent, timed over many imported listings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../src-main/core/open-core';
import { companyWarnings } from '../src-main/core/services/companies-service';
import { insertSyntheticJobs } from './synthetic-jobs';

export interface WarningsBenchResult {
  jobs: number;
  msPerJob: number;
}

export async function benchCompanyWarnings(jobs: number, imported = 2000): Promise<WarningsBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'quarry-warnings-'));
  const core = await openCore({ dataDir, host: 'cli' });
  try {
    insertSyntheticJobs(core.db, jobs);
    core.db.prepare("UPDATE jobs SET applied_on = '2026-03-03' WHERE id % 3 = 0").run();
    const companies = (core.db.prepare('SELECT DISTINCT company FROM jobs').all() as { company: string }[]).map(
      (row) => row.company,
    );
    const now = new Date().toISOString();
    let warned = 0;
    const started = performance.now();
    for (let index = 0; index < imported; index++) {
      const company = `${companies[index % companies.length]!}${index % 2 === 0 ? ' Inc.' : ''}`;
      warned += companyWarnings(core.db, { company, title: `Senior Backend Engineer ${index}` }, now).length;
    }
    const msPerJob = (performance.now() - started) / imported;
    if (warned === 0) throw new Error('The warnings bench found nothing to warn about: its data is wrong.');
    return { jobs, msPerJob };
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
