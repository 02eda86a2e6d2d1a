import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from './board-helpers';
import { repoRoot, useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

const corpus = join(repoRoot, '../shared/corpus/seed');
const fixtures = join(repoRoot, 'tests/fixtures/import');

test('with the corpus imported, a misspelt query in the palette opens the right job', async () => {
  const { page } = quarry.current;
  const pages = [
    ...readdirSync(corpus).map((name) => join(corpus, name)),
    ...['readme-list.html', 'greenhouse.html', 'lever.html', 'json-ld-graph.html'].map((name) => join(fixtures, name)),
  ];
  await importFiles(quarry.current, pages);
  const preview = page.getByRole('dialog', { name: 'This page lists 3 jobs' });
  await preview.getByRole('button', { name: 'Select all' }).click();
  await preview.getByRole('button', { name: 'Import 3 jobs' }).click();
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Done' }).click();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox', { name: 'Search everything' }).pressSequentially('primr backnd');
  const first = palette.getByRole('option').first();
  await expect(first).toContainText('Senior Backend Engineer');
  await expect(first.locator('mark').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(
    page.getByRole('complementary', { name: 'Job details' }).getByRole('heading', { name: 'Senior Backend Engineer' }),
  ).toBeVisible();
});

test('words from descriptions and interview stages are found too, with arrow keys to choose', async () => {
  const { page } = quarry.current;
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  const input = palette.getByRole('combobox', { name: 'Search everything' });
  await input.fill('payment rails');
  await input.dispatchEvent('input');
  await expect(palette.getByRole('option').first()).toContainText('Staff Backend Engineer');
  await expect(palette.getByRole('option').first()).toContainText('matched in description');
  await input.fill('');
  await input.pressSequentially('onsite loop');
  await expect(palette.getByRole('option').first()).toContainText('Backend Engineer');
  await input.fill('');
  await input.pressSequentially('enginer');
  await expect.poll(() => palette.getByRole('option').count()).toBeGreaterThan(2);
  // Answers for earlier keystrokes may show first; choose once the last one is in.
  await expect(palette.getByRole('listbox', { name: 'Results' })).toHaveAttribute('aria-busy', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});

test('typing in the board filter narrows the cards', async () => {
  const { page } = quarry.current;
  const filter = page.getByRole('search', { name: 'Filter jobs' }).getByRole('searchbox', { name: 'Filter cards' });
  await filter.pressSequentially('globx');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article')).toContainText('Platform Engineer');
  await filter.fill('');
  await filter.dispatchEvent('input');
  await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(4);
});
