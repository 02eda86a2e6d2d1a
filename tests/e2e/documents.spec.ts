import { expect, test, type Page } from '@playwright/test';
import { addJob, card } from './board-helpers';
import { useQuarry } from './quarry-app';

/** #15 item 1: documents attached to applications. */
test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

const RESUME = { name: 'Jane Doe CV.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\nJane Doe\n%%EOF\n') };
const panel = (page: Page) => page.getByRole('complementary', { name: 'Job details' });

async function attachTo(page: Page, title: string, file: typeof RESUME, version: string) {
  await card(page, title).locator('.card-open').click();
  const documents = panel(page).getByRole('region', { name: 'Documents' });
  await documents.getByLabel('Version').fill(version);
  await documents.getByLabel('Documents to attach').setInputFiles(file);
  await expect(documents.getByRole('listitem')).toContainText(file.name);
  return documents;
}

test('the same résumé attached to two jobs is one document, listed with both, and opens as a download in the browser', async () => {
  const { page } = quarry.current;
  await addJob(page, 'Backend Engineer', 'Acme');
  await addJob(page, 'Platform Engineer', 'Globex');
  const first = await attachTo(page, 'Backend Engineer', RESUME, 'v3');
  await expect(first).toContainText('Résumé · v3');
  await attachTo(page, 'Platform Engineer', RESUME, 'v4');
  await panel(page).getByRole('button', { name: 'Close details' }).click();

  await page.keyboard.press('ControlOrMeta+5');
  const view = page.getByRole('region', { name: 'Documents' });
  await expect(view.getByRole('row')).toHaveCount(2);
  const row = view.getByRole('row').nth(1);
  await expect(row).toContainText('Jane Doe CV.pdf');
  await expect(row).toContainText('Résumé');
  await expect(row).toContainText('v3');
  await expect(row.getByRole('button', { name: /Engineer/u })).toHaveText([
    'Backend Engineer · Acme',
    'Platform Engineer · Globex',
  ]);
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Open Jane Doe CV.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Jane Doe CV.pdf');
  await row.getByRole('button', { name: 'Platform Engineer · Globex' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Platform Engineer');
});

test('an empty or foreign file is refused with a message, and detaching is undone with Ctrl+Z', async () => {
  const { page } = quarry.current;
  const documents = panel(page).getByRole('region', { name: 'Documents' });
  await documents.getByLabel('Documents to attach').setInputFiles([
    { name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('png') },
  ]);
  await expect(documents.getByRole('alert')).toHaveText([
    'empty.pdf is empty: there is nothing to attach.',
    'photo.png is not a document Quarry keeps: attach a PDF, DOCX, ODT, TXT or MD file.',
  ]);
  await documents.getByRole('button', { name: 'Detach Jane Doe CV.pdf' }).click();
  await expect(documents.getByRole('listitem')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(documents.getByRole('listitem')).toContainText('Jane Doe CV.pdf');
});
