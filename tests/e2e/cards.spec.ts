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

test('a description holding a wide table scrolls the table alone, never the panel', async () => {
  const { page } = quarry.current;
  const cells = Array.from({ length: 40 }, (_, index) => `<td>Benefit-number-${index}-without-spaces</td>`).join('');
  const html = `<html><head><title>Data Platform Engineer at Wide Tables Ltd</title>
    <script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Data Platform Engineer',
      hiringOrganization: { name: 'Wide Tables Ltd' },
      description: `<p>What we offer:</p><table><tr>${cells}</tr></table><p>Apply now.</p>`,
    })}</script></head><body></body></html>`;
  await quarry.current.chooseFiles({ name: 'wide.html', mimeType: 'text/html', buffer: Buffer.from(html) }, () =>
    page.getByRole('button', { name: 'Import…', exact: true }).click(),
  );
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Done' }).click();
  await card(page, 'Data Platform Engineer').getByRole('button').first().click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  const table = panel.locator('.description table');
  await expect(table).toBeVisible();
  const { panelOverflow, tableScrolls } = await panel.evaluate((element) => {
    const wide = element.querySelector('.description table')!;
    return { panelOverflow: element.scrollWidth - element.clientWidth, tableScrolls: wide.scrollWidth > wide.clientWidth };
  });
  expect(panelOverflow).toBeLessThanOrEqual(0);
  expect(tableScrolls).toBe(true);
});

test('a job added with Ctrl+N is brought into view, highlighted and focused, even below a long column', async () => {
  const { page } = quarry.current;
  await page.evaluate(async () => {
    const bridge = (window as unknown as { quarry: { addJob(job: object): Promise<unknown> } }).quarry;
    for (let index = 0; index < 30; index++) await bridge.addJob({ title: `Filler role ${index}`, company: 'Padding Inc' });
  });
  await page.reload();
  await expect(card(page, 'Filler role 0')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Add a job' });
  await dialog.getByLabel('Job title').fill('Spotlit Engineer');
  await dialog.getByLabel('Company').fill('Beacon');
  await dialog.getByRole('button', { name: 'Add job' }).click();
  const added = card(page, 'Spotlit Engineer');
  await expect(added).toBeInViewport();
  await expect(added).toHaveClass(/spotlight/u);
  await expect(added.getByRole('button').first()).toBeFocused();
});

test('Settings > Theme picks light or dark over the system’s choice, and keeps it', async () => {
  const { page } = quarry.current;
  await page.emulateMedia({ colorScheme: 'light' });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(246, 247, 249)');
  const choose = async (theme: string) => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Theme').selectOption(theme);
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings).toBeHidden();
  };
  await choose('dark');
  await expect.poll(background).toBe('rgb(20, 23, 28)');
  await page.reload();
  await expect.poll(background).toBe('rgb(20, 23, 28)');
  await choose('system');
  await expect.poll(background).toBe('rgb(246, 247, 249)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe('rgb(20, 23, 28)');
  await choose('light');
  await expect.poll(background).toBe('rgb(246, 247, 249)');
  await choose('system');
  await page.emulateMedia({ colorScheme: 'light' });
});

test('closed jobs older than the archive setting leave the board and stay searchable', async () => {
  const { page } = quarry.current;
  await page.getByRole('button', { name: 'Export / Import data' }).click();
  const data = page.getByRole('dialog', { name: 'Export and import data' });
  const csv = ['Company,Job Title,Status,Date Applied', 'Oldco,Archivist Engineer,Rejected,2025-01-15'].join('\r\n');
  await quarry.current.chooseFiles({ name: 'old.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }, () =>
    data.getByLabel('Spreadsheet to import').click(),
  );
  await data.getByRole('button', { name: 'Import 1 row', exact: true }).click();
  await expect(data.getByRole('status')).toContainText('1 imported');
  await data.getByRole('button', { name: 'Close' }).click();
  await expect(card(page, 'Archivist Engineer')).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel(/Closed jobs leave the board/u).selectOption({ label: 'After 30 days' });
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, 'Archivist Engineer')).toHaveCount(0);
  await expect(page.getByRole('search', { name: 'Filter jobs' })).toContainText('1 archived');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox', { name: 'Search everything' }).pressSequentially('archivist');
  await expect(palette.getByRole('option').first()).toContainText('Archivist Engineer');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('complementary', { name: 'Job details' }).getByRole('heading', { name: 'Archivist Engineer' }),
  ).toBeVisible();
});
