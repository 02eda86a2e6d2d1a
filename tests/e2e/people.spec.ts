import { expect, test, type Page } from '@playwright/test';
import { addJob, card } from './board-helpers';
import { useQuarry } from './quarry-app';

/** #15 item 2: people shared across jobs. */
test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

const panel = (page: Page) => page.getByRole('complementary', { name: 'Job details' });

async function addContact(page: Page, title: string, name: string, email: string) {
  await card(page, title).locator('.card-open').click();
  await panel(page).getByRole('button', { name: 'Add contact' }).click();
  await panel(page).getByLabel('Name').fill(name);
  await panel(page).getByLabel('Role').fill('Recruiter');
  await panel(page).getByLabel('Email').fill(email);
  await panel(page).getByRole('button', { name: 'Add contact' }).click();
  await expect(panel(page).getByRole('button', { name, exact: true })).toBeVisible();
}

test('the recruiter who brings two jobs is one person, with both jobs on their page', async () => {
  const { page } = quarry.current;
  await addJob(page, 'Backend Engineer', 'Acme');
  await addJob(page, 'Platform Engineer', 'Globex');
  await addContact(page, 'Backend Engineer', 'Sam Rivera', 'sam@agency.example');
  await addContact(page, 'Platform Engineer', 'Sam Rivera', 'SAM@agency.example');
  await panel(page).getByRole('button', { name: 'Close details' }).click();

  await page.keyboard.press('ControlOrMeta+6');
  const view = page.getByRole('region', { name: 'People' });
  await expect(view.getByRole('row')).toHaveCount(2);
  await expect(view.getByRole('row').nth(1)).toContainText('Sam Rivera');
  await expect(view.getByRole('row').nth(1).getByRole('cell').nth(4)).toHaveText('2');

  await view.getByRole('button', { name: 'Sam Rivera' }).click();
  const person = page.getByRole('dialog', { name: 'Sam Rivera' });
  await expect(person.getByRole('region', { name: 'Jobs' }).getByRole('listitem')).toHaveCount(2);
  await person.getByLabel('Phone').fill('+1 555 0100');
  await person.getByRole('button', { name: 'Save' }).click();
  await person.getByRole('button', { name: 'Platform Engineer · Globex' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Platform Engineer');
});

test('two entries for one person merge into one, keeping both jobs', async () => {
  const { page } = quarry.current;
  await page.keyboard.press('ControlOrMeta+1');
  await addContact(page, 'Backend Engineer', 'S. Rivera', 'rivera@home.example');
  await panel(page).getByRole('button', { name: 'S. Rivera', exact: true }).click();
  const person = page.getByRole('dialog', { name: 'S. Rivera' });
  await person.getByLabel('Person to merge into S. Rivera').selectOption({ label: 'Sam Rivera <sam@agency.example>' });
  await person.getByRole('button', { name: 'Merge into S. Rivera' }).click();
  await expect(person.getByRole('region', { name: 'Jobs' }).getByRole('listitem')).toHaveCount(2);
  await person.getByRole('button', { name: 'Close' }).click();
  await panel(page).getByRole('button', { name: 'Close details' }).click();
  await page.keyboard.press('ControlOrMeta+6');
  await expect(page.getByRole('region', { name: 'People' }).getByRole('row')).toHaveCount(2);
});
