import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addJob, card, drag, titlesIn } from './board-helpers';
import { useQuarry } from './quarry-app';

/** #17: two Quarrys on two data folders, one sync folder between them. */
test.describe.configure({ mode: 'serial' });
const laptop = useQuarry();
const desk = useQuarry();

const COLUMNS = ['saved', 'applied', 'interviewing', 'offer', 'closed'];

async function turnOnSync(page: Page, folder: string, name: string) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const section = dialog.getByRole('region', { name: 'Sync' });
  await section.getByLabel('Sync folder').fill(folder);
  await section.getByLabel('This computer’s name, as the others show it').fill(name);
  await section.getByRole('button', { name: 'Turn on sync' }).click();
  await expect(section.getByText(`as ${name}.`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
}

async function boardOf(page: Page): Promise<Record<string, string[]>> {
  return Object.fromEntries(await Promise.all(COLUMNS.map(async (key) => [key, await titlesIn(page, key)] as const)));
}

test('changes made on both computers reach the other, and both show the same board', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'quarry-sync-e2e-'));
  await turnOnSync(laptop.current.page, folder, 'Laptop');
  await turnOnSync(desk.current.page, folder, 'Desk-PC');

  await addJob(laptop.current.page, 'Backend Engineer', 'Acme');
  await addJob(desk.current.page, 'Platform Engineer', 'Globex');
  // No button pressed: each change is written out within a moment, and the other computer sees the folder change.
  await expect(card(desk.current.page, 'Backend Engineer')).toBeVisible({ timeout: 15_000 });
  await expect(card(laptop.current.page, 'Platform Engineer')).toBeVisible({ timeout: 15_000 });

  await drag(laptop.current.page, 'Platform Engineer', 'applied');
  await expect.poll(() => titlesIn(desk.current.page, 'applied'), { timeout: 15_000 }).toEqual(['Platform Engineer']);
  await expect.poll(async () => boardOf(desk.current.page), { timeout: 15_000 }).toEqual(await boardOf(laptop.current.page));

  const line = laptop.current.page.getByRole('status', { name: 'Sync' }).getByRole('button');
  await expect(line).toHaveText(/^Synced (just now|\d min ago)$/u);
  await line.click();
  const section = laptop.current.page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Sync' });
  await expect(section.getByRole('list', { name: 'Other computers' }).getByRole('listitem')).toHaveText([
    /^Desk-PC\s*last wrote/u,
  ]);
});
