import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { createHandlers } from '../../../src-main/core/handlers';
import { processFile } from '../../../src-main/core/import/pipeline';
import { startImport } from '../../../src-main/core/repos/imports-repo';
import { storeParsedFile } from '../../../src-main/core/services/import-service';
import { companyWarnings } from '../../../src-main/core/services/companies-service';
import { addJob, getBoard } from '../../../src-main/core/services/jobs-service';
import type { JobCard } from '../../../src-shared/domain/job';
import { createCaller, fakeClock, tempDir, testCore } from '../../support/helpers';

const DAY = 24 * 3600 * 1000;

async function setup() {
  const clock = fakeClock('2026-03-03T15:00:00.000Z');
  const core = await testCore({ clock });
  const call = createCaller(createHandlers(core, { emit: () => undefined }));
  const columns = Object.fromEntries(getBoard(core.db, clock).columns.map((column) => [column.key, column.id]));
  const cardOf = (id: number): JobCard => getBoard(core.db, clock).cards.find((card) => card.id === id)!;
  return { ...core, clock, call, columns, cardOf };
}

const page = (title: string, company: string) =>
  new TextEncoder().encode(
    `<html><head><title>${title} at ${company}</title>
     <script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, hiringOrganization: { name: company }, description: `<p>${title} wanted.</p>` })}</script>
     </head><body><h1>${title}</h1></body></html>`,
  );

/** An application at Acme Inc. that went to a system design round and was rejected. */
async function rejectedAtAcme(context: Awaited<ReturnType<typeof setup>>) {
  const { call, columns, clock } = context;
  const first = addJob(context.db, { title: 'Backend Engineer', company: 'Acme Inc.' }, clock);
  await call('moveJob', { id: first.id, columnId: columns.applied, beforeId: null });
  const stage = await call('addStage', { jobId: first.id, kind: 'system_design', title: 'System design', durationMinutes: 60 });
  await call('updateStage', {
    ...stage,
    startsAt: new Date(clock().getTime() + 2 * DAY).toISOString(),
    timeZone: 'UTC',
    status: 'failed',
  });
  clock.advance(5 * DAY);
  await call('moveJob', { id: first.id, columnId: columns.closed, beforeId: null, outcome: 'rejected' });
  return first;
}

describe('companies: where the user applied before (#15 item 3)', () => {
  it('warns on a new card at the same employer however its name is spelt, until that one is sent too', async () => {
    const context = await setup();
    const first = await rejectedAtAcme(context);
    const again = addJob(context.db, { title: 'Platform Engineer', company: 'ACME' }, context.clock);
    expect(context.cardOf(again.id).appliedBefore).toEqual({
      jobId: first.id,
      title: 'Backend Engineer',
      appliedOn: '2026-03-03',
      outcome: 'rejected',
      lastStage: 'System design',
    });
    expect(context.cardOf(first.id).appliedBefore).toBeNull();
    expect(context.cardOf(addJob(context.db, { title: 'X', company: 'Globex' }, context.clock).id).appliedBefore).toBeNull();
    await context.call('moveJob', { id: again.id, columnId: context.columns.applied, beforeId: null });
    expect(context.cardOf(again.id).appliedBefore).toBeNull();
  });

  it('puts the earlier application and near-identical titles in the import report', async () => {
    const context = await setup();
    await rejectedAtAcme(context);
    addJob(context.db, { title: 'Senior Data Engineer', company: 'Acme' }, context.clock);
    const parsed = processFile({
      fileName: 'job.html',
      bytes: page('Data Engineer (m/w/d)', 'ACME GmbH'),
      modifiedAt: new Date(),
    });
    const importId = startImport(context.db, 'test', context.clock().toISOString(), 1);
    const outcome = storeParsedFile(context.db, importId, null, parsed, context.clock().toISOString());
    expect(outcome.status).toBe('imported');
    expect(outcome.warnings).toEqual([
      'You applied here on 3 Mar 2026 (Backend Engineer, rejected after the system design round).',
      'A similar job at ACME GmbH is saved: “Senior Data Engineer” (8 Mar 2026).',
    ]);
    const quiet = processFile({ fileName: 'other.html', bytes: page('Designer', 'Initech'), modifiedAt: new Date() });
    expect(storeParsedFile(context.db, importId, null, quiet, context.clock().toISOString()).warnings).toBeUndefined();
  });

  it('warns of a similar title, not of the same title again, and never matches companies without a name', async () => {
    const context = await setup();
    const now = context.clock().toISOString();
    addJob(context.db, { title: 'Data Engineer', company: 'Acme' }, context.clock);
    expect(companyWarnings(context.db, { title: 'Data Engineer', company: 'ACME Inc.' }, now)).toEqual([]);
    expect(companyWarnings(context.db, { title: 'Senior Data Engineer', company: 'ACME Inc.' }, now)).toEqual([
      'A similar job at ACME Inc. is saved: “Data Engineer” (3 Mar 2026).',
    ]);
    // Names of punctuation only have no key: two such jobs are not one company.
    addJob(context.db, { title: 'Backend Engineer', company: '—' }, context.clock);
    expect(companyWarnings(context.db, { title: 'Senior Backend Engineer', company: '?' }, now)).toEqual([]);
  });

  it('lists every application at the company on its page, from any of its jobs', async () => {
    const context = await setup();
    const first = await rejectedAtAcme(context);
    const second = addJob(context.db, { title: 'Platform Engineer', company: 'acme, inc' }, context.clock);
    addJob(context.db, { title: 'Elsewhere', company: 'Globex' }, context.clock);
    const company = await context.call('getCompany', { jobId: second.id });
    expect(company.name).toBe('acme, inc');
    expect(company.applications).toEqual([
      expect.objectContaining({ jobId: second.id, columnName: 'Saved', closed: false, appliedOn: null, outcome: null }),
      expect.objectContaining({
        jobId: first.id,
        company: 'Acme Inc.',
        columnName: 'Closed',
        closed: true,
        appliedOn: '2026-03-03',
        outcome: 'rejected',
        lastStage: 'System design',
      }),
    ]);
    await expect(context.call('getCompany', { jobId: 999 })).rejects.toThrow(/^not_found: There is no job with id 999\./u);
  });
});

describe('ghosting: signs of life (#15 item 4)', () => {
  it('counts an interview held or a stage changed as news, a stage merely planned on import as none', async () => {
    const context = await setup();
    const job = addJob(context.db, { title: 'Engineer', company: 'Initech' }, context.clock);
    await context.call('moveJob', { id: job.id, columnId: context.columns.applied, beforeId: null });
    const stage = await context.call('addStage', { jobId: job.id, kind: 'recruiter_call', title: 'Call', durationMinutes: 30 });
    expect(context.cardOf(job.id).lastHeardAt).toBeNull();
    context.clock.advance(DAY);
    const startsAt = new Date(context.clock().getTime() + DAY).toISOString();
    await context.call('updateStage', { ...stage, startsAt, timeZone: 'UTC', status: 'scheduled' });
    expect(context.cardOf(job.id).lastHeardAt).toBe(context.clock().toISOString());
    context.clock.advance(10 * DAY);
    expect(context.cardOf(job.id).lastHeardAt).toBe(startsAt);
  });

  it('keeps the number of days in the settings', async () => {
    const context = await setup();
    expect((await context.call('getSettings', undefined)).ghostAfterDays).toBe(21);
    expect((await context.call('updateSettings', { ghostAfterDays: 30 })).ghostAfterDays).toBe(30);
    await expect(context.call('updateSettings', { ghostAfterDays: 0 })).rejects.toThrow(/ghosting days must be 1 or more/u);
  });
});

describe('activity report (#15 item 5)', () => {
  it('lists applications, interviews, follow-ups reached and outcomes between two days', async () => {
    const context = await setup();
    const first = await rejectedAtAcme(context);
    const later = addJob(context.db, { title: 'Outside the range', company: 'Globex' }, context.clock);
    await context.call('setJobDates', { id: later.id, appliedOn: '2026-04-02', applyBy: null, followUpOn: '2026-03-07' });
    // A follow-up day still ahead is a plan, not activity, though the range reaches it.
    expect(context.clock().toISOString() < '2026-03-20').toBe(true);
    const planned = addJob(context.db, { title: 'Planned', company: 'Initech' }, context.clock);
    await context.call('setJobDates', { id: planned.id, appliedOn: null, applyBy: null, followUpOn: '2026-03-20' });
    const report = await context.call('getActivityReport', { from: '2026-03-01', to: '2026-03-31' });
    expect(report.entries.map(({ day, kind, jobId, detail }) => ({ day, kind, jobId, detail }))).toEqual([
      { day: '2026-03-03', kind: 'applied', jobId: first.id, detail: null },
      { day: '2026-03-05', kind: 'interview', jobId: first.id, detail: 'System design (not passed)' },
      { day: '2026-03-07', kind: 'follow_up', jobId: later.id, detail: null },
      { day: '2026-03-08', kind: 'outcome', jobId: first.id, detail: 'rejected' },
    ]);
    expect((await context.call('getActivityReport', { from: '2026-03-04', to: '2026-03-04' })).entries).toEqual([]);
    await expect(context.call('getActivityReport', { from: '2026-03-31', to: '2026-03-01' })).rejects.toThrow(
      /The report starts \(2026-03-31\) after it ends \(2026-03-01\)/u,
    );
    await expect(context.call('getActivityReport', { from: '2026-02-30', to: '2026-03-01' })).rejects.toThrow(
      /From is not a day of the calendar/u,
    );
  });

  it('prints from the command line as CSV or a page, and says what it needs', async () => {
    const dir = tempDir();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (text: string) => out.push(text), err: (text: string) => err.push(text), env: {} };
    expect(await runCli(['add', '--data-dir', dir, '--title', 'T', '--company', 'C'], io)).toBe(0);
    out.length = 0;
    expect(await runCli(['report', '--data-dir', dir, '--from', '2026-01-01', '--to', '2026-01-31'], io)).toBe(0);
    expect(out.join('\n')).toBe('\ufeffDate,Time,Activity,Job title,Company,Details');
    out.length = 0;
    expect(
      await runCli(['report', '--data-dir', dir, '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'html'], io),
    ).toBe(0);
    expect(out.join('\n')).toMatch(/^<!doctype html>[\s\S]*Job search activity, 1 Jan 2026 – 31 Jan 2026[\s\S]*<\/html>$/u);
    expect(await runCli(['report', '--data-dir', dir, '--from', '2026-01-01'], io)).toBe(1);
    expect(err.pop()).toBe('Error (invalid_argument): report needs --from and --to, as yyyy-MM-dd.');
    expect(await runCli(['report', '--data-dir', dir, '--from', '2026-01-01', '--to', '2026-01-02', '--format', 'pdf'], io)).toBe(
      1,
    );
    expect(err.pop()).toBe('Error (invalid_argument): report --format is csv or html, not "pdf".');
  });
});
