/**
 * First paint of the board with many jobs: N synthetic jobs written straight
 * into a fresh database, the built renderer served by the browser host, and
 * the time from navigation to the renderer's `quarry:board-painted` mark in
 * Chromium (median of a few loads).
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoreContext } from '../src-main/core/context';
import { openCore } from '../src-main/core/open-core';
import { attachDocument } from '../src-main/core/services/documents-service';
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
  /** Documents attached before the loads (1 per 10 jobs), and from a click on Documents to every one listed. */
  documents: number;
  attachMsPerDocument: number;
  documentsMedianMs: number;
  documentsSamplesMs: number[];
}

/** Milliseconds from a click on the view's tab to the mark the view sets once painted. */
function timeViewSwitch(page: Page, label: string, mark: string): Promise<number> {
  return page.evaluate(
    async ([tab, painted]) => {
      performance.clearMarks(painted);
      const clicked = performance.now();
      [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === tab)!.click();
      while (performance.getEntriesByName(painted).length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return performance.getEntriesByName(painted)[0]!.startTime - clicked;
    },
    [label, mark] as const,
  );
}

/** A distinct 30 KB file per index, as a PDF résumé would be. */
function attachSyntheticDocuments(core: CoreContext, count: number, jobs: number): number {
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const bytes = Buffer.alloc(30 * 1024, index % 251);
    bytes.write(`%PDF-1.7 document ${index}`);
    for (const jobId of [1 + (index % jobs), 1 + ((index * 7) % jobs)]) {
      attachDocument(
        core.db,
        { jobId, fileName: `CV ${index}.pdf`, bytes, kind: 'resume', versionLabel: `v${index % 5}` },
        core.clock,
      );
    }
  }
  return (performance.now() - started) / count;
}

const median = (samples: readonly number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

export async function benchBoardPaint(jobs = 10_000, loads = 5): Promise<PaintResult> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dataDir = mkdtempSync(join(tmpdir(), 'quarry-paint-'));
  const core = await openCore({ dataDir, host: 'browser' });
  insertSyntheticJobs(core.db, jobs);
  const documents = Math.ceil(jobs / 10);
  const attachMsPerDocument = attachSyntheticDocuments(core, documents, jobs);
  const host = await startHost({ core, rendererDir: join(root, 'out/renderer') });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const samplesMs: number[] = [];
  const tableSamplesMs: number[] = [];
  const documentsSamplesMs: number[] = [];
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
      const tableMs = await timeViewSwitch(page, 'Table', 'quarry:table-painted');
      const documentsMs = await timeViewSwitch(page, 'Documents', 'quarry:documents-painted');
      if (load > 0) {
        tableSamplesMs.push(tableMs);
        documentsSamplesMs.push(documentsMs);
      }
    }
  } finally {
    await browser.close();
    await host.close();
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    jobs,
    medianMs: median(samplesMs),
    samplesMs,
    tableMedianMs: median(tableSamplesMs),
    tableSamplesMs,
    documents,
    attachMsPerDocument,
    documentsMedianMs: median(documentsSamplesMs),
    documentsSamplesMs,
  };
}
