import { expect, test } from '@playwright/test';
import { addJob, card, column, drag, importSeed, titlesIn } from './board-helpers';
import { useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

test('cards move with the mouse between columns', async () => {
  const { page } = quarry.current;
  for (const [title, company] of [
    ['Alpha Engineer', 'Acme'],
    ['Beta Engineer', 'Globex'],
    ['Gamma Engineer', 'Initech'],
  ]) {
    await addJob(page, title!, company!);
  }
  await drag(page, 'Alpha Engineer', 'applied');
  await expect(column(page, 'applied').getByRole('article')).toHaveCount(1);
  expect(await titlesIn(page, 'saved')).toEqual(['Beta Engineer', 'Gamma Engineer']);
  await expect(column(page, 'applied').getByLabel('1 jobs')).toBeVisible();
});

test('cards move with the keyboard, and order and columns survive a reload', async () => {
  const { page } = quarry.current;
  await card(page, 'Gamma Engineer').getByRole('button').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => titlesIn(page, 'saved')).toEqual(['Gamma Engineer', 'Beta Engineer']);
  await expect(card(page, 'Gamma Engineer').getByRole('button')).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => titlesIn(page, 'applied')).toEqual(['Alpha Engineer', 'Gamma Engineer']);
  await expect(card(page, 'Gamma Engineer').getByRole('button')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => titlesIn(page, 'applied')).toEqual(['Gamma Engineer', 'Alpha Engineer']);

  await page.reload();
  await expect.poll(() => titlesIn(page, 'applied')).toEqual(['Gamma Engineer', 'Alpha Engineer']);
  expect(await titlesIn(page, 'saved')).toEqual(['Beta Engineer']);
});

test('closing a job asks for the outcome, and undo moves it back', async () => {
  const { page } = quarry.current;
  await drag(page, 'Beta Engineer', 'closed');
  const dialog = page.getByRole('dialog', { name: 'How did it end?' });
  await dialog.getByLabel('Ghosted').check();
  await dialog.getByRole('button', { name: 'Close job' }).click();
  await expect(column(page, 'closed').getByRole('article')).toContainText('ghosted');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => titlesIn(page, 'saved')).toEqual(['Beta Engineer']);
  await expect(column(page, 'closed').getByRole('article')).toHaveCount(0);
});

test('cancelling the outcome leaves the card where it was', async () => {
  const { page } = quarry.current;
  await card(page, 'Beta Engineer').getByRole('button').focus();
  for (const key of ['applied', 'interviewing', 'offer']) {
    await page.keyboard.press('Alt+ArrowRight');
    await expect(column(page, key).getByRole('article', { name: /^Beta Engineer/ })).toBeVisible();
    await expect(card(page, 'Beta Engineer').getByRole('button')).toBeFocused();
  }
  await page.keyboard.press('Alt+ArrowRight');
  const dialog = page.getByRole('dialog', { name: 'How did it end?' });
  await expect(dialog).toBeVisible();
  // Focus starts on the outcome already chosen, so the arrow keys move from it.
  await expect
    .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.matches('input[type=radio]:checked')))
    .toBe(true);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(column(page, 'offer').getByRole('article', { name: /^Beta Engineer/ })).toBeVisible();
  expect(await column(page, 'closed').getByRole('article').count()).toBe(0);
});

test('a deleted job comes back with undo', async () => {
  const { page } = quarry.current;
  await card(page, 'Alpha Engineer').getByRole('button').focus();
  await page.keyboard.press('Delete');
  await expect(card(page, 'Alpha Engineer')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Alpha Engineer')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toHaveText(/Undone: Deleted Alpha Engineer/u);
  await page.reload();
  await expect(card(page, 'Alpha Engineer')).toBeVisible();
});

test('the keyboard stays on the board: a card’s first Tab stop takes Alt+arrows, Delete and undo keep focus on a card', async () => {
  const { page } = quarry.current;
  const focusedIsCard = () => page.evaluate(() => document.activeElement?.classList.contains('card-open') ?? false);
  await column(page, 'applied').getByRole('button', { name: 'Options for column Applied' }).focus();
  await page.keyboard.press('Tab');
  expect(await focusedIsCard()).toBe(true);
  const first = await page.evaluate(() => document.activeElement!.textContent!.trim());
  await page.keyboard.press('Alt+ArrowRight');
  await expect(column(page, 'interviewing').getByRole('article', { name: new RegExp(`^${first} at `, 'u') })).toBeVisible();
  await expect(card(page, first).getByRole('button').first()).toBeFocused();
  // The undo toast names the whole destination, never cut short.
  const toastLabel = page.getByRole('status').filter({ hasText: 'Undo' }).locator('span').first();
  await expect(toastLabel).toHaveText(`Moved ${first} to Interviewing`);
  expect(await toastLabel.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  // Clear of the column's sticky header when focus scrolls to it.
  const margin = await card(page, first)
    .locator('.card-open')
    .evaluate((element) => parseFloat(getComputedStyle(element).scrollMarginTop));
  const header = await column(page, 'interviewing')
    .locator('header')
    .evaluate((element) => element.getBoundingClientRect().height);
  expect(margin).toBeGreaterThanOrEqual(header);

  // Back beside another card, then deleted: focus goes to that card, and undo brings it back to this one.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(column(page, 'applied').getByRole('article', { name: new RegExp(`^${first} at `, 'u') })).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(card(page, first)).toHaveCount(0);
  await expect.poll(focusedIsCard).toBe(true);
  await page.keyboard.press('Control+z');
  await expect(card(page, first).getByRole('button').first()).toBeFocused();
  // Undo is the board's business: the agenda is left alone.
  const undone = page.getByRole('status').filter({ hasText: 'Undone' });
  await expect(undone).toBeVisible();
  await page.getByRole('button', { name: 'Agenda' }).click();
  await expect(undone).toHaveCount(0);
  await page.getByRole('button', { name: 'Board' }).click();
});

test('the detail panel shows the imported listing safely, with its stages, notes and history', async () => {
  const { page } = quarry.current;
  await importSeed(quarry.current);
  await card(page, 'Senior Backend Engineer').getByRole('button').click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  await expect(panel.getByRole('heading', { name: 'Senior Backend Engineer' })).toBeVisible();
  await expect(panel.locator('.stages li')).toHaveCount(5);
  await expect(panel.locator('.stages li').first()).toContainText('Call with a Talent Partner');
  await expect(panel.locator('.description')).toContainText('We’re the world');
  await expect(panel.getByRole('link', { name: 'Open listing' })).toHaveAttribute('href', /realworkfromanywhere/);

  await panel.getByRole('textbox', { name: /Notes/ }).fill('Ask about the on-call rota.');
  await expect(panel.locator('.status')).toHaveText('Saved');
  await page.keyboard.press('Escape');
  await card(page, 'Senior Backend Engineer').getByRole('button').click();
  await expect(panel.getByRole('textbox', { name: /Notes/ })).toHaveValue('Ask about the on-call rota.');
  await expect(panel.locator('.history li')).toContainText(['Added to Saved']);
});

test('editing a job updates its card and can be undone', async () => {
  const { page } = quarry.current;
  const panel = page.getByRole('complementary', { name: 'Job details' });
  await panel.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit job' });
  await dialog.getByLabel('Job title').fill('Principal Backend Engineer');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, 'Principal Backend Engineer')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(card(page, 'Senior Backend Engineer')).toBeVisible();
});

test('filters narrow the board and hide closed jobs', async () => {
  const { page } = quarry.current;
  await page.keyboard.press('Escape');
  await page.getByRole('search', { name: 'Filter jobs' }).getByLabel('Tag').selectOption('kubernetes');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByText('1 of 4 shown')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('article')).toHaveCount(4);
  await page.getByLabel('Show closed').uncheck();
  await expect(page.locator('[data-column="closed"]')).toHaveCount(0);
  await page.getByLabel('Show closed').check();
  await expect(page.locator('[data-column="closed"]')).toHaveCount(1);
});

test('columns can be renamed, added, moved and hidden', async () => {
  const { page } = quarry.current;
  await page.getByRole('button', { name: 'Options for column Offer' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename column' });
  await rename.getByLabel('Column name').fill('Offers');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { name: 'Offers', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add column' }).click();
  const add = page.getByRole('dialog', { name: 'Add a column' });
  await add.getByLabel('Column name').fill('Take-home');
  await add.getByRole('button', { name: 'Add column' }).click();
  await page.getByRole('button', { name: 'Options for column Take-home' }).click();
  await page.getByRole('menuitem', { name: 'Move left' }).click();
  const headings = () => page.locator('[data-column] > header > h2').allInnerTexts();
  await expect.poll(headings).toEqual(['SAVED', 'APPLIED', 'INTERVIEWING', 'TAKE-HOME', 'OFFERS', 'CLOSED']);

  await page.getByRole('button', { name: 'Options for column Take-home' }).click();
  await page.getByRole('menuitem', { name: 'Hide column' }).click();
  await expect.poll(headings).toEqual(['SAVED', 'APPLIED', 'INTERVIEWING', 'OFFERS', 'CLOSED']);
  await page.reload();
  await expect.poll(headings).toEqual(['SAVED', 'APPLIED', 'INTERVIEWING', 'OFFERS', 'CLOSED']);
  await page.getByLabel('Show a hidden column').selectOption({ label: 'Show Take-home' });
  await expect.poll(headings).toEqual(['SAVED', 'APPLIED', 'INTERVIEWING', 'TAKE-HOME', 'OFFERS', 'CLOSED']);
});

test('contacts are added to a job and removed with undo', async () => {
  const { page } = quarry.current;
  await card(page, 'Senior Backend Engineer').getByRole('button').click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  await panel.getByRole('button', { name: 'Add contact' }).click();
  await panel.getByLabel('Name').fill('Sam Rivera');
  await panel.getByLabel('Role').fill('Talent Partner');
  await panel.getByLabel('Email').fill('not-an-email');
  await panel.getByRole('button', { name: 'Add contact' }).click();
  await expect(panel.getByRole('alert')).toContainText('Email must look like');
  await panel.getByLabel('Email').fill('sam@example.com');
  await panel.getByRole('button', { name: 'Add contact' }).click();
  await expect(panel.getByRole('link', { name: 'sam@example.com' })).toHaveAttribute('href', 'mailto:sam@example.com');
  await panel.getByRole('button', { name: 'Remove Sam Rivera' }).click();
  await expect(panel.getByText('Sam Rivera')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByText('Sam Rivera')).toBeVisible();
});
