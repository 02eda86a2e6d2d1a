import { expect, test, type Page } from '@playwright/test';
import { format, addDays } from 'date-fns';
import { addJob, card, column, titlesIn } from './board-helpers';
import { useQuarry } from './quarry-app';

/** #14 items 11-14: bulk actions, tracked dates, priority and sorts, the table view. */
test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

const openTitle = (page: Page, title: string) => card(page, title).locator('.card-open');
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Selected jobs' });

test('picks cards with Ctrl-click and Shift-click, moves them together, and one Ctrl+Z puts them all back', async () => {
  const { page } = quarry.current;
  for (const title of ['Alpha Engineer', 'Beta Engineer', 'Gamma Engineer', 'Delta Engineer'])
    await addJob(page, title, 'Bulkco');
  await openTitle(page, 'Alpha Engineer').click({ modifiers: ['ControlOrMeta'] });
  await openTitle(page, 'Gamma Engineer').click({ modifiers: ['Shift'] });
  await expect(bulkBar(page)).toContainText('3 jobs selected');
  await expect(card(page, 'Beta Engineer')).toHaveAttribute('aria-label', /, selected$/u);
  await expect(page.getByRole('complementary', { name: 'Job details' })).toBeHidden();

  await bulkBar(page).getByLabel('Move selected jobs to').selectOption({ label: 'Applied' });
  await expect.poll(() => titlesIn(page, 'applied')).toEqual(['Alpha Engineer', 'Beta Engineer', 'Gamma Engineer']);
  await expect(card(page, 'Alpha Engineer')).toContainText(`Applied ${format(new Date(), 'd MMM')}`);
  await expect(page.locator('.toast')).toContainText('Moved 3 jobs to Applied');
  await page.keyboard.press('ControlOrMeta+z');
  await expect
    .poll(() => titlesIn(page, 'saved'))
    .toEqual(['Alpha Engineer', 'Beta Engineer', 'Gamma Engineer', 'Delta Engineer']);
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bulkBar(page)).toBeHidden();
});

test('picks from the keyboard (X, Shift+Down, Ctrl+A), tags and closes together, and deletes with one undo', async () => {
  const { page } = quarry.current;
  await openTitle(page, 'Beta Engineer').focus();
  await page.keyboard.press('x');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(bulkBar(page)).toContainText('2 jobs selected');
  await expect(openTitle(page, 'Gamma Engineer')).toBeFocused();
  await bulkBar(page).getByLabel('Tag to add to selected jobs').fill('contract');
  await bulkBar(page).getByRole('button', { name: 'Tag' }).click();
  await expect(card(page, 'Beta Engineer').getByRole('list', { name: 'Tags' })).toHaveText('contract');
  await expect(card(page, 'Gamma Engineer').getByRole('list', { name: 'Tags' })).toHaveText('contract');
  await bulkBar(page).getByLabel('Close selected jobs as').selectOption('withdrawn');
  await expect.poll(() => titlesIn(page, 'closed')).toEqual(['Beta Engineer', 'Gamma Engineer']);
  await expect(card(page, 'Gamma Engineer')).toContainText('withdrawn');

  await openTitle(page, 'Alpha Engineer').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(bulkBar(page)).toContainText('2 jobs selected');
  await page.keyboard.press('Delete');
  await expect(column(page, 'saved').getByRole('article')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => titlesIn(page, 'saved')).toEqual(['Alpha Engineer', 'Delta Engineer']);
});

test('rates a card with stars, filters by them, and sorts a column by priority while manual order stays the default', async () => {
  const { page } = quarry.current;
  await openTitle(page, 'Delta Engineer').focus();
  await page.keyboard.press('3');
  await expect(card(page, 'Delta Engineer').getByLabel('Priority 3 of 3')).toBeVisible();
  await openTitle(page, 'Alpha Engineer').click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  await panel.getByRole('group', { name: 'Priority' }).getByRole('button', { name: '1 of 3' }).click();
  await expect(panel).toContainText('Priority 1 of 3');
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: /^Priority/u }).selectOption({ label: '★★ or more' });
  await expect.poll(() => titlesIn(page, 'saved')).toEqual(['Delta Engineer']);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  expect(await titlesIn(page, 'saved')).toEqual(['Alpha Engineer', 'Delta Engineer']);
  await page.getByRole('button', { name: 'Options for column Saved' }).click();
  await page.getByRole('menuitemradio', { name: 'Priority' }).click();
  await expect.poll(() => titlesIn(page, 'saved')).toEqual(['Delta Engineer', 'Alpha Engineer']);
  await expect(column(page, 'saved')).toContainText('by priority');
  // The sort is a setting: it survives a restart.
  await quarry.current.restart();
  await expect.poll(() => titlesIn(quarry.current.page, 'saved')).toEqual(['Delta Engineer', 'Alpha Engineer']);
  const again = quarry.current.page;
  await again.getByRole('button', { name: 'Options for column Saved' }).click();
  await again.getByRole('menuitemradio', { name: 'My order' }).click();
  await expect.poll(() => titlesIn(again, 'saved')).toEqual(['Alpha Engineer', 'Delta Engineer']);
});

test('a deadline and a follow-up day show on the card and in the agenda, list and month', async () => {
  const { page } = quarry.current;
  await openTitle(page, 'Alpha Engineer').click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  const tomorrow = format(addDays(new Date(), 1), 'yyyy-MM-dd');
  await panel.getByLabel('Apply by').fill(tomorrow);
  await expect(card(page, 'Alpha Engineer')).toContainText('Apply by tomorrow');
  await panel.getByLabel('Follow up').fill(format(new Date(), 'yyyy-MM-dd'));
  await expect(card(page, 'Alpha Engineer')).toContainText('Follow up today');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Agenda' }).click();
  const dates = page.getByRole('region', { name: 'Deadlines and follow-ups' });
  await expect(dates.getByRole('button')).toHaveText([
    /today.*Follow up · Alpha Engineer at Bulkco/su,
    /tomorrow.*Apply by · Alpha Engineer at Bulkco/su,
  ]);
  await page.getByRole('button', { name: 'Month' }).click();
  await expect(page.getByRole('cell', { name: format(new Date(), 'yyyy-MM-dd') })).toContainText('Follow up');
  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('button', { name: 'Board' }).click();
});

test('the table lists every job, sorts by a header, resizes a column from the keyboard, and renders only the rows in view', async () => {
  const { page } = quarry.current;
  await page.evaluate(async () => {
    for (let index = 0; index < 300; index++)
      await window.quarry!.addJob({ title: `Bulk role ${String(index).padStart(3, '0')}`, company: 'Manyjobs' });
  });
  await page.reload();
  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Every job' });
  await expect(table).toHaveAttribute('aria-rowcount', '305');
  expect(await table.locator('tbody tr[data-job-id]').count()).toBeLessThan(80);

  await table.getByRole('button', { name: 'Title' }).click();
  await expect(table.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.locator('tbody tr[data-job-id] .row-open').first()).toHaveText('Alpha Engineer');
  await table.getByRole('button', { name: 'Title' }).click();
  await expect(table.locator('tbody tr[data-job-id] .row-open').first()).toHaveText('Gamma Engineer');

  const before = await table
    .getByRole('columnheader', { name: 'Company' })
    .evaluate((cell) => cell.getBoundingClientRect().width);
  await table.getByRole('separator', { name: 'Resize Company' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => table.getByRole('columnheader', { name: 'Company' }).evaluate((cell) => cell.getBoundingClientRect().width))
    .toBeGreaterThan(before + 15);

  // Down the rows from the keyboard, far past the first screenful: the table scrolls and keeps focus on a row.
  await table.locator('tbody tr[data-job-id] .row-open').first().focus();
  for (let step = 0; step < 40; step++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('tr[data-job-id] .row-open:focus')).toHaveCount(1);
  const focusedTitle = await page.locator('tr[data-job-id] .row-open:focus').innerText();
  expect(focusedTitle).toMatch(/^Bulk role/u);

  await page.getByRole('checkbox', { name: 'Select every job shown' }).check();
  await expect(bulkBar(page)).toContainText('304 jobs selected');
  await bulkBar(page).getByLabel('Priority of selected jobs').selectOption({ label: '★★' });
  await expect(table.locator('tbody tr[data-job-id] td.priority').first()).toHaveText('★★');
  await page.getByRole('button', { name: 'Clear selection' }).click();
});
