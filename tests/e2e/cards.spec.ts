import { expect, test } from '@playwright/test';
import { format } from 'date-fns';
import { addJob, card } from './board-helpers';
import { useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

const LONG_TITLE = 'Senior Backend Engineer, Payments Infrastructure';

test('a card shows up to two lines of title, the salary when known, and the date that matters for its column', async () => {
  const { page } = quarry.current;
  await addJob(page, LONG_TITLE, 'Acme');
  const saved = card(page, LONG_TITLE);
  const title = saved.locator('.card-open');
  const lineHeight = await title.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  const height = (await title.boundingBox())!.height;
  expect(height).toBeGreaterThan(lineHeight * 1.5);
  expect(height).toBeLessThan(lineHeight * 2.5);
  await expect(saved).toContainText(`Saved ${format(new Date(), 'd MMM')}`);
  await expect(saved).not.toContainText('ago');

  await title.click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  await panel.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit job' });
  await dialog.getByLabel('Salary').fill('€70k–€80k per year');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(saved.locator('.salary')).toHaveText('€70k–80k / year');
  await expect(panel).toContainText('€70k–€80k per year');
});
