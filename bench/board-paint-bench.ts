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
}

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
    }
  } finally {
    await browser.close();
    await host.close();
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { jobs, medianMs: sorted[Math.floor(sorted.length / 2)]!, samplesMs };
}
