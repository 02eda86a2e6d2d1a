/**
 * Refreshes the README screenshots: `npx tsx scripts/screenshots.ts` after
 * `npm run build`. Starts the browser host on a throwaway data folder with a
 * few sample jobs and captures the board in light and dark mode.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../src-main/core/open-core';
import { addJob } from '../src-main/core/services/jobs-service';
import { startHost } from '../src-main/host/host-server';
import { chromiumExecutable } from '../tests/e2e/quarry-app';

const root = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE_JOBS = [
  { title: 'Senior Backend Engineer', company: 'Primer' },
  { title: 'Staff Software Engineer, Payments Infrastructure and Reliability', company: 'Northwind Trading' },
  { title: 'Platform Engineer', company: 'Acme Robotics' },
  { title: 'Site Reliability Engineer', company: 'Globex' },
];

const dataDir = mkdtempSync(join(tmpdir(), 'quarry-shots-'));
const core = openCore({ dataDir, host: 'browser' });
for (const job of SAMPLE_JOBS) addJob(core.db, job, core.clock);
const host = await startHost({ core, rendererDir: join(root, 'out/renderer') });
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme });
    await page.goto(host.url);
    await page.getByRole('article').first().waitFor();
    const file = join(root, 'docs/screenshots', `board-${colorScheme}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await host.close();
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
}
