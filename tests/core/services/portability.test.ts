import type { JobDetail } from '../../../src-shared/domain/job';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src-main/core/handlers';
import { ImportRunner } from '../../../src-main/core/services/import-runner';
import { parseCsv, toCsv } from '../../../src-shared/domain/csv';
import {
  parseSheetDate,
  sheetRowToJob,
  slashedDateOrder,
  statusFromText,
  suggestMapping,
} from '../../../src-shared/domain/spreadsheet';
import { createCaller, fakeClock, tempDir, testCore } from '../../support/helpers';
import { EMPTY_JOB_EDIT } from '../../support/cards';
import { fixturePath, sharedPath } from '../../support/shared-data';

const fixtures = fixturePath();
const seed = sharedPath('corpus/seed/primer-senior-backend-engineer.html');

/** A data folder with a bit of everything a user accumulates. */
async function richFolder() {
  const core = await testCore({ clock: fakeClock('2026-10-01T09:00:00.000Z') });
  const call = createCaller(createHandlers(core, { emit: () => undefined }));
  await new ImportRunner(core, { emit: () => undefined }).runPaths(
    [seed, join(fixtures, 'greenhouse.html'), join(fixtures, 'windows-1252.html')],
    'test',
  );
  const { cards, columns } = await call('getBoard', undefined);
  const column = (key: string) => columns.find((candidate) => candidate.key === key)!.id;
  const [first, second, third] = cards;
  await call('moveJob', { id: first!.id, columnId: column('applied'), beforeId: null });
  await call('moveJob', { id: second!.id, columnId: column('closed'), beforeId: null, outcome: 'ghosted' });
  await call('saveNotes', { jobId: first!.id, body: 'Ask about on-call.\nSalary “negotiable”, 50/50 split; tabs\there' });
  await call('addContact', { jobId: first!.id, name: 'Zoë Ångström', role: 'Recruiter', email: 'zoe@example.com', link: null });
  const stage = (await call('getJobDetail', { id: first!.id })).stages[0]!;
  await call('updateStage', { ...stage, status: 'passed', startsAt: '2026-10-03T15:00:00.000Z', timeZone: 'Europe/Berlin' });
  await call('setRemoteImages', { id: first!.id, allowed: true });
  // Characters HTML gives meaning to, in a field that is not HTML: they must come back as typed.
  await call('editJob', { ...EMPTY_JOB_EDIT, id: second!.id, title: 'R&D <Platform> Engineer', company: second!.company });
  await call('renameColumn', { id: column('saved'), name: 'Wishlist' });
  await call('addColumn', { name: 'Take-home' });
  await call('updateSettings', { followUpDays: 10 });
  await call('deleteJob', { id: third!.id });
  return { core, call };
}

describe('JSON export', () => {
  it('imports into an empty data folder and exports again identically, byte for byte apart from the time', async () => {
    const { call } = await richFolder();
    const exported = await call('exportData', { format: 'json' });
    expect(exported.fileName).toMatch(/^quarry-export-\d{4}-\d{2}-\d{2}\.json$/u);

    const fresh = createCaller(
      createHandlers(await testCore({ clock: fakeClock('2027-01-01T00:00:00.000Z') }), { emit: () => undefined }),
    );
    const summary = await fresh('importQuarryExport', { contentBase64: Buffer.from(exported.content).toString('base64') });
    expect(summary).toMatchObject({ jobs: 3, files: 3, contacts: 1 });
    const again = await fresh('exportData', { format: 'json' });
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/u, '');
    expect(withoutTime(again.content)).toBe(withoutTime(exported.content));

    // The state behind the export is the same too: board, detail, search, settings.
    const original = await call('getBoard', undefined);
    const restored = await fresh('getBoard', undefined);
    expect(restored.columns).toEqual(original.columns);
    expect(restored.cards.map(({ title, columnId, outcome }) => ({ title, columnId, outcome }))).toEqual(
      original.cards.map(({ title, columnId, outcome }) => ({ title, columnId, outcome })),
    );
    const id = original.cards.find((card) => card.columnId === original.columns[1]!.id)!.id;
    const detail = await fresh('getJobDetail', { id });
    // The last sign of life counts interviews already held, so it depends on each core's clock.
    const stored = (job: JobDetail) => ({ ...job, lastHeardAt: null });
    expect(stored(detail)).toEqual(stored(await call('getJobDetail', { id })));
    expect(detail.remoteImagesAllowed).toBe(true);
    expect((await fresh('search', { query: 'Zoë' })).map((hit) => hit.id)).toEqual([id]);
    expect((await fresh('getSettings', undefined)).followUpDays).toBe(10);
  });

  it('replaces what a folder holds only when asked, after backing it up, and that backup brings it back', async () => {
    const { call } = await richFolder();
    const exported = await call('exportData', { format: 'json' });
    const base64 = (text: string) => Buffer.from(text).toString('base64');
    const other = createCaller(createHandlers(await testCore(), { emit: () => undefined }));
    await other('addJob', { title: 'Only here', company: 'Elsewhere' });

    // A file that is not an export changes nothing and costs no backup.
    await expect(other('importQuarryExport', { contentBase64: base64('{"format": "other"}'), replace: true })).rejects.toThrow(
      /Not a Quarry export/u,
    );
    expect(await other('listBackups', undefined)).toEqual([]);

    expect(await other('importQuarryExport', { contentBase64: base64(exported.content), replace: true })).toMatchObject({
      jobs: 3,
      files: 3,
    });
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/u, '');
    expect(withoutTime((await other('exportData', { format: 'json' })).content)).toBe(withoutTime(exported.content));

    const [backup] = await other('listBackups', undefined);
    expect(backup).toMatchObject({ reason: 'replaced' });
    await other('restoreBackup', { name: backup!.name });
    expect((await other('getBoard', undefined)).cards.map((card) => card.title)).toEqual(['Only here']);
  });

  it('never mixes two histories, and explains files that are not exports', async () => {
    const { call } = await richFolder();
    const { content } = await call('exportData', { format: 'json' });
    const base64 = (text: string) => Buffer.from(text).toString('base64');
    await expect(call('importQuarryExport', { contentBase64: base64(content) })).rejects.toThrow(
      /^conflict: .*empty Quarry, or choose to replace everything/u,
    );

    const fresh = createCaller(createHandlers(await testCore(), { emit: () => undefined }));
    await expect(fresh('importQuarryExport', { contentBase64: base64('{"jobs": [') })).rejects.toThrow(/not valid JSON/u);
    for (const notAnExport of ['{"format": "other"}', '{}', '[]', 'null', '"quarry-export"']) {
      await expect(fresh('importQuarryExport', { contentBase64: base64(notAnExport) })).rejects.toThrow(
        /^unsupported_file: Not a Quarry export: choose a file made by Export everything \(JSON\)\.$/u,
      );
    }
    const parsed = JSON.parse(content) as { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> };
    await expect(
      fresh('importQuarryExport', { contentBase64: base64(JSON.stringify({ ...parsed, schemaVersion: 99 })) }),
    ).rejects.toThrow(/newer Quarry/u);
    parsed.tables.jobs![0]!.sneaky = 1;
    await expect(fresh('importQuarryExport', { contentBase64: base64(JSON.stringify(parsed)) })).rejects.toThrow(
      /unknown field “sneaky”/u,
    );
    delete parsed.tables.jobs![0]!.sneaky;
    parsed.tables.stages!.push({ ...parsed.tables.stages![0]!, id: 999, job_id: 999 });
    await expect(fresh('importQuarryExport', { contentBase64: base64(JSON.stringify(parsed)) })).rejects.toThrow(
      /^unsupported_file: Not a Quarry export: a row of stages does not fit \(FOREIGN KEY constraint failed\)\.$/u,
    );
    // Nothing half-imported after a refusal.
    expect((await fresh('getBoard', undefined)).cards).toHaveLength(0);
    expect((await fresh('getBoard', undefined)).columns.map((column) => column.name)).toEqual([
      'Saved',
      'Applied',
      'Interviewing',
      'Offer',
      'Closed',
    ]);
  });
});

describe('an export from an older Quarry', () => {
  it('gets the company keys it was made without, so the same company is still recognised', async () => {
    const { call } = await richFolder();
    const parsed = JSON.parse((await call('exportData', { format: 'json' })).content) as {
      tables: { jobs: Record<string, unknown>[] };
    };
    for (const job of parsed.tables.jobs) delete job.company_key;
    const core = await testCore();
    const fresh = createCaller(createHandlers(core, { emit: () => undefined }));
    await fresh('importQuarryExport', { contentBase64: Buffer.from(JSON.stringify(parsed)).toString('base64') });
    expect(core.db.prepare('SELECT company, company_key AS key FROM jobs ORDER BY id').all()).toEqual(
      parsed.tables.jobs.map((job) => ({ company: job.company, key: expect.stringMatching(/^\p{Ll}/u) })),
    );
  });
});

describe('restoring onto a full disk', () => {
  it('says the disk is full, not that the file is wrong, and keeps what the folder held', async () => {
    const { call } = await richFolder();
    const { content } = await call('exportData', { format: 'json' });
    const core = await testCore();
    const fresh = createCaller(createHandlers(core, { emit: () => undefined }));
    core.db.exec('VACUUM');
    core.db.pragma(`max_page_count = ${core.db.pragma('page_count', { simple: true }) as number}`);
    await expect(fresh('importQuarryExport', { contentBase64: Buffer.from(content).toString('base64') })).rejects.toThrow(
      /^storage: .*the disk is full/u,
    );
    expect((await fresh('getBoard', undefined)).columns).toHaveLength(5);
  });
});

describe('saving an export from the main process', () => {
  it('writes what the user chose in the save dialog, and nothing when they cancel', async () => {
    const { core, call } = await richFolder();
    const folder = tempDir();
    const offered: string[] = [];
    let answer: string | null = join(folder, 'my-quarry.json');
    const save = createCaller(
      createHandlers(core, {
        emit: () => undefined,
        pickSavePath: async (name) => (offered.push(name), answer),
      }),
    );
    const saved = await save('saveExport', { format: 'json' });
    expect(saved).toEqual({ path: join(folder, 'my-quarry.json'), bytes: statSync(join(folder, 'my-quarry.json')).size });
    const downloaded = await call('exportData', { format: 'json' });
    expect(readFileSync(saved!.path, 'utf8')).toBe(downloaded.content);
    expect(offered).toEqual([downloaded.fileName]);

    answer = null;
    expect(await save('saveExport', { format: 'csv' })).toBeNull();
    expect(readdirSync(folder)).toEqual(['my-quarry.json']);
    // Where there is no save dialog (the browser host, the CLI) the page downloads instead.
    await expect(call('saveExport', { format: 'csv' })).rejects.toThrow(/^unsupported_file: .*downloads in the page/u);
  });

  it('says why a save failed and leaves no half-written file', async () => {
    const { core } = await richFolder();
    const folder = tempDir();
    const save = createCaller(
      createHandlers(core, { emit: () => undefined, pickSavePath: async () => join(folder, 'gone', 'export.csv') }),
    );
    await expect(save('saveExport', { format: 'csv' })).rejects.toThrow(/^storage: Could not save export\.csv: /u);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('CSV', () => {
  it('writes RFC 4180 with a BOM and CRLF, and reads it back to the same cells', () => {
    const rows = [
      ['Title', 'Notes'],
      ['Engineer, Backend', 'said "maybe"\nthen yes'],
      [' padded ', 'Zoë ✓'],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFFTitle,Notes\r\n"Engineer, Backend","said ""maybe""\nthen yes"\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
    expect(parseCsv('a;b\r\n1;"2;3"\n')).toEqual([
      ['a', 'b'],
      ['1', '2;3'],
    ]);
    expect(() => parseCsv('a,b\n"open,1\n')).toThrow('A quoted field that starts on line 2 never ends');
    expect(() => parseCsv('a,b\n"x\ny",1\n"open\n')).toThrow('A quoted field that starts on line 4 never ends');
  });

  it('never hands a spreadsheet a formula from a listing, and reads its own escaping back', () => {
    const hostile = ['=HYPERLINK("https://evil.example","Apply")', '+1-555', '-2+3', '@SUM(A1)', '\tcmd'];
    const [, row] = parseCsv(toCsv([['Title', 'A', 'B', 'C', 'D'], hostile]));
    expect(row!.map((cell) => cell[0])).toEqual(["'", "'", "'", "'", "'"]);
    const columns = [{ id: 1, key: 'saved', name: 'Saved', closes: false }];
    const result = sheetRowToJob([row![0]!, 'Acme'], ['title', 'company'], columns);
    expect(result.ok && result.job.title).toBe('=HYPERLINK("https://evil.example","Apply")');
    expect(parseCsv(toCsv([['Plain title', "It's fine"]]))).toEqual([['Plain title', "It's fine"]]);
  });

  it('exports one row per live job with its status, notes and contacts', async () => {
    const { call } = await richFolder();
    const { content, fileName } = await call('exportData', { format: 'csv' });
    expect(fileName).toMatch(/\.csv$/u);
    const [header, ...rows] = parseCsv(content);
    expect(header!.slice(0, 4)).toEqual(['Title', 'Company', 'Status', 'Outcome']);
    expect(rows).toHaveLength(2);
    const applied = rows.find((row) => row[2] === 'Applied')!;
    expect(applied[header!.indexOf('Notes')]).toBe('Ask about on-call.\nSalary “negotiable”, 50/50 split; tabs\there');
    expect(applied[header!.indexOf('Contacts')]).toBe('Zoë Ångström (Recruiter) <zoe@example.com>');
    expect(rows.find((row) => row[2] === 'Closed')![3]).toBe('ghosted');
  });

  it('writes every field in its own cell, and a field the job lacks as an empty cell', async () => {
    const core = await testCore({ clock: fakeClock('2026-10-01T09:00:00.000Z') });
    const call = createCaller(createHandlers(core, { emit: () => undefined }));
    await new ImportRunner(core, { emit: () => undefined }).runPaths([join(fixtures, 'greenhouse.html')], 'test');
    const [imported] = (await call('getBoard', undefined)).cards;
    await call('editJob', {
      id: imported!.id,
      title: imported!.title,
      company: imported!.company,
      location: imported!.location,
      remote: imported!.remote,
      url: imported!.url,
      employmentType: 'full-time',
      tags: ['backend', 'nyc'],
      salaryText: '$140,000 - $170,000 USD per year',
    });
    await call('saveNotes', { jobId: imported!.id, body: 'Ask about the team' });
    await call('addContact', { jobId: imported!.id, name: 'Ana', role: null, email: null, link: null });
    await call('addJob', { title: 'Bare job', company: 'Nobody' });

    const { content, mimeType } = await call('exportData', { format: 'csv' });
    expect(mimeType).toBe('text/csv');
    const [header, ...rows] = parseCsv(content);
    const byTitle = new Map(rows.map((row) => [row[0], Object.fromEntries(header!.map((name, at) => [name, row[at]]))]));
    expect(byTitle.get('Bare job')).toEqual({
      Title: 'Bare job',
      Company: 'Nobody',
      Status: 'Saved',
      Outcome: '',
      'Date applied': '',
      Location: '',
      Workplace: '',
      'Employment type': '',
      Salary: '',
      Tags: '',
      URL: '',
      'Apply URL': '',
      Posted: '',
      Saved: '2026-10-01',
      'Last change': '2026-10-01',
      'Interview stages': '',
      Notes: '',
      Contacts: '',
    });
    expect(byTitle.get('Backend Engineer')).toEqual({
      Title: 'Backend Engineer',
      Company: 'Stark Industries',
      Status: 'Saved',
      Outcome: '',
      'Date applied': '',
      Location: 'New York, NY (Hybrid)',
      Workplace: 'hybrid',
      'Employment type': 'full-time',
      Salary: '$140,000 - $170,000 USD per year',
      Tags: 'backend, nyc',
      URL: 'https://boards.greenhouse.io/stark/jobs/4012345006',
      'Apply URL': 'https://boards.greenhouse.io/stark/jobs/4012345006#app',
      Posted: '',
      Saved: '2026-10-01',
      'Last change': '2026-10-01',
      'Interview stages':
        'Recruiter phone screen (30 minutes) (planned); Technical interview with two engineers (1 hour) (planned); Onsite loop (4 hours) (planned)',
      Notes: 'Ask about the team',
      Contacts: 'Ana',
    });
  });

  it('names the app and its version in a JSON export', async () => {
    const call = createCaller(createHandlers(await testCore(), { emit: () => undefined }));
    const { content, mimeType } = await call('exportData', { format: 'json' });
    expect(mimeType).toBe('application/json');
    expect(JSON.parse(content)).toMatchObject({ app: 'Quarry 0.0.0-test' });
  });
});

describe('spreadsheet import', () => {
  it('suggests a mapping from common headers', () => {
    expect(suggestMapping(['Company', 'Job Title', 'Status', 'Date Applied', 'URL', 'Notes', 'Whatever'])).toEqual([
      'company',
      'title',
      'status',
      'appliedAt',
      'url',
      'notes',
      'ignore',
    ]);
    expect(suggestMapping(['Role', 'Employer', 'Stage', 'Link', 'Salary', 'Location'])).toEqual([
      'title',
      'company',
      'status',
      'url',
      'salary',
      'location',
    ]);
    // The word named last decides, whatever order the columns come in.
    expect(suggestMapping(['Job URL', 'Company Website', 'Job Title', 'Company Name', 'Application Status'])).toEqual([
      'url',
      'ignore',
      'title',
      'company',
      'status',
    ]);
    // Quarry reads its own CSV export back.
    expect(suggestMapping(['Title', 'Company', 'Status', 'Outcome', 'Location', 'URL', 'Apply URL', 'Notes'])).toEqual([
      'title',
      'company',
      'status',
      'outcome',
      'location',
      'url',
      'ignore',
      'notes',
    ]);
  });

  it('reads dates as spreadsheets write them', () => {
    expect(parseSheetDate('2026-03-07')).toBe('2026-03-07T12:00:00.000Z');
    expect(parseSheetDate('2026-03-07T09:30:00Z')).toBe('2026-03-07T12:00:00.000Z');
    expect(parseSheetDate('3/7/2026')).toBe('2026-03-07T12:00:00.000Z');
    expect(parseSheetDate('25/12/2026')).toBe('2026-12-25T12:00:00.000Z');
    expect(parseSheetDate('7 Mar 2026')).toBe('2026-03-07T12:00:00.000Z');
    expect(parseSheetDate('Mar 7, 2026')).toBe('2026-03-07T12:00:00.000Z');
    expect(parseSheetDate('07.03.2026')).toBe('2026-03-07T12:00:00.000Z');
    expect(parseSheetDate('soon')).toBeNull();
    expect(parseSheetDate('03/11/2026', 'day-first')).toBe('2026-11-03T12:00:00.000Z');
    expect(parseSheetDate('03/11/2026', 'month-first')).toBe('2026-03-11T12:00:00.000Z');
  });

  it('decides a file’s date order once, from every date in it, and says when it cannot', () => {
    expect(slashedDateOrder(['03/11/2026', '14/10/2026', '2026-01-05'])).toEqual({ order: 'day-first', certain: true });
    expect(slashedDateOrder(['03/11/2026', '10/14/2026'])).toEqual({ order: 'month-first', certain: true });
    expect(slashedDateOrder(['03/11/2026', '05/06/2026'])).toEqual({ order: 'month-first', certain: false });
    expect(slashedDateOrder(['14/10/2026', '15/10/2026', '10/14/2026'])).toEqual({ order: 'day-first', certain: false });
    expect(slashedDateOrder(['2026-01-05', '04/04/2026', ''])).toEqual({ order: 'month-first', certain: true });
  });

  it('reads 03/11/2026 as the 3rd of November in a file that also writes 14/10/2026', async () => {
    const core = await testCore();
    const call = createCaller(createHandlers(core, { emit: () => undefined }));
    const rows = [
      ['Data Engineer', 'Acme', 'Applied', '03/11/2026'],
      ['ML Engineer', 'Globex', 'Applied', '14/10/2026'],
    ];
    const mapping = ['title', 'company', 'status', 'appliedAt'] as const;
    await call('importSpreadsheet', { rows, mapping: [...mapping] });
    const records = await call('getBoard', undefined);
    expect(records.cards.map((card) => [card.title, card.lastMovedAt.slice(0, 10)])).toEqual([
      ['Data Engineer', '2026-11-03'],
      ['ML Engineer', '2026-10-14'],
    ]);
    // The user's answer wins where the file cannot say.
    const other = createCaller(createHandlers(await testCore(), { emit: () => undefined }));
    await other('importSpreadsheet', { rows: [rows[0]!], mapping: [...mapping], dateOrder: 'day-first' });
    expect((await other('getBoard', undefined)).cards[0]!.lastMovedAt.slice(0, 10)).toBe('2026-11-03');
  });

  it('maps statuses to columns and outcomes', () => {
    const columns = ['saved', 'applied', 'interviewing', 'offer', 'closed'].map((key, index) => ({
      id: index + 1,
      key,
      name: key[0]!.toUpperCase() + key.slice(1),
      closes: key === 'closed',
    }));
    const of = (text: string, outcome?: string) => {
      const status = statusFromText(text, columns, outcome);
      return [columns.find((column) => column.id === status.columnId)!.key, status.outcome, status.warning !== null];
    };
    expect(of('Applied')).toEqual(['applied', null, false]);
    expect(of('Phone screen')).toEqual(['interviewing', null, false]);
    expect(of('Rejected')).toEqual(['closed', 'rejected', false]);
    expect(of('Ghosted')).toEqual(['closed', 'ghosted', false]);
    expect(of('Offer received')).toEqual(['offer', null, false]);
    expect(of('Wishlist')).toEqual(['saved', null, false]);
    expect(of('???')).toEqual(['saved', null, true]);
    // An outcome beside the status says how it ended.
    expect(of('Closed')).toEqual(['closed', 'no_reply', false]);
    expect(of('Closed', 'ghosted')).toEqual(['closed', 'ghosted', false]);
    expect(of('Applied', 'Rejected after screening')).toEqual(['closed', 'rejected', false]);
    expect(of('Applied', 'Pending')).toEqual(['applied', null, true]);
  });

  it("brings Quarry's own CSV back with the same columns and outcomes", async () => {
    const { call } = await richFolder();
    const csv = await call('exportData', { format: 'csv' });
    const fresh = createCaller(createHandlers(await testCore(), { emit: () => undefined }));
    const preview = await fresh('readSpreadsheet', { contentBase64: Buffer.from(csv.content).toString('base64') });
    const report = await fresh('importSpreadsheet', { rows: preview.rows, mapping: preview.suggested });
    expect(report).toMatchObject({ imported: 2, failed: 0 });
    const summarise = async (caller: typeof call) => {
      const { cards, columns } = await caller('getBoard', undefined);
      const key = (id: number) => columns.find((column) => column.id === id)!.key;
      return cards.map((card) => [card.title, key(card.columnId), card.outcome]).sort();
    };
    expect(await summarise(fresh)).toEqual(await summarise(call));
    // "Date applied" goes out and comes back.
    const applied = (content: string) => {
      const [header, ...lines] = parseCsv(content);
      const at = header!.indexOf('Date applied');
      return lines.map((cells) => [cells[0], cells[at]]).sort();
    };
    expect(preview.suggested[preview.headers.indexOf('Date applied')]).toBe('appliedAt');
    expect(applied(csv.content).some(([, day]) => day)).toBe(true);
    expect(applied((await fresh('exportData', { format: 'csv' })).content)).toEqual(applied(csv.content));
  });

  it('imports each row on its own and reports every one', async () => {
    const core = await testCore();
    const call = createCaller(createHandlers(core, { emit: () => undefined }));
    const csv = toCsv([
      ['Company', 'Job Title', 'Status', 'Date Applied', 'URL', 'Notes'],
      ['Acme', 'Platform Engineer', 'Applied', '2026-09-01', 'https://acme.example/jobs/1', 'Referred by Sam'],
      ['Globex', 'SRE', 'Rejected', '9/3/2026', '', ''],
      ['', 'No company here', 'Applied', '', '', ''],
      ['Initech', 'Data Engineer', 'Dreaming', 'someday', 'not a link', ''],
      ['Acme', 'Platform Engineer', 'Applied', '', '', ''],
    ]);
    const preview = await call('readSpreadsheet', { contentBase64: Buffer.from(csv).toString('base64') });
    expect(preview.headers).toHaveLength(6);
    expect(preview.rows).toHaveLength(5);
    const report = await call('importSpreadsheet', { rows: preview.rows, mapping: preview.suggested });
    expect(report).toMatchObject({ imported: 3, duplicates: 1, failed: 1 });
    expect(report.rows.map((row) => [row.line, row.status])).toEqual([
      [2, 'imported'],
      [3, 'imported'],
      [4, 'failed'],
      [5, 'imported'],
      [6, 'duplicate'],
    ]);
    expect(report.rows[2]!.messages[0]).toMatch(/No company/u);
    expect(report.rows[3]!.messages.join(' ')).toMatch(
      /“Dreaming” was not recognised.*“someday” was not understood.*not a web address/u,
    );
    const detail = await call('getJobDetail', { id: report.rows[0]!.jobId! });
    expect(detail).toMatchObject({
      notes: 'Referred by Sam',
      url: 'https://acme.example/jobs/1',
      createdAt: '2026-09-01T12:00:00.000Z',
    });
    expect(detail.history[0]).toMatchObject({ to: 'Applied', changedAt: '2026-09-01T12:00:00.000Z' });
    const closed = await call('getJobDetail', { id: report.rows[1]!.jobId! });
    expect(closed.outcome).toBe('rejected');

    await expect(call('readSpreadsheet', { contentBase64: Buffer.from('only,a,header\n').toString('base64') })).rejects.toThrow(
      /no rows below its header/u,
    );
    await expect(call('importSpreadsheet', { rows: [['a']], mapping: ['notes'] })).rejects.toThrow(/job title and the company/u);
  });
});
