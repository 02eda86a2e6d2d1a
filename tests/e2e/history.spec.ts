import { expect, test } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { readFileSync } from 'node:fs';
import { addJob, card, column, drag, importFiles, SEED_LISTING, titlesIn } from './board-helpers';
import { useQuarry } from './quarry-app';

/** #15 items 3-5: where the user applied before, ghosted applications, the activity report. */
test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

test('importing a job where the user already applied warns in the report and on the card, and the company page lists both', async () => {
  const { page } = quarry.current;
  await addJob(page, 'Backend Engineer', 'Primer Inc.');
  await drag(page, 'Backend Engineer', 'applied');
  await expect.poll(() => titlesIn(page, 'applied')).toEqual(['Backend Engineer']);

  await importFiles(quarry.current, SEED_LISTING);
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText(
    `You applied here on ${format(new Date(), 'd MMM yyyy')} (Backend Engineer, no outcome yet).`,
  );
  await expect(report).toContainText('A similar job at');
  await report.getByRole('button', { name: 'Done' }).click();

  const imported = column(page, 'saved').getByRole('article').first();
  await expect(imported.locator('.applied-before')).toHaveText(`Applied here ${format(new Date(), 'd MMM')}`);
  await imported.locator('.card-open').click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  await expect(panel.getByRole('note')).toContainText('You applied here on');
  await panel.locator('.company-link').click();
  const company = page.getByRole('dialog', { name: /Primer/u });
  await expect(company.getByRole('row')).toHaveCount(3);
  await expect(company).toContainText('Backend Engineer');
  await expect(company).toContainText('Applied');
  await company.getByRole('button', { name: 'Backend Engineer', exact: true }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Backend Engineer');
  await panel.getByRole('button', { name: 'Close details' }).click();
});

test('an application silent for three weeks is offered for closing as ghosted, all at once from the banner', async () => {
  const { page } = quarry.current;
  await addJob(page, 'Quiet Engineer', 'Hushco');
  await drag(page, 'Quiet Engineer', 'applied');
  await expect.poll(async () => (await titlesIn(page, 'applied')).sort()).toEqual(['Backend Engineer', 'Quiet Engineer']);
  await expect(page.getByRole('region', { name: 'Applications without a reply' })).toBeHidden();

  // Four weeks on, as far as the window can tell.
  await page.clock.install({ time: addDays(new Date(), 28) });
  await page.reload();
  const banner = page.getByRole('region', { name: 'Applications without a reply' });
  await expect(banner).toContainText('2 applications have had no move and no reply for 21 days or more.');
  await expect(card(page, 'Quiet Engineer')).toContainText('No reply for 28 days');
  await banner.getByRole('button', { name: 'Close all as ghosted' }).click();
  await expect.poll(async () => (await titlesIn(page, 'closed')).sort()).toEqual(['Backend Engineer', 'Quiet Engineer']);
  await expect(card(page, 'Quiet Engineer')).toContainText('ghosted');
  await expect(banner).toBeHidden();
  await expect(page.locator('.toast')).toContainText('Closed 2 jobs as ghosted');
});

test('the activity report lists what was done, prints only itself and saves as CSV', async () => {
  const { page } = quarry.current;
  await page.getByRole('button', { name: 'Insights' }).click();
  await page.getByRole('button', { name: 'Activity report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Activity report' });
  const today = format(new Date(), 'yyyy-MM-dd');
  await dialog.getByLabel('From').fill(today);
  await dialog.getByLabel('To').fill(format(addDays(new Date(), 28), 'yyyy-MM-dd'));
  await expect(dialog).toContainText('2 applications sent, 0 interviews, 0 follow-ups, 2 outcomes');
  await expect(dialog.getByRole('row').filter({ hasText: 'Quiet Engineer' }).filter({ hasText: 'Outcome' })).toContainText(
    'ghosted',
  );

  await page.evaluate(() => {
    window.print = () => {
      document.title = document.body.classList.contains('printing-report') ? 'printed the report' : 'printed the page';
    };
  });
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect(page).toHaveTitle('printed the report');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.split(/\r?\n/u)[0]).toBe('\ufeffDate,Time,Activity,Job title,Company,Details');
  expect(csv).toContain('Application sent,Quiet Engineer,Hushco');
});
