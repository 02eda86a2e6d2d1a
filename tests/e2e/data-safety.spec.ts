import { expect, test, type Page } from '@playwright/test';
import { useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

async function addJob(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add job', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a job' });
  await dialog.getByLabel('Job title').fill(title);
  await dialog.getByLabel('Company').fill('Initech');
  await dialog.getByRole('button', { name: 'Add job' }).click();
  await expect(dialog).toBeHidden();
}

test('a backup made in Settings restores the data as it was, and the restore can be undone', async () => {
  const { page } = quarry.current;
  const card = (title: string) => page.getByRole('article', { name: `${title} at Initech` });
  await addJob(page, 'Before the backup');

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('button', { name: 'Back up now' }).click();
  await expect(settings.getByRole('status')).toContainText('Backed up at');
  const backups = settings.getByRole('list', { name: 'Backups' });
  await expect(backups.getByText('Made by you')).toHaveCount(1);
  await settings.getByRole('button', { name: 'Cancel' }).click();

  await addJob(page, 'After the backup');
  await expect(card('After the backup')).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  const made = backups.getByRole('listitem').filter({ hasText: 'Made by you' });
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
