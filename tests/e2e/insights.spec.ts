import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addJob, card, closeJob, column, importSeed } from './board-helpers';
import { useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

/** Moves a card one column right at a time with the keyboard. */
async function moveRight(page: Page, title: string, through: string[]) {
  for (const key of through) {
    const handle = card(page, title).getByRole('button').first();
    await handle.focus();
    await expect(handle).toBeFocused();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(column(page, key).getByRole('article', { name: new RegExp(`^${title} at `, 'u') })).toBeVisible();
  }
}

async function flows(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Flows' }).locator('tbody tr');
  return (await rows.allInnerTexts()).map((row) => row.replace(/\s+/gu, ' ').trim()).sort();
}

async function exportJson(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export / Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export and import data' });
  const saved = await quarry.current.savedFile(() => dialog.getByRole('button', { name: 'Export everything (JSON)' }).click());
  await expect(dialog.getByRole('status').filter({ hasText: /^(Downloaded|Saved)/u })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return saved.toString('utf8');
}

const EXPECTED_FLOWS = [
  '1st interview 2nd interview 1',
  '2nd interview Rejected 1',
  'Applied 1st interview 1',
  'Applied Ghosted 1',
  'Applied Interviewing 1',
  'Interviewing Offer 1',
  'Offer Accepted 1',
  'Saved Applied 3',
  'Saved Not applied yet 1',
];

test('a history built on the board shows up in Insights with the right numbers', async () => {
  const { page } = quarry.current;
  await importSeed(quarry.current);
  await addJob(page, 'Alpha Engineer', 'Acme');
  await addJob(page, 'Beta Engineer', 'Globex');
  await addJob(page, 'Gamma Engineer', 'Initech');

  // The seed: applied, a recruiter call passed, a hiring-manager interview failed, rejected.
  await moveRight(page, 'Senior Backend Engineer', ['applied']);
  await page.getByRole('button', { name: 'Senior Backend Engineer' }).click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  for (const [stage, status] of [
    ['Call with a Talent Partner', 'passed'],
    ['Interview with an Engineering Manager', 'failed'],
  ] as const) {
    await panel.getByRole('button', { name: `Edit ${stage}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Interview stage' });
    await dialog.getByLabel('Status').selectOption(status);
    await dialog.getByRole('button', { name: 'Save stage' }).click();
    await expect(dialog).toBeHidden();
  }
  await panel.getByRole('button', { name: 'Close details' }).click();
  await expect(panel).toBeHidden();
  await moveRight(page, 'Senior Backend Engineer', ['interviewing']);
  await closeJob(page, 'Senior Backend Engineer', 'Rejected');
  await moveRight(page, 'Alpha Engineer', ['applied']);
  await closeJob(page, 'Alpha Engineer', 'Ghosted');
  await moveRight(page, 'Beta Engineer', ['applied', 'interviewing', 'offer']);
  await closeJob(page, 'Beta Engineer', 'Accepted an offer');

  await page.getByRole('button', { name: 'Insights' }).click();
  const insights = page.getByRole('region', { name: 'Insights' });
  await expect(insights.getByRole('img', { name: 'Flow of 4 jobs from Saved to where they ended' })).toBeVisible();
  expect(await flows(page)).toEqual(EXPECTED_FLOWS);
  await expect(insights.getByRole('definition').nth(0)).toHaveText('3');
  await expect(insights.getByRole('definition').nth(1)).toHaveText('67%');
  const rates = insights.getByRole('table').filter({ hasText: 'Pass rate' }).or(insights.locator('.rates'));
  await expect(rates.getByRole('row', { name: /Recruiter call/u })).toContainText('100%');
  await expect(rates.getByRole('row', { name: /Hiring-manager interview/u })).toContainText('0%');

  // A range that starts tomorrow holds nothing.
  await insights.getByLabel('Date range').selectOption('custom');
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  await insights.locator('input[type="date"]').first().fill(tomorrow);
  await expect(insights.getByText('Nothing to show for this range yet.')).toBeVisible();
  await insights.getByLabel('Date range').selectOption('all');

  for (const [button, check] of [
    [
      'Export SVG',
      (bytes: Buffer) =>
        // The file says what it shows: a title, the range and the headline numbers, then the chart.
        expect(bytes.toString('utf8')).toMatch(
          /^<\?xml[\s\S]*<svg[\s\S]*Where applications went[\s\S]*All time · \d+ applications · \d+% response rate[\s\S]*Applied/u,
        ),
    ],
    ['Export PNG', (bytes: Buffer) => expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')],
  ] as const) {
    check(await quarry.current.savedFile(() => insights.getByRole('button', { name: button }).click()));
  }
});

test('the JSON export restores into a fresh data folder with the same state, and the same Insights', async () => {
  const { page } = quarry.current;
  const exported = await exportJson(page);
  const fresh = mkdtempSync(join(tmpdir(), 'quarry-e2e-fresh-'));
  try {
    await quarry.current.restart(fresh);
    const freshPage = quarry.current.page;
    await expect(freshPage.getByRole('heading', { name: 'Your job search starts here' })).toBeVisible();
    await freshPage.getByRole('button', { name: 'Export / Import data' }).click();
    const dialog = freshPage.getByRole('dialog', { name: 'Export and import data' });
    await quarry.current.chooseFiles(
      { name: 'quarry-export.json', mimeType: 'application/json', buffer: Buffer.from(exported) },
      () => dialog.getByLabel('Quarry export to restore').click(),
    );
    await expect(dialog.getByRole('status')).toContainText('Restored 4 jobs');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(column(freshPage, 'closed').getByRole('article')).toHaveCount(3);

    const again = await exportJson(freshPage);
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/u, '');
    expect(withoutTime(again)).toBe(withoutTime(exported));
    await freshPage.getByRole('button', { name: 'Insights' }).click();
    await expect(freshPage.getByRole('table', { name: 'Flows' })).toBeAttached();
    expect(await flows(freshPage)).toEqual(EXPECTED_FLOWS);
  } finally {
    await quarry.current.restart();
    rmSync(fresh, { recursive: true, force: true });
  }
});

test('a spreadsheet comes in through the column mapping, with a report for every row', async () => {
  const { page } = quarry.current;
  await page.getByRole('button', { name: 'Export / Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export and import data' });
  const csv = [
    'Employer,Job Title,Status,Date Applied,Link,Comments',
    'Hooli,Site Reliability Engineer,Applied,2026-10-01,https://hooli.example/sre,Met at a meetup',
    'Pied Piper,Compression Engineer,Phone screen,10/05/2026,,',
    ',Nameless,Applied,,,',
  ].join('\r\n');
  await quarry.current.chooseFiles({ name: 'tracker.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }, () =>
    dialog.getByLabel('Spreadsheet to import').click(),
  );
  const mapping = dialog.getByRole('group', { name: 'Column mapping' });
  await expect(mapping.getByLabel('Column “Employer” is')).toHaveValue('company');
  await expect(mapping.getByLabel('Column “Comments” is')).toHaveValue('notes');
  const preview = dialog.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('row').nth(2)).toContainText('Interviewing');
  await expect(preview.getByRole('row').nth(3)).toContainText('No company');
  // 10/05/2026 could be either: the preview shows the reading, the user can say which.
  await expect(dialog.getByRole('status')).toContainText('could be read either way');
  await expect(preview.getByRole('row').nth(2)).toContainText('5 Oct 2026');
  await dialog.getByLabel('Dates are written', { exact: true }).selectOption('day-first');
  await expect(preview.getByRole('row').nth(2)).toContainText('10 May 2026');
  await expect(dialog.getByRole('status')).toBeHidden();
  await dialog.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(dialog.getByRole('status')).toContainText('2 imported, 0 already on the board, 1 could not be read.');
  await expect(dialog.getByRole('list', { name: 'Rows' })).toContainText('Line 4');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(column(page, 'interviewing').getByRole('article', { name: /^Compression Engineer at Pied Piper/u })).toBeVisible();
});

test('an export replaces what this Quarry holds only after a confirmation, and the replaced data is kept as a backup', async () => {
  const { page } = quarry.current;
  const exported = await exportJson(page);
  await addJob(page, 'Added after the export', 'Later Inc');
  await page.getByRole('button', { name: 'Export / Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export and import data' });
  await quarry.current.chooseFiles(
    { name: 'quarry-export.json', mimeType: 'application/json', buffer: Buffer.from(exported) },
    () => dialog.getByLabel('Quarry export to restore').click(),
  );
  const confirm = dialog.getByRole('group', { name: 'Replace everything' });
  await expect(confirm).toContainText('Replace everything in this Quarry with quarry-export.json?');
  await expect(card(page, 'Added after the export')).toBeAttached();
  await confirm.getByRole('button', { name: 'Replace everything' }).click();
  await expect(dialog.getByRole('status')).toContainText('Restored 6 jobs');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(card(page, 'Added after the export')).toHaveCount(0);
  await expect(card(page, 'Compression Engineer')).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  const backups = page.getByRole('dialog', { name: 'Settings' }).getByRole('list', { name: 'Backups' });
  await expect(backups.getByRole('listitem').filter({ hasText: 'Before a restore' })).toHaveCount(1);
});
