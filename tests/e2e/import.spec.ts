import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // Each file links to the cards it made.
  await report.getByRole('button', { name: /^Show the card from primer-senior-backend-engineer/u }).click();
  await expect(report).toBeHidden();

  const card = page.locator('[data-column="saved"]').getByRole('article', { name: 'Senior Backend Engineer at Primer' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('button').first()).toBeFocused();
  await expect(card).toContainText('Remote');
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText(['kubernetes', 'aws', 'python', 'typescript'].join(''));
});

test('the same file again is reported as already saved, and a wrong file gets a reason', async () => {
  const { page } = quarry.current;
  await importFiles(quarry.current, [seed, join(fixtures, 'not-a-page.txt')]);
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('0 jobs imported, 1 already saved, 1 file failed');
  await expect(report).toContainText('No job found in not-a-page.txt');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('article', { name: 'Senior Backend Engineer at Primer' })).toHaveCount(1);
});

test('a README list opens a preview with nothing ticked; Select all imports one card per job', async () => {
  const { page } = quarry.current;
  await importFiles(quarry.current, join(fixtures, 'readme-list.html'));
  const preview = page.getByRole('dialog', { name: 'This page lists 3 jobs' });
  await expect(preview.getByRole('checkbox')).toHaveCount(3);
  await expect(preview.getByRole('button', { name: 'Import 0 jobs' })).toBeDisabled();
  await preview.getByRole('button', { name: 'Select all' }).click();
  await preview.getByRole('button', { name: 'Import 3 jobs' }).click();
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('3 jobs imported');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('[data-column="saved"]').getByRole('article')).toHaveCount(1 + 3);
});

test('the Hacker News "Who is hiring" thread: filter the preview, tick 3 jobs, find 3 cards', async () => {
  const { page } = quarry.current;
  const before = await page.locator('[data-column="saved"]').getByRole('article').count();
  await importFiles(quarry.current, join(repoRoot, '../shared/corpus-real/hackernews/hn-whoishiring-2024-09-thread.html'));
  const preview = page.getByRole('dialog', { name: /^This page lists \d{3} jobs$/ });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await preview.getByRole('checkbox', { name: /Founding Software Engineer \(Compilers, Networking\)/ }).check();
  const filter = preview.getByRole('searchbox', { name: 'Filter jobs' });
  await filter.fill('capital one');
  await expect(preview.getByRole('checkbox')).toHaveCount(1);
  await preview.getByRole('checkbox').check();
  await filter.fill('vultr');
  await preview.getByRole('checkbox').first().check();
  await filter.fill('');
  await expect(preview.getByText('3 of')).toBeVisible();
  await preview.getByRole('button', { name: 'Import 3 jobs' }).click();
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('3 jobs imported');
  await report.getByRole('button', { name: 'Done' }).click();
  const saved = page.locator('[data-column="saved"]');
  await expect(saved.getByRole('article')).toHaveCount(before + 3);
  await expect(saved.getByRole('article', { name: /at Formal$/ })).toHaveCount(1);
  await expect(saved.getByRole('article', { name: /at Capital One$/ })).toHaveCount(1);
  await expect(saved.getByRole('article', { name: /at Vultr$/ })).toHaveCount(1);
});

test('a large import shows progress and its cards as they come, and can be cancelled, keeping what finished', async () => {
  const { page } = quarry.current;
  const dir = mkdtempSync(join(tmpdir(), 'quarry-many-'));
  const template = readFileSync(join(fixtures, 'generic.html'), 'utf8');
  const files = Array.from({ length: 800 }, (_, index) => {
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
  const progress = page.getByRole('status').filter({ hasText: /Importing \d+ of 800/ });
  await expect(progress).toBeVisible();
  // Cards appear while the import runs, not only at the end.
  await expect.poll(jobCount).toBeGreaterThan(before);
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('cancelled');
  const imported = Number((await report.locator('.summary').innerText()).match(/(\d+) jobs? imported/)![1]);
  expect(imported).toBeLessThan(800);
  await report.getByRole('button', { name: 'Done' }).click();
  await expect.poll(jobCount).toBe(before + imported);
  rmSync(dir, { recursive: true, force: true });
});

test('a description saved without its page becomes an untitled card named after its employer', async () => {
  const { page } = quarry.current;
  await importFiles(
    quarry.current,
    join(repoRoot, '../shared/corpus-real/linkedin/linkedin-description-fragment-wellness-coach.html'),
  );
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('1 job imported');
  await report.getByRole('button', { name: 'Done' }).click();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox', { name: 'Search everything' }).pressSequentially('wellness coach');
  await expect(palette.getByRole('option').first()).toContainText('Untitled job');
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: 'Job details' });
  await expect(details.getByRole('heading', { name: 'Untitled job', level: 2 })).toBeVisible();
  // The board brings the card into view, though hundreds of cards came before it.
  await expect(page.getByRole('article', { name: 'Untitled job at Wellness Coach' })).toBeInViewport();
});
