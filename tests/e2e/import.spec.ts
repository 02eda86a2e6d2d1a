import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

const seed = join(repoRoot, '../shared/corpus/seed/primer-senior-backend-engineer.html');
const fixtures = join(repoRoot, 'tests/fixtures/import');

test('importing the seed listing through the UI shows its card and a report', async () => {
  const { page } = quarry.current;
  await page.getByLabel('Saved job pages to import').setInputFiles(seed);
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('1 job imported');
  await expect(report.getByRole('listitem')).toContainText(['Imported']);
  await report.getByRole('button', { name: 'Done' }).click();

  const card = page.locator('[data-column="saved"]').getByRole('article', { name: 'Senior Backend Engineer at Primer' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Remote');
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText(['kubernetes', 'aws', 'python', 'typescript'].join(''));
});

test('the same file again is reported as already saved, and a wrong file gets a reason', async () => {
  const { page } = quarry.current;
  await page.getByLabel('Saved job pages to import').setInputFiles([seed, join(fixtures, 'not-a-page.txt')]);
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('0 jobs imported, 1 already saved, 1 file failed');
  await expect(report).toContainText('Not a saved web page');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('article', { name: 'Senior Backend Engineer at Primer' })).toHaveCount(1);
});

test('a README list imports one card per job', async () => {
  const { page } = quarry.current;
  await page.getByLabel('Saved job pages to import').setInputFiles(join(fixtures, 'readme-list.html'));
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('3 jobs imported');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('[data-column="saved"]').getByRole('article')).toHaveCount(1 + 3);
  expect(readdirSync(fixtures).length).toBeGreaterThan(0);
});
