import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeLines } from '../../../src-main/core/sync/sync-folder';
import { tempDir } from '../../support/helpers';
import { fixturePath, syncFixturePath } from '../../support/shared-data';
import { closeComputers, sharedFolder, testComputer, type TestComputer } from '../../support/sync-computers';

/**
 * The sync folder is read by other computers, which may run another version of Quarry:
 * its dataset names, column names and sync-id formats are a wire format. A folder written
 * by the first version is committed (tests/fixtures/sync/folder-v1) and every later
 * version must read it; what this version writes must match it, timestamps and the
 * computer's id aside. Changing either on purpose is a format change (docs/SYNC.md).
 */

const FOLDER_V1 = syncFixturePath('folder-v1');
const COMPUTER_V1 = 'A6375A2C8F7A5361';

afterEach(closeComputers);

const greenhousePage = () => readFileSync(fixturePath('greenhouse.html'));

/** Everything that travels, made once: an imported listing with its planned stages, a job by URL, a person, a document, a move, a setting. */
async function writeSample(computer: TestComputer, folder: string): Promise<string> {
  const status = await computer.call('turnOnSync', { folder, computerName: 'Laptop' });
  await computer.call('importFiles', {
    files: [{ name: 'greenhouse.html', contentBase64: greenhousePage().toString('base64') }],
  });
  const job = await computer.call('addJob', {
    title: 'Data Engineer',
    company: 'Acme',
    url: 'https://jobs.example.com/data-engineer',
  });
  await computer.call('addStage', { jobId: job.id, kind: 'recruiter_call', title: 'Recruiter call', durationMinutes: 30 });
  await computer.call('saveNotes', { jobId: job.id, body: 'Ask about the team' });
  await computer.call('addContact', {
    jobId: job.id,
    name: 'Ada Byron',
    role: 'Recruiter',
    email: 'Ada@Example.com',
    link: null,
  });
  await computer.call('attachDocument', {
    jobId: job.id,
    fileName: 'CV.pdf',
    contentBase64: Buffer.from('%PDF-1.7 a résumé').toString('base64'),
    kind: 'resume',
    versionLabel: 'v3',
  });
  const board = await computer.call('getBoard');
  const applied = board.columns.find((column) => column.key === 'applied')!;
  await computer.call('moveJob', { id: job.id, columnId: applied.id, beforeId: null });
  await computer.call('updateSettings', { followUpDays: 10 });
  computer.calls.sync.flush();
  return status.computerId!;
}

/** A computer's messages as text without what differs from run to run: stamps and the computer's own id. */
function messagesWithoutStamps(folder: string, computerId: string): string {
  const directory = join(folder, computerId, 'messages');
  const lines = readdirSync(directory)
    .sort()
    .flatMap((file) => decodeLines(readFileSync(join(directory, file))).messages);
  return lines
    .map(({ dataset, row, cells }) => JSON.stringify([dataset, row.replaceAll(computerId, '<computer>'), cells]))
    .join('\n')
    .concat('\n');
}

describe('the sync folder’s format', () => {
  it('is what the first version wrote: the same datasets, columns and sync ids for the same changes', async () => {
    const folder = sharedFolder();
    const laptop = await testComputer('Laptop');
    const computerId = await writeSample(laptop, folder);
    expect(messagesWithoutStamps(folder, computerId)).toBe(messagesWithoutStamps(FOLDER_V1, COMPUTER_V1));
  });

  it('reads a folder the first version wrote: every kind of row arrives, and a listing imported here too stays one job', async () => {
    const folder = tempDir('quarry-sync-v1-');
    cpSync(FOLDER_V1, folder, { recursive: true });
    const desk = await testComputer('Desk-PC');
    await desk.call('importFiles', { files: [{ name: 'greenhouse.html', contentBase64: greenhousePage().toString('base64') }] });
    await desk.call('addJob', { title: 'Data Engineer', company: 'Acme', url: 'https://jobs.example.com/data-engineer' });
    await desk.call('turnOnSync', { folder, computerName: 'Desk-PC' });
    const status = await desk.call('syncNow');
    expect(status.warnings).toEqual([]);
    expect(status.computers.map((computer) => computer.name)).toEqual(['Laptop']);

    const board = await desk.call('getBoard');
    expect(board.cards).toHaveLength(2);
    const applied = board.columns.find((column) => column.key === 'applied')!;
    const dataEngineer = board.cards.find((card) => card.title === 'Data Engineer')!;
    expect(dataEngineer.columnId).toBe(applied.id);
    const detail = await desk.call('getJobDetail', { id: dataEngineer.id });
    expect(detail.stages.map((stage) => stage.title)).toEqual(['Recruiter call']);
    expect(detail.notes).toBe('Ask about the team');
    expect(detail.contacts.map((contact) => [contact.name, contact.email])).toEqual([['Ada Byron', 'Ada@Example.com']]);
    expect(detail.documents.map((document) => [document.fileName, document.versionLabel])).toEqual([['CV.pdf', 'v3']]);
    expect(detail.history.map((change) => change.to)).toEqual(['Saved', 'Applied']);
    expect((await desk.call('getSettings')).followUpDays).toBe(10);

    const imported = board.cards.find((card) => card !== dataEngineer)!;
    const importedDetail = await desk.call('getJobDetail', { id: imported.id });
    expect(importedDetail.sourceFileName).toBe('greenhouse.html');
    expect(new Set(importedDetail.stages.map((stage) => stage.title)).size).toBe(importedDetail.stages.length);
  });
});
