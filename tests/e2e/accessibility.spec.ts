import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { importFiles, importSeed } from './board-helpers';
import { repoRoot, useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`board and detail view have no serious accessibility violations (${colorScheme})`, async () => {
    const { page } = quarry.current;
    await page.emulateMedia({ colorScheme });
    if ((await page.getByRole('article').count()) === 0) {
      await importSeed(quarry.current);
    }
    await expect(page.getByRole('article').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Senior Backend Engineer' }).click();
    const panel = page.getByRole('complementary', { name: 'Job details' });
    await expect(panel.locator('.stages')).toBeVisible();
    // Stars and a follow-up day, so the card's chips and the agenda's dated list are checked too.
    await panel.getByRole('button', { name: '2 of 3' }).click();
    await panel.getByLabel('Follow up').fill(new Date().toISOString().slice(0, 10));
    await expect(page.getByRole('article', { name: /^Senior Backend Engineer at / })).toContainText('Follow up');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  test(`insights, the agenda's month, the table with a bulk selection, settings and the data dialog have no serious accessibility violations (${colorScheme})`, async () => {
    const { page } = quarry.current;
    await page.emulateMedia({ colorScheme });
    await page.getByRole('button', { name: 'Insights' }).click();
    await expect(page.getByRole('img', { name: /^Flow of/u })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Agenda' }).click();
    await expect(page.getByRole('region', { name: 'Deadlines and follow-ups' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Month' }).click();
    await expect(page.getByRole('table', { name: /^Interviews in / })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table', { name: 'Every job' }).getByRole('checkbox').nth(1).check();
    await expect(page.getByRole('toolbar', { name: 'Selected jobs' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.getByRole('button', { name: 'Board' }).click();
    for (const [button, dialog, closer] of [
      ['Settings', 'Settings', 'Cancel'],
      ['Export / Import data', 'Export and import data', 'Close'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: closer }).click();
    }
  });
}

let attachedOnce = false;
for (const colorScheme of ['light', 'dark'] as const) {
  test(`documents, people, a person's page, a company page and the activity report have no serious accessibility violations (${colorScheme})`, async () => {
    const { page } = quarry.current;
    await page.emulateMedia({ colorScheme });
    await page.getByRole('button', { name: 'Senior Backend Engineer' }).click();
    const panel = page.getByRole('complementary', { name: 'Job details' });
    // The light run adds the document and the person; the dark run, on the same data, finds them there.
    if (!attachedOnce) {
      attachedOnce = true;
      await panel
        .getByLabel('Documents to attach')
        .setInputFiles({ name: 'Jane Doe CV.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
      await panel.getByRole('button', { name: 'Add contact' }).click();
      await panel.getByLabel('Name').fill('Sam Rivera');
      await panel.getByRole('button', { name: 'Add contact' }).click();
    }
    await expect(panel.getByRole('button', { name: 'Sam Rivera', exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await panel.locator('.company-link').click();
    await expect(page.getByRole('dialog').getByRole('table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await panel.getByRole('button', { name: 'Sam Rivera', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Sam Rivera' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('dialog', { name: 'Sam Rivera' }).getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('Escape');
    for (const view of ['Documents', 'People'] as const) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await expect(page.getByRole('region', { name: view }).getByRole('table')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Insights' }).click();
    await page.getByRole('button', { name: 'Activity report…' }).click();
    await expect(page.getByRole('dialog', { name: 'Activity report' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('dialog', { name: 'Activity report' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Board' }).click();
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the list preview has no serious accessibility violations (${colorScheme})`, async () => {
    const { page } = quarry.current;
    await page.emulateMedia({ colorScheme });
    await importFiles(quarry.current, join(repoRoot, 'tests/fixtures/import/readme-list.html'));
    const preview = page.getByRole('dialog', { name: 'This page lists 3 jobs' });
    await preview.getByRole('checkbox').first().check();
    expect(await seriousViolations(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Skip this page' }).click();
    await expect(preview).toBeHidden();
  });
}
