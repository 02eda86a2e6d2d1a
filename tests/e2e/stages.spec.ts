import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { zonedToUtc } from '../../src-shared/domain/schedule';
import { importSeed } from './board-helpers';
import { useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
const quarry = useQuarry();

/** A date a week from now, so the stages are always upcoming. */
const inAWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);

test('the seed’s five planned stages are scheduled in two zones, listed in order in the agenda and exported', async () => {
  const { page } = quarry.current;
  await importSeed(quarry.current);
  await page.getByRole('button', { name: 'Senior Backend Engineer' }).click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  await expect(panel.locator('.stages li')).toHaveCount(5);

  async function schedule(stage: string, time: string, zone: string) {
    await panel.getByRole('button', { name: `Edit ${stage}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Interview stage' });
    await dialog.getByLabel('Date').fill(inAWeek);
    await dialog.getByLabel('Time', { exact: true }).fill(time);
    await dialog.getByLabel(/Time zone/).fill(zone);
    await dialog.getByRole('button', { name: 'Save stage' }).click();
    await expect(dialog).toBeHidden();
  }
  await schedule('Pair programming interview', '15:00', 'America/New_York');
  // The card says what is next as soon as a stage is scheduled, without a reload.
  const seedCard = page.getByRole('article', { name: /^Senior Backend Engineer at / });
  await expect(seedCard).toContainText('Next: Pair programming interview');
  await expect(panel.getByRole('status').filter({ hasText: 'Move this job to Interviewing?' })).toBeVisible();
  await panel.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.locator('[data-column="interviewing"]').getByRole('article')).toHaveCount(1);
  await schedule('System design interview', '09:00', 'Europe/Berlin');
  await expect(seedCard).toContainText('Next: System design interview');

  await panel.getByRole('button', { name: 'Edit System design interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Interview stage' });
  await dialog.getByLabel('New checklist item').fill('Sketch a payments ledger');
  await dialog.getByLabel('New checklist item').press('Enter');
  await dialog.getByLabel('New checklist item').fill('Revise consistency models');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await dialog.getByRole('checkbox', { name: 'Sketch a payments ledger' }).check();
  await dialog.getByRole('button', { name: 'Save stage' }).click();
  await expect(panel.locator('.stages li').nth(3)).toContainText('prep 1/2');
  await expect(panel.locator('.stages li').nth(3)).toContainText('Europe/Berlin');

  await page.getByRole('button', { name: 'Agenda' }).click();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.locator('.item')).toHaveCount(2);
  // 09:00 in Berlin comes before 15:00 in New York on the same day.
  await expect(agenda.locator('.item').first()).toContainText('System design interview');
  await expect(agenda.locator('.item').nth(1)).toContainText('Pair programming interview');
  // The same two in a month, on their day; a click opens the job.
  await agenda.getByRole('button', { name: 'Month' }).click();
  const month = agenda.getByRole('table', { name: /^Interviews in / });
  let shown = 0;
  while (!(await month.locator(`td[aria-label="${inAWeek}"]`).count()) && shown++ < 2) {
    await agenda.getByRole('button', { name: 'Next month' }).click();
  }
  const day = month.locator(`td[aria-label="${inAWeek}"]`);
  await expect(day.getByRole('button')).toHaveCount(2);
  await expect(day.getByRole('button').first()).toContainText('System design interview');
  await agenda.getByRole('button', { name: 'List' }).click();

  const saved = await quarry.current.savedFile(() => agenda.getByRole('button', { name: 'Export upcoming (.ics)' }).click());
  const calendar = new ICAL.Component(ICAL.parse(saved.toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events.map((event) => event.summary)).toEqual(['System design interview: Primer', 'Pair programming interview: Primer']);
  expect(events[0]!.startDate.toJSDate().toISOString()).toBe(zonedToUtc(inAWeek, '09:00', 'Europe/Berlin'));
  expect(events[1]!.startDate.toJSDate().toISOString()).toBe(zonedToUtc(inAWeek, '15:00', 'America/New_York'));
  expect(events[1]!.duration.toSeconds()).toBe(90 * 60);
  // What the desktop app would notify about: both stages, a day and half an hour before.
  const reminders = await page.evaluate(async () => {
    const bridge = (window as unknown as { quarry: { getReminders(): Promise<{ ok: boolean; value: unknown[] }> } }).quarry;
    return bridge.getReminders();
  });
  expect(reminders.ok && reminders.value.length).toBe(4);
});

test('a city typed as the time zone finds its zone, and on a 1024×700 window Save stays in sight', async () => {
  const { page } = quarry.current;
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('button', { name: 'Board' }).click();
  await page.getByRole('button', { name: 'Senior Backend Engineer' }).click();
  const panel = page.getByRole('complementary', { name: 'Job details' });
  await panel.getByRole('button', { name: 'Edit Final stage values-alignment interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Interview stage' });
  const save = dialog.getByRole('button', { name: 'Save stage' });
  await dialog.getByLabel('Date').fill(inAWeek);
  await dialog.getByLabel('Time', { exact: true }).fill('10:30');
  await dialog.getByLabel(/Time zone/).fill('Atlantis');
  await save.click();
  await expect(dialog.getByRole('alert')).toContainText('“Atlantis” is not a time zone or city Quarry knows');
  await expect(save).toBeInViewport({ ratio: 1 });
  await dialog.getByLabel(/Time zone/).fill('Bangalore');
  await save.click();
  await expect(dialog).toBeHidden();
  await expect(panel.locator('.stages li').filter({ hasText: 'values-alignment' })).toContainText(/Asia\/(Kolkata|Calcutta)/u);
  for (const [city, zone] of [
    ['Munich', 'Europe/Berlin'],
    ['São Paulo', 'America/Sao_Paulo'],
  ] as const) {
    await panel.getByRole('button', { name: 'Edit Final stage values-alignment interview' }).click();
    await dialog.getByLabel(/Time zone/).fill(city);
    await save.click();
    await expect(panel.locator('.stages li').filter({ hasText: 'values-alignment' })).toContainText(zone);
  }
});
