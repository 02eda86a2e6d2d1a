import { defineConfig } from '@playwright/test';

/**
 * The same specs run twice: against the built renderer in Chromium through
 * the browser host, and against the real Electron app where its binary is
 * installed (the electron project skips itself, with the reason, otherwise).
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 2,
  // One retry on CI only, and reported as "flaky" in the list: the company page's "open this job" click under a
  // loaded machine sometimes leaves the detail panel on the previous job (seen 1 run in 4 under CPU stress; both
  // answers for the new job arrive, no page error). Under investigation; a test that fails twice still fails CI.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  // CI has two cores shared by two spec files, two browsers and two hosts: give slow moments room.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  projects: [
    { name: 'chromium', metadata: { target: 'browser-host' } },
    { name: 'electron', metadata: { target: 'electron' } },
  ],
});
