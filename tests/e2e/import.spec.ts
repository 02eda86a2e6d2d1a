import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFiles } from './board-helpers';
import { repoRoot, useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

const seed = join(repoRoot, '../shared/corpus/seed/primer-senior-backend-engineer.html');
const fixtures = join(repoRoot, 'tests/fixtures/import');

test('importing the seed listing through the UI shows its card and a report', async () => {
  const { page } = quarry.current;
  await importFiles(quarry.current, seed);
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
  await importFiles(quarry.current, [seed, join(fixtures, 'not-a-page.txt')]);
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('0 jobs imported, 1 already saved, 1 file failed');
  await expect(report).toContainText('Not a saved web page');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('article', { name: 'Senior Backend Engineer at Primer' })).toHaveCount(1);
});

test('a README list imports one card per job', async () => {
  const { page } = quarry.current;
  await importFiles(quarry.current, join(fixtures, 'readme-list.html'));
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('3 jobs imported');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('[data-column="saved"]').getByRole('article')).toHaveCount(1 + 3);
  expect(readdirSync(fixtures).length).toBeGreaterThan(0);
});

test('a large import shows progress and can be cancelled, keeping what finished', async () => {
  const { page } = quarry.current;
  const dir = mkdtempSync(join(tmpdir(), 'quarry-many-'));
  const template = readFileSync(join(fixtures, 'generic.html'), 'utf8');
  const files = Array.from({ length: 400 }, (_, index) => {
    const file = join(dir, `listing-${index}.html`);
    writeFileSync(
      file,
      template.replaceAll('Frontend Developer', `Frontend Developer ${index}`).replace('careers/frontend', `careers/${index}`),
    );
    return file;
  });
  const jobCount = async () => Number((await page.getByRole('banner').locator('.count').innerText()).match(/\d+/)![0]);
  const before = await jobCount();
  await importFiles(quarry.current, files);
  const progress = page.getByRole('status').filter({ hasText: /Importing \d+ of 400/ });
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('cancelled');
  const imported = Number((await report.locator('.summary').innerText()).match(/(\d+) jobs? imported/)![1]);
  expect(imported).toBeLessThan(400);
  await report.getByRole('button', { name: 'Done' }).click();
  await expect.poll(jobCount).toBe(before + imported);
  rmSync(dir, { recursive: true, force: true });
});
