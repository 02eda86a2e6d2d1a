import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { contract } from '../../../src-shared/contract';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src-main/core/handlers';
import { addJob } from '../../../src-main/core/services/jobs-service';
import { MAX_DOCUMENT_BYTES } from '../../../src-shared/domain/documents';
import { afterThisTest } from '../../support/cleanups';
import { createCaller, fakeClock, tempDir, testCore } from '../../support/helpers';

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const RESUME = Buffer.from('%PDF-1.7\nJane Doe, backend engineer\n%%EOF\n');

async function setup(openFile?: (path: string) => Promise<void>) {
  const clock = fakeClock('2026-03-03T15:00:00.000Z');
  const core = await testCore({ clock });
  const call = createCaller(createHandlers(core, { emit: () => undefined, ...(openFile ? { openFile } : {}) }));
  const [first, second] = ['Backend Engineer', 'Platform Engineer'].map(
    (title) => addJob(core.db, { title, company: 'Acme' }, clock).id,
  );
  const countRows = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { ...core, call, first: first!, second: second!, countRows };
}

describe('documents sent with applications (#15 item 1)', () => {
  it('stores the same résumé once for two jobs, and lists it with both', async () => {
    const { call, first, second, countRows } = await setup();
    const attached = await call('attachDocument', {
      jobId: first,
      fileName: 'Jane Doe CV.pdf',
      contentBase64: base64(RESUME),
      kind: 'resume',
      versionLabel: 'v3',
    });
    expect(attached).toEqual({
      id: attached.id,
      fileName: 'Jane Doe CV.pdf',
      kind: 'resume',
      versionLabel: 'v3',
      byteSize: RESUME.length,
      attachedAt: '2026-03-03T15:00:00.000Z',
    });
    const again = await call('attachDocument', {
      jobId: second,
      fileName: 'cv-copy.pdf',
      contentBase64: base64(RESUME),
      kind: 'other',
      versionLabel: null,
    });
    expect(again.id).toBe(attached.id);
    expect(again.fileName).toBe('Jane Doe CV.pdf');
    expect(countRows('documents')).toBe(1);
    const [listed] = await call('listDocuments', undefined);
    expect(listed!.jobs.map((job) => job.id).sort()).toEqual([first, second].sort());
    expect(listed!.mediaType).toBe('application/pdf');
    expect((await call('getJobDetail', { id: second })).documents.map((document) => document.fileName)).toEqual([
      'Jane Doe CV.pdf',
    ]);
    const content = await call('getDocumentContent', { id: attached.id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(RESUME)).toBe(true);
  });

  it('refuses an empty, an oversized or a foreign file with a clear message, and stores nothing', async () => {
    const { call, first, countRows } = await setup();
    const attach = (fileName: string, content: Buffer) =>
      call('attachDocument', { jobId: first, fileName, contentBase64: base64(content), kind: 'other', versionLabel: null });
    await expect(attach('empty.pdf', Buffer.alloc(0))).rejects.toThrow(
      'invalid_argument: empty.pdf is empty: there is nothing to attach.',
    );
    await expect(attach('huge.pdf', Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 1))).rejects.toThrow(
      'invalid_argument: huge.pdf is 20.0 MB; a document can be at most 20.0 MB.',
    );
    await expect(attach('photo.jpg', Buffer.from('x'))).rejects.toThrow(
      /photo\.jpg is not a document Quarry keeps: attach a PDF, DOCX, ODT, TXT or MD file\./u,
    );
    await expect(
      call('attachDocument', { jobId: 999, fileName: 'a.pdf', contentBase64: base64('x'), kind: 'other', versionLabel: null }),
    ).rejects.toThrow('not_found: There is no job with id 999.');
    expect(countRows('documents')).toBe(0);
    expect(countRows('job_documents')).toBe(0);
  });

  it('keeps a document when a job that used it is deleted, and deletes only one no job holds', async () => {
    const { call, first, second } = await setup();
    const { id } = await call('attachDocument', {
      jobId: first,
      fileName: 'cover.md',
      contentBase64: base64('Dear Acme'),
      kind: 'cover_letter',
      versionLabel: null,
    });
    await call('attachStoredDocument', { jobId: second, documentId: id });
    await call('deleteJob', { id: first });
    const [listed] = await call('listDocuments', undefined);
    expect(listed!.jobs.map((job) => job.id)).toEqual([second]);
    await expect(call('deleteDocument', { id })).rejects.toThrow(
      'conflict: This document is attached to 2 jobs: detach it first.',
    );
    await call('detachDocument', { jobId: second, documentId: id });
    await call('restoreJob', { id: first });
    expect((await call('getJobDetail', { id: first })).documents).toHaveLength(1);
    await call('detachDocument', { jobId: first, documentId: id });
    await call('deleteDocument', { id });
    expect(await call('listDocuments', undefined)).toEqual([]);
    await expect(call('detachDocument', { jobId: first, documentId: id })).rejects.toThrow(/^not_found:/u);
  });

  it('makes document names and the words of text files searchable', async () => {
    const { call, first, second, search } = await setup();
    await call('attachDocument', {
      jobId: first,
      fileName: 'portfolio-kubernetes.pdf',
      contentBase64: base64(RESUME),
      kind: 'portfolio',
      versionLabel: null,
    });
    await call('attachDocument', {
      jobId: second,
      fileName: 'letter.txt',
      contentBase64: base64('I led the migration to Cassandra.'),
      kind: 'cover_letter',
      versionLabel: 'German',
    });
    expect(
      search()
        .search('kubernetes', 10)
        .map((hit) => hit.id),
    ).toEqual([first]);
    expect(
      search()
        .search('cassandra', 10)
        .map((hit) => hit.id),
    ).toEqual([second]);
    expect(
      search()
        .search('german', 10)
        .map((hit) => hit.id),
    ).toEqual([second]);
  });

  it('relabels a document for every job that holds it', async () => {
    const { call, first } = await setup();
    const { id } = await call('attachDocument', {
      jobId: first,
      fileName: 'cv.pdf',
      contentBase64: base64(RESUME),
      kind: 'other',
      versionLabel: null,
    });
    expect(await call('updateDocument', { id, kind: 'resume', versionLabel: 'v4' })).toMatchObject({
      kind: 'resume',
      versionLabel: 'v4',
    });
    expect((await call('getJobDetail', { id: first })).documents[0]).toMatchObject({ kind: 'resume', versionLabel: 'v4' });
  });

  it('travels in a JSON export and comes back byte for byte', async () => {
    const { call, first } = await setup();
    const binary = Buffer.from([0, 1, 2, 255, 254, 10, 13, 0x25]);
    await call('attachDocument', {
      jobId: first,
      fileName: 'offer.odt',
      contentBase64: base64(binary),
      kind: 'offer_letter',
      versionLabel: null,
    });
    const exported = await call('exportData', { format: 'json' });
    const fresh = createCaller(createHandlers(await testCore(), { emit: () => undefined }));
    await fresh('importQuarryExport', { contentBase64: base64(exported.content) });
    const [restored] = await fresh('listDocuments', undefined);
    expect(restored).toMatchObject({ fileName: 'offer.odt', kind: 'offer_letter', jobs: [{ id: first }] });
    expect(Buffer.from((await fresh('getDocumentContent', { id: restored!.id })).contentBase64, 'base64').equals(binary)).toBe(
      true,
    );
    expect((await fresh('exportData', { format: 'json' })).content.replace(/"exportedAt": "[^"]+"/u, '')).toBe(
      exported.content.replace(/"exportedAt": "[^"]+"/u, ''),
    );
  });

  it('opens a copy with the system viewer in the desktop app, and says to download elsewhere', async () => {
    const temporary = useTemporaryFolder();
    const opened: string[] = [];
    const { call, first } = await setup(async (path) => void opened.push(path));
    const { id } = await call('attachDocument', {
      jobId: first,
      fileName: 'a/b:cv.pdf',
      contentBase64: base64(RESUME),
      kind: 'resume',
      versionLabel: null,
    });
    expect(await call('openDocument', { id })).toBeNull();
    expect(opened[0]).toBe(join(temporary, 'quarry-documents', String(id), 'a_b_cv.pdf'));
    expect(readFileSync(opened[0]!).equals(RESUME)).toBe(true);
    const browser = await setup();
    const other = await browser.call('attachDocument', {
      jobId: browser.first,
      fileName: 'cv.pdf',
      contentBase64: base64(RESUME),
      kind: 'resume',
      versionLabel: null,
    });
    await expect(browser.call('openDocument', { id: other.id })).rejects.toThrow(/Only the desktop app opens documents/u);
  });
});

/** Points the system's temporary folder (where documents are copied to open) at a fresh one for this test. */
function useTemporaryFolder(): string {
  const folder = tempDir();
  vi.stubEnv('TMPDIR', folder);
  afterThisTest(() => void vi.unstubAllEnvs());
  return folder;
}

describe('documents: the edges', () => {
  const textOfStored = (db: Awaited<ReturnType<typeof setup>>['db']) =>
    db.prepare('SELECT file_name AS fileName, text FROM documents ORDER BY id').all();

  it('keeps the words of a UTF-8 text file without its byte-order mark, and of any other text file none', async () => {
    const { call, first, db } = await setup();
    const attach = (fileName: string, bytes: Buffer) =>
      call('attachDocument', { jobId: first, fileName, contentBase64: base64(bytes), kind: 'other', versionLabel: null });
    await attach('bom.txt', Buffer.from('\uFEFFNotes on Acme', 'utf8'));
    await attach('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x41, 0x63, 0x6d, 0x65]));
    expect(textOfStored(db)).toEqual([
      { fileName: 'bom.txt', text: 'Notes on Acme' },
      { fileName: 'latin1.txt', text: null },
    ]);
  });

  it('says which document it cannot find, and whether a job still holds one it is asked to delete', async () => {
    const { call, first, second } = await setup();
    await expect(call('attachStoredDocument', { jobId: first, documentId: 999 })).rejects.toThrow(
      /^not_found: There is no document 999\.$/u,
    );
    await expect(call('deleteDocument', { id: 999 })).rejects.toThrow(/^not_found: There is no document 999\.$/u);
    const attach = (fileName: string) =>
      call('attachDocument', { jobId: second, fileName, contentBase64: base64(fileName), kind: 'other', versionLabel: null });
    const { id } = await attach('one.md');
    const { id: other } = await attach('two.md');
    await expect(call('deleteDocument', { id })).rejects.toThrow(
      /^conflict: This document is attached to a job: detach it first\.$/u,
    );
    // Relabelling answers with the document relabelled, whichever the list shows first.
    for (const [document, fileName] of [
      [id, 'one.md'],
      [other, 'two.md'],
    ] as const) {
      expect(await call('updateDocument', { id: document, kind: 'resume', versionLabel: 'v2' })).toMatchObject({
        id: document,
        fileName,
      });
    }
  });

  it('opens a file whose name holds control characters or spaces under a name every system accepts', async () => {
    const temporary = useTemporaryFolder();
    const opened: string[] = [];
    const { call, first } = await setup(async (path) => void opened.push(path));
    await expect(call('openDocument', { id: 999 })).rejects.toThrow(/^not_found: There is no document 999\.$/u);
    const { id } = await call('attachDocument', {
      jobId: first,
      fileName: 'my cv\u0007final?.pdf',
      contentBase64: base64(RESUME),
      kind: 'resume',
      versionLabel: null,
    });
    await call('openDocument', { id });
    expect(opened).toEqual([join(temporary, 'quarry-documents', String(id), 'my cv_final_.pdf')]);
  });

  it('says why a copy to open could not be written, and opens nothing', async () => {
    const folder = useTemporaryFolder();
    writeFileSync(join(folder, 'quarry-documents'), 'a file where the folder of copies goes');
    const opened: string[] = [];
    const { call, first } = await setup(async (path) => void opened.push(path));
    const { id } = await call('attachDocument', {
      jobId: first,
      fileName: 'cv.pdf',
      contentBase64: base64(RESUME),
      kind: 'resume',
      versionLabel: null,
    });
    await expect(call('openDocument', { id })).rejects.toThrow(/^storage: Could not copy cv\.pdf to open it: /u);
    expect(opened).toEqual([]);
  });

  it('says a full disk stopped an attachment, and keeps none of it', async () => {
    const { call, first, db, countRows } = await setup();
    db.exec('VACUUM');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    await expect(
      call('attachDocument', {
        jobId: first,
        fileName: 'portfolio.pdf',
        contentBase64: base64(Buffer.alloc(200_000, 0x25)),
        kind: 'portfolio',
        versionLabel: null,
      }),
    ).rejects.toThrow(/^storage: Could not attach portfolio\.pdf: .*the disk is full/u);
    expect(countRows('documents')).toBe(0);
  });
});

describe('large files through the contract', () => {
  it('checks megabytes of base64 in one pass (valibot’s own pattern overflowed the stack at a few MB)', () => {
    const big = Buffer.alloc(30 * 1024 * 1024, 7).toString('base64');
    expect(v.safeParse(contract.importFiles.args, { files: [{ name: 'big.html', contentBase64: big }] }).success).toBe(true);
    const broken = v.safeParse(contract.importFiles.args, { files: [{ name: 'big.html', contentBase64: `${big.slice(1)}` }] });
    expect(broken.success).toBe(false);
    expect(broken.issues?.[0]?.message).toBe('file content must be base64 text');
  });
});
