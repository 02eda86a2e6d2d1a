/**
 * Insights and data in/out at scale: N synthetic jobs with histories and
 * stages, then the insights computation (median of 5), the JSON and CSV
 * exports, and restoring the JSON into an empty data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../src-main/core/open-core';
import { exportCsv, exportJson } from '../src-main/core/services/export-service';
import { insights } from '../src-main/core/services/insights-service';
import { readExport, restoreExport } from '../src-main/core/services/restore-service';
import { insertSyntheticJobs } from './synthetic-jobs';

export interface PortabilityResult {
  jobs: number;
  insightsMs: number;
  jsonMs: number;
  jsonMb: number;
  csvMs: number;
  csvMb: number;
  restoreMs: number;
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

export async function benchPortability(jobs: number): Promise<PortabilityResult> {
  const source = mkdtempSync(join(tmpdir(), 'quarry-portability-'));
  const target = mkdtempSync(join(tmpdir(), 'quarry-portability-'));
  const core = await openCore({ dataDir: source, host: 'cli' });
  const empty = await openCore({ dataDir: target, host: 'cli' });
  try {
    insertSyntheticJobs(core.db, jobs, { journeys: true, descriptionBytes: 4000 });
    const samples = Array.from({ length: 5 }, () => timed(() => insights(core.db, core.clock, { from: null, to: null }))[1]);
    const [json, jsonMs] = timed(() => exportJson(core.db, core.clock, 'bench'));
    const [csv, csvMs] = timed(() => exportCsv(core.db));
    const [, restoreMs] = timed(() => restoreExport(empty.db, readExport(empty.db, json)));
    return {
      jobs,
      insightsMs: samples.sort((a, b) => a - b)[2]!,
      jsonMs,
      jsonMb: Buffer.byteLength(json) / 1e6,
      csvMs,
      csvMb: Buffer.byteLength(csv) / 1e6,
      restoreMs,
    };
  } finally {
    await core.close();
    await empty.close();
    rmSync(source, { recursive: true, force: true });
    rmSync(target, { recursive: true, force: true });
  }
}
