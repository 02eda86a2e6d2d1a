import { expect, test } from '@playwright/test';
import { addJob, importFiles } from './board-helpers';
import { useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

test('a backup made in Settings restores the data as it was, and the restore can be undone', async () => {
  const { page } = quarry.current;
  const card = (title: string) => page.getByRole('article', { name: `${title} at Initech` });
  await addJob(page, 'Before the backup', 'Initech');

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('button', { name: 'Back up now' }).click();
  await expect(settings.getByRole('status')).toContainText('Backed up at');
  const backups = settings.getByRole('list', { name: 'Backups' });
  await expect(backups.getByText('Made by you')).toHaveCount(1);
  await settings.getByRole('button', { name: 'Cancel' }).click();

  await addJob(page, 'After the backup', 'Initech');
  await expect(card('After the backup')).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  const made = backups.getByRole('listitem').filter({ hasText: 'Made by you' });
  await expect(made).toContainText('1 job ·');
  await made.getByRole('button', { name: /^Restore the backup from/u }).click();
  await made.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(settings.getByRole('status')).toContainText('Restored the backup from');
  await expect(card('Before the backup')).toBeVisible();
  await expect(card('After the backup')).toHaveCount(0);

  const replaced = backups.getByRole('listitem').filter({ hasText: 'Before a restore' });
  await replaced.getByRole('button', { name: /^Restore the backup from/u }).click();
  await replaced.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(card('After the backup')).toBeVisible();
  await settings.getByRole('button', { name: 'Cancel' }).click();

  await quarry.current.restart();
  await expect(quarry.current.page.getByRole('article', { name: 'After the backup at Initech' })).toBeVisible();
});

test('remote images stay blocked until the user loads them for that one job', async () => {
  const { page } = quarry.current;
  const imageHost = 'https://images.quarry-e2e.test/';
  const requested: string[] = [];
  await page.route(`${imageHost}**`, (route) => {
    requested.push(route.request().url());
    // A 1×1 transparent PNG, so the test needs no network.
    return route.fulfill({
      contentType: 'image/png',
      body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
    });
  });
  const listing = (title: string) => ({
    name: `${title.toLowerCase().replace(/\W+/gu, '-')}.html`,
    mimeType: 'text/html',
    buffer: Buffer.from(
      `<html><head><title>${title}</title><meta property="og:site_name" content="Hooli"></head><body><h1>${title}</h1>` +
        `<p>About the team</p><img src="${imageHost}${title.length}.png" alt="Team photo"><img src="http://plain.quarry-e2e.test/x.png" alt="Plain"></body></html>`,
    ),
  });
  await importFiles(quarry.current, [listing('Image Engineer'), listing('Other Image Engineer')]);
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('2 jobs imported');
  await report.getByRole('button', { name: 'Done' }).click();

  const panel = page.getByRole('complementary', { name: 'Job details' });
  await page.getByRole('button', { name: 'Image Engineer', exact: true }).click();
  await expect(panel.getByText('2 images not loaded')).toBeVisible();
  await expect(panel.locator('.description img')).toHaveCount(0);
  await expect(panel.getByText('Image not loaded: Team photo')).toBeVisible();

  quarry.current.allowRequestsTo(imageHost);
  await panel.getByRole('button', { name: 'Load images for this job' }).click();
  await expect(panel.locator('.description img')).toHaveCount(1);
  await expect(panel.locator('.description img')).toHaveAttribute('referrerpolicy', 'no-referrer');
  // Plain http images never load: they would travel unencrypted.
  await expect(panel.getByText('Image not loaded: Plain')).toBeVisible();
  await expect.poll(() => requested.length).toBe(1);

  // The choice belongs to that job only, and is remembered.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Other Image Engineer', exact: true }).click();
  await expect(panel.locator('.description img')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByRole('button', { name: 'Image Engineer', exact: true }).click();
  await expect(panel.locator('.description img')).toHaveCount(1);
  await expect.poll(() => requested.length).toBe(2);
  await panel.getByRole('button', { name: 'Block images' }).click();
  await expect(panel.locator('.description img')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Image Engineer', exact: true }).click();
  await expect(panel.getByText('2 images not loaded')).toBeVisible();
  expect(requested).toHaveLength(2);
});
