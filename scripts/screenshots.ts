/**
 * Refreshes the README screenshots: `npm run build && npx tsx scripts/screenshots.ts`.
 * Starts the browser host on a throwaway data folder, imports the seed and
 * sample listings, spreads them over the board and captures the board (light
 * and dark), the job detail view and the other screens.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../src-main/core/open-core';
import { moveJob, prioritise, updateJobDates } from '../src-main/core/services/board-service';
import { attachDocument } from '../src-main/core/services/documents-service';
import { addContact } from '../src-main/core/services/people-service';
import { importSources } from '../src-main/core/services/import-service';
import { addJob, getBoard } from '../src-main/core/services/jobs-service';
import { addStage, editStage } from '../src-main/core/services/stages-service';
import { stageKindLabel } from '../src-shared/domain/icalendar';
import type { StageKind } from '../src-shared/domain/job';
import { listStages } from '../src-main/core/repos/stages-repo';
import { zonedToUtc } from '../src-shared/domain/schedule';
import { startHost } from '../src-main/host/host-server';
import { SyncService } from '../src-main/core/services/sync-service';
import { chromiumExecutable } from '../tests/e2e/quarry-app';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/import');
const dataDir = mkdtempSync(join(tmpdir(), 'quarry-shots-'));
const core = await openCore({ dataDir, host: 'browser' });
await importSources(
  { db: core.db, clock: core.clock, parser: core.parser() },
  [
    join(root, '../shared/corpus/seed'),
    ...['readme-list.html', 'json-ld-graph.html', 'greenhouse.html', 'lever.html', 'workable.html'].map((name) =>
      join(fixtures, name),
    ),
  ].map((path) => ({ kind: 'path' as const, path })),
  { origin: 'screenshots', takeLists: true },
);
addJob(
  core.db,
  { title: 'Staff Software Engineer, Payments Infrastructure and Reliability', company: 'Northwind Trading' },
  core.clock,
);
const { columns, cards } = getBoard(core.db, core.clock);
const columnId = (key: string) => columns.find((column) => column.key === key)!.id;
const byTitle = (title: string) => cards.find((card) => card.title === title)!.id;
const moves: [string, string][] = [
  ['Senior Site Reliability Engineer', 'applied'],
  ['Backend Engineer', 'applied'],
  ['Mobile Developer', 'interviewing'],
  ['Security Engineer', 'offer'],
];
for (const [title, key] of moves) moveJob(core.db, { id: byTitle(title), columnId: columnId(key), beforeId: null }, core.clock);
moveJob(
  core.db,
  { id: byTitle('Platform Engineer'), columnId: columnId('closed'), beforeId: null, outcome: 'rejected' },
  core.clock,
);

const seedJob = byTitle('Senior Backend Engineer');
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
const planned = listStages(core.db, seedJob);
const plan: [number, string, string, string][] = [
  [0, inDays(1), '16:00', 'Europe/Lisbon'],
  [1, inDays(3), '10:30', 'America/New_York'],
  [2, inDays(3), '16:00', 'Europe/Berlin'],
];
for (const [index, date, time, zone] of plan) {
  const stage = planned[index]!;
  editStage(
    core.db,
    stage.id,
    { ...stage, startsAt: zonedToUtc(date, time, zone), timeZone: zone, status: 'scheduled' },
    core.clock,
  );
}
moveJob(core.db, { id: seedJob, columnId: columnId('interviewing'), beforeId: null }, core.clock);

// Stars and the dates people track, so cards, the table and the agenda show them.
prioritise(core.db, [seedJob, byTitle('Security Engineer')], 3, core.clock);
prioritise(core.db, [byTitle('Mobile Developer')], 2, core.clock);
updateJobDates(core.db, byTitle('Mobile Developer'), { appliedOn: inDays(-9), applyBy: null, followUpOn: inDays(2) }, core.clock);
const stillSaved = getBoard(core.db, core.clock).cards.find((card) => card.columnId === columnId('saved'));
if (stillSaved) updateJobDates(core.db, stillSaved.id, { appliedOn: null, applyBy: inDays(4), followUpOn: null }, core.clock);

// Past interviews with outcomes, so Insights has rounds and pass rates to show.
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();
const outcomes: [string, StageKind, 'passed' | 'failed', number][] = [
  ['Mobile Developer', 'recruiter_call', 'passed', 12],
  ['Mobile Developer', 'technical', 'passed', 6],
  ['Security Engineer', 'recruiter_call', 'passed', 20],
  ['Security Engineer', 'system_design', 'passed', 14],
  ['Security Engineer', 'values', 'passed', 9],
  ['Platform Engineer', 'recruiter_call', 'passed', 18],
  ['Platform Engineer', 'technical', 'failed', 11],
];
for (const [title, kind, status, ago] of outcomes) {
  addStage(core.db, byTitle(title), { kind, title: stageKindLabel(kind), durationMinutes: 45 }, core.clock, {
    kind,
    title: stageKindLabel(kind),
    durationMinutes: 45,
    startsAt: daysAgo(ago),
    timeZone: 'Europe/Berlin',
    location: null,
    interviewers: null,
    status,
    prepNotes: null,
    checklist: [],
    outcomeNotes: null,
  });
}

// An application silent for a month (offered for closing as ghosted), and a job saved where the user applied before.
const silent = byTitle('Senior Site Reliability Engineer');
core.db.prepare('UPDATE status_history SET changed_at = ? WHERE job_id = ?').run(daysAgo(30), silent);
addJob(
  core.db,
  { title: 'Senior Security Engineer', company: cards.find((card) => card.id === byTitle('Security Engineer'))!.company },
  core.clock,
);
updateJobDates(core.db, byTitle('Security Engineer'), { appliedOn: inDays(-40), applyBy: null, followUpOn: null }, core.clock);

// The résumé and cover letter sent, one résumé to two jobs.
const resume = Buffer.from('%PDF-1.7\nJane Doe, backend engineer\n%%EOF\n');
for (const jobId of [seedJob, byTitle('Mobile Developer'), byTitle('Security Engineer')]) {
  attachDocument(core.db, { jobId, fileName: 'Jane Doe CV.pdf', bytes: resume, kind: 'resume', versionLabel: 'v3' }, core.clock);
}
attachDocument(
  core.db,
  {
    jobId: seedJob,
    fileName: 'Cover letter - Primer.md',
    bytes: Buffer.from('Dear Primer team,'),
    kind: 'cover_letter',
    versionLabel: 'EN',
  },
  core.clock,
);

// A recruiter who brought two jobs, and an interviewer named on a stage.
for (const title of ['Senior Backend Engineer', 'Mobile Developer']) {
  addContact(
    core.db,
    byTitle(title),
    { name: 'Sam Rivera', role: 'Recruiter', email: 'sam@talent.example', link: null },
    core.clock,
  );
}
addContact(
  core.db,
  byTitle('Security Engineer'),
  { name: 'Ana Lee', role: 'Engineering manager', email: null, link: null },
  core.clock,
);

// Another computer already syncing through the folder the screenshots turn sync on with.
const syncFolder = mkdtempSync(join(tmpdir(), 'quarry-shots-sync-'));
const deskCore = await openCore({ dataDir: mkdtempSync(join(tmpdir(), 'quarry-shots-desk-')), host: 'cli' });
const desk = new SyncService(deskCore, { emit: () => undefined }, { pollMs: 0, debounceMs: -1, watch: false, outboxMs: 0 });
addJob(deskCore.db, { title: 'Staff Engineer', company: 'Initech' }, deskCore.clock);
desk.turnOn(syncFolder, 'Desk-PC');

const host = await startHost({ core, rendererDir: join(root, 'out/renderer') });
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, colorScheme });
    await page.goto(host.url);
    await page.getByRole('article').first().waitFor();
    await page.screenshot({ path: join(root, 'docs/screenshots', `board-${colorScheme}.png`) });
    if (colorScheme === 'light') {
      await page.getByRole('button', { name: 'Senior Backend Engineer' }).click();
      await page.getByRole('complementary', { name: 'Job details' }).locator('.stages').waitFor();
      await page.screenshot({ path: join(root, 'docs/screenshots', 'job-detail.png') });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Agenda' }).click();
      await page.getByRole('region', { name: 'Agenda' }).locator('.item').first().waitFor();
      await page.screenshot({ path: join(root, 'docs/screenshots', 'agenda.png') });
      await page.getByRole('button', { name: 'Month' }).click();
      await page.getByRole('table', { name: /^Interviews in / }).waitFor();
      await page.screenshot({ path: join(root, 'docs/screenshots', 'agenda-month.png') });
      await page.getByRole('button', { name: 'List' }).click();
    }
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table', { name: 'Every job' }).waitFor();
    await page.getByRole('checkbox', { name: /^Select Mobile Developer/u }).check();
    await page.getByRole('checkbox', { name: /^Select Security Engineer/u }).check();
    await page.screenshot({ path: join(root, 'docs/screenshots', `table-${colorScheme}.png`) });
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.getByRole('button', { name: 'Insights' }).click();
    await page.getByRole('img', { name: /^Flow of/u }).waitFor();
    await page.screenshot({ path: join(root, 'docs/screenshots', `insights-${colorScheme}.png`) });
    await page.getByRole('button', { name: 'Activity report…' }).click();
    const report = page.getByRole('dialog', { name: 'Activity report' });
    await report.getByLabel('From').fill(inDays(-45));
    await report.getByRole('table').waitFor();
    await page.screenshot({ path: join(root, 'docs/screenshots', `activity-report-${colorScheme}.png`) });
    await report.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Documents' }).click();
    await page.getByRole('region', { name: 'Documents' }).getByRole('table').waitFor();
    await page.screenshot({ path: join(root, 'docs/screenshots', `documents-${colorScheme}.png`) });
    await page.getByRole('button', { name: 'People' }).click();
    await page.getByRole('region', { name: 'People' }).getByRole('table').waitFor();
    await page.getByRole('region', { name: 'People' }).getByRole('button', { name: 'Sam Rivera' }).click();
    await page.getByRole('dialog', { name: 'Sam Rivera' }).getByRole('region', { name: 'Jobs' }).waitFor();
    await page.screenshot({ path: join(root, 'docs/screenshots', `person-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Board' }).click();
    await page.getByRole('button', { name: 'Senior Security Engineer' }).click();
    await page.getByRole('complementary', { name: 'Job details' }).locator('.company-link').click();
    await page.getByRole('dialog').getByRole('table').waitFor();
    await page.screenshot({ path: join(root, 'docs/screenshots', `company-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    if (colorScheme === 'light') {
      await page.getByRole('button', { name: 'Export / Import data' }).click();
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('Spreadsheet to import').click()]);
      await chooser.setFiles({
        name: 'job-tracker.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'Company,Job Title,Status,Date Applied,URL,Notes\n' +
            'Hooli,Site Reliability Engineer,Applied,2026-10-01,https://hooli.example/sre,Met at a meetup\n' +
            'Pied Piper,Compression Engineer,Phone screen,10/05/2026,,\n' +
            'Umbrella,Platform Engineer,Rejected,2026-09-12,,Too senior\n',
        ),
      });
      await page.getByRole('table', { name: 'Preview' }).waitFor();
      await page.screenshot({ path: join(root, 'docs/screenshots', 'spreadsheet-import.png') });
      await page.keyboard.press('Escape');
    }
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    await (await chooser).setFiles(join(root, '../shared/corpus-real/hackernews/hn-whoishiring-2024-09-thread.html'));
    const preview = page.getByRole('dialog', { name: /^This page lists/u });
    await preview.getByRole('searchbox', { name: 'Filter jobs' }).fill('remote engineer');
    for (const index of [0, 2, 3]) await preview.getByRole('checkbox').nth(index).check();
    await page.screenshot({ path: join(root, 'docs/screenshots', `list-preview-${colorScheme}.png`) });
    await preview.getByRole('button', { name: 'Skip this page' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('list', { name: 'Backups' }).waitFor();
    await page.screenshot({ path: join(root, 'docs/screenshots', `settings-${colorScheme}.png`) });
    const syncSection = page.getByRole('region', { name: 'Sync' });
    if (colorScheme === 'light') {
      await syncSection.getByLabel('Sync folder').fill(syncFolder);
      await syncSection.getByLabel('This computer’s name, as the others show it').fill('Laptop');
      await syncSection.getByRole('button', { name: 'Turn on sync' }).click();
    }
    await syncSection.getByRole('list', { name: 'Other computers' }).waitFor();
    await syncSection.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(root, 'docs/screenshots', `sync-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
    await page.close();
  }
  console.log(
    'wrote docs/screenshots/board-light.png, board-dark.png, documents-*.png, person-*.png, company-*.png, activity-report-*.png, table-light.png, table-dark.png, job-detail.png, agenda.png, agenda-month.png, settings-light.png, settings-dark.png, sync-light.png, sync-dark.png, insights-light.png, insights-dark.png, spreadsheet-import.png, list-preview-light.png, list-preview-dark.png',
  );
} finally {
  await browser.close();
  await host.close();
  await core.close();
  await deskCore.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(syncFolder, { recursive: true, force: true });
}
