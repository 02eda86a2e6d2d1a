import { expect, test } from '@playwright/test';
import { useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

test('first run explains how to get started', async () => {
  const { page } = quarry.current;
  await expect(page.getByRole('heading', { name: 'Your job search starts here' })).toBeVisible();
  for (const name of ['Saved', 'Applied', 'Interviewing', 'Offer', 'Closed']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
});

test('adding a job shows it in Saved, and it survives a reload and a restart', async () => {
  const { page } = quarry.current;
  await page.getByRole('button', { name: 'Add job', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a job' });
  await dialog.getByLabel('Job title').fill('Senior Backend Engineer');
  await dialog.getByLabel('Company').fill('Primer');
  await dialog.getByLabel('Listing URL').fill('https://example.com/jobs/primer');
  await dialog.getByRole('button', { name: 'Add job' }).click();
  await expect(dialog).toBeHidden();

  const saved = page.locator('[data-column="saved"]');
  await expect(saved.getByRole('article', { name: 'Senior Backend Engineer at Primer' })).toBeVisible();
  await expect(saved.getByLabel('1 jobs')).toBeVisible();

  await page.reload();
  await expect(saved.getByRole('article', { name: 'Senior Backend Engineer at Primer' })).toBeVisible();

  await quarry.current.restart();
  await expect(
    quarry.current.page.locator('[data-column="saved"]').getByRole('article', { name: 'Senior Backend Engineer at Primer' }),
  ).toBeVisible();
});

test('the form explains what is wrong and keeps what was typed', async () => {
  const { page } = quarry.current;
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Add a job' });
  await dialog.getByLabel('Job title').fill('Platform Engineer');
  await dialog.getByLabel('Listing URL').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Add job' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Company is required');
  await expect(dialog.getByLabel('Job title')).toHaveValue('Platform Engineer');
  await dialog.getByLabel('Company').fill('Acme');
  await dialog.getByRole('button', { name: 'Add job' }).click();
  await expect(dialog.getByRole('alert')).toContainText('URL must');
  await dialog.getByLabel('Listing URL').fill('');
  await dialog.getByRole('button', { name: 'Add job' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article', { name: 'Platform Engineer at Acme' })).toBeVisible();
});
