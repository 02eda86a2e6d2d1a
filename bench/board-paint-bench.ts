/**
 * First paint of the board with many jobs: N synthetic jobs written straight
 * into a fresh database, the built renderer served by the browser host, and
 * the time from navigation to the renderer's `quarry:board-painted` mark in
 * Chromium (median of a few loads).
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../src-main/core/open-core';
import { startHost } from '../src-main/host/host-server';
import { chromiumExecutable } from '../tests/e2e/quarry-app';
import { insertSyntheticJobs } from './synthetic-jobs';

export interface PaintResult {
  jobs: number;
  medianMs: number;
  samplesMs: number[];
  /** From a click on Table (the whole board loaded) to its first rows painted. */
  tableMedianMs: number;
  tableSamplesMs: number[];
}

const median = (samples: readonly number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

export async function benchBoardPaint(jobs = 10_000, loads = 5): Promise<PaintResult> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dataDir = mkdtempSync(join(tmpdir(), 'quarry-paint-'));
  const core = await openCore({ dataDir, host: 'browser' });
  insertSyntheticJobs(core.db, jobs);
  const host = await startHost({ core, rendererDir: join(root, 'out/renderer') });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const samplesMs: number[] = [];
  const tableSamplesMs: number[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    for (let load = 0; load < loads + 1; load++) {
      await page.goto(load === 0 ? host.url : `${host.origin}/`);
      const painted = await page.waitForFunction(
        () => performance.getEntriesByName('quarry:board-painted')[0]?.startTime,
        undefined,
        {
          timeout: 30_000,
        },
      );
      // The first load warms caches, as a desktop app's second start would be.
      if (load > 0) samplesMs.push(Number(await painted.jsonValue()));
      await page.waitForLoadState('networkidle');
      const tableMs = await page.evaluate(async () => {
        const clicked = performance.now();
        const table = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Table')!;
        table.click();
        while (performance.getEntriesByName('quarry:table-painted').length === 0) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return performance.getEntriesByName('quarry:table-painted')[0]!.startTime - clicked;
      });
      if (load > 0) tableSamplesMs.push(tableMs);
    }
  } finally {
    await browser.close();
    await host.close();
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { jobs, medianMs: median(samplesMs), samplesMs, tableMedianMs: median(tableSamplesMs), tableSamplesMs };
}
