import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { repoRoot, type PickedFile, type QuarrySession } from './quarry-app';

/** Board interactions the specs share, done the way a user does them. */
export const column = (page: Page, key: string) => page.locator(`[data-column="${key}"]`);
export const card = (page: Page, title: string) => page.getByRole('article', { name: new RegExp(`^${title} at `, 'u') });
export const titlesIn = (page: Page, key: string) => column(page, key).locator('.card-open').allInnerTexts();

/** A real pointer drag: press, travel in small steps (the drag library needs movement), release over the target. */
export async function drag(page: Page, title: string, targetKey: string) {
  const from = await card(page, title).boundingBox();
  const to = await column(page, targetKey).locator('ol').boundingBox();
  if (!from || !to) throw new Error('nothing to drag');
  await page.mouse.move(from.x + 20, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 20 });
  // Release only once the target column holds the card's (hidden) placeholder: the drag library checks where the
  // card is every 200 ms, so a release before that would drop it back where it came from.
  await expect(
    column(page, targetKey).getByRole('article', { name: new RegExp(`^${title} at `, 'u'), includeHidden: true }),
  ).toBeAttached();
  await page.mouse.move(to.x + to.width / 2, to.y + 48, { steps: 2 });
  await page.mouse.up();
}

export async function addJob(page: Page, title: string, company: string) {
  await page.getByRole('button', { name: 'Add job', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a job' });
  await dialog.getByLabel('Job title').fill(title);
  await dialog.getByLabel('Company').fill(company);
  await dialog.getByRole('button', { name: 'Add job' }).click();
  await expect(card(page, title)).toBeVisible();
  // Closing hands focus back to the Add job button: wait for it, or it lands after the spec's next focus.
  await expect(dialog).toBeHidden();
}

/** Drags a card into the Closed column and records how it ended. */
export async function closeJob(page: Page, title: string, outcome: string) {
  await drag(page, title, 'closed');
  const dialog = page.getByRole('dialog', { name: 'How did it end?' });
  await dialog.getByLabel(outcome).check();
  await dialog.getByRole('button', { name: 'Close job' }).click();
  // The app hands focus back to the closed card a frame later; wait so the next keystroke goes where the spec means.
  await expect(
    column(page, 'closed')
      .getByRole('article', { name: new RegExp(`^${title} at `, 'u') })
      .getByRole('button')
      .first(),
  ).toBeFocused();
}

export const SEED_LISTING = join(repoRoot, '../shared/corpus/seed/primer-senior-backend-engineer.html');

/** Chooses files with Import… (the page's file chooser, or the system dialog in Electron). */
export async function importFiles(quarry: QuarrySession, files: PickedFile | PickedFile[]) {
  await quarry.chooseFiles(files, () => quarry.page.getByRole('button', { name: 'Import…', exact: true }).click());
}

/** Imports the seed listing and dismisses the report. */
export async function importSeed(quarry: QuarrySession) {
  await importFiles(quarry, SEED_LISTING);
  await quarry.page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Done' }).click();
}
