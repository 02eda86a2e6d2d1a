import { createHash } from 'node:crypto';
import { truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  ImportFileError,
  loadSource,
  looksBinary,
  MAX_FILE_BYTES,
  processFile,
  textAsHtml,
} from '../../../src-main/core/import/pipeline';
import { NOT_A_SAVED_PAGE } from '../../../src-shared/domain/saved-page';
import { tempDir } from '../../support/helpers';

/** The whole pipeline for one file, from bytes to listings: its refusals, and what it reports of the file. */
const MODIFIED = new Date('2026-11-01T08:00:00Z');
const JOB =
  '<html><head><title>Platform Engineer - Acme</title></head><body><h1>Platform Engineer</h1><p>Join Acme.</p></body></html>';
const file = (fileName: string, content: string | Uint8Array) => ({
  fileName,
  bytes: typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content,
  modifiedAt: MODIFIED,
});
const refusal = (fileName: string, content: string | Uint8Array) => {
  try {
    processFile(file(fileName, content));
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    return (error as Error).message;
  }
  throw new Error(`${fileName} was imported`);
};

describe('what the pipeline refuses, and why', () => {
  it('refuses files that are no saved page, empty, or too large, before reading them', () => {
    expect(refusal('photo.png', JOB)).toBe(NOT_A_SAVED_PAGE);
    expect(refusal('job.html', '')).toBe('The file is empty.');
    expect(refusal('job.html', new Uint8Array(MAX_FILE_BYTES + 1))).toBe(
      'The file is larger than 50 MB; saved job pages are much smaller.',
    );
  });

  it('refuses binary files renamed to .html, but not UTF-16 pages or a stray control character', () => {
    const binary = Uint8Array.from({ length: 600 }, (_, index) => (index * 37) % 256);
    expect(refusal('job.html', binary)).toBe('The file is not text: it looks like a binary file renamed to .html.');
    const fewNulsManyControls = new Uint8Array(Buffer.from(`${JOB}\u0000\u0001\u0002\u0003\u0004\u0005`, 'latin1'));
    expect(refusal('job.html', fewNulsManyControls)).toMatch(/not text/u);
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const mark = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      const bytes = new Uint8Array([...mark, ...iconv.encode(JOB, encoding)]);
      expect(processFile(file('job.html', bytes)).listings[0]!.title).toBe('Platform Engineer');
    }
    for (const stray of ['\u0001\u0000', '\u0000\u0001\u0002\u0003\u0004']) {
      expect(processFile(file('job.html', `${JOB}${stray}`)).listings[0]!.title).toBe('Platform Engineer');
    }
  });

  it('takes a page of exactly 50 MB, and reads it for what it is', () => {
    expect(refusal('job.html', new Uint8Array(MAX_FILE_BYTES))).toBe('The file holds no HTML markup.');
  });

  it('counts as binary more than one control character in ten, or NULs among a few controls; tabs and line ends are text', () => {
    const sample = (controls: number, zeros = 0, filler = 0x61) =>
      Uint8Array.from({ length: 1000 }, (_, index) => (index < controls ? 0x01 : index < controls + zeros ? 0x00 : filler));
    expect(looksBinary(sample(100))).toBe(false);
    expect(looksBinary(sample(101))).toBe(true);
    expect(looksBinary(sample(5, 1))).toBe(true);
    expect(looksBinary(sample(4, 1))).toBe(false);
    expect(looksBinary(sample(5, 0))).toBe(false);
    expect(looksBinary(sample(5, 299))).toBe(true);
    expect(looksBinary(sample(5, 300))).toBe(false);
    expect(looksBinary(sample(0, 0, 0x09))).toBe(false);
    expect(looksBinary(sample(0, 0, 0x0d))).toBe(false);
    expect(looksBinary(sample(0, 0, 0x1f))).toBe(true);
    expect(looksBinary(sample(0, 0, 0x08))).toBe(true);
  });

  it('reads a UTF-16 page by its byte order mark even when its letters fill the high bytes with controls', () => {
    const russian = '<html><body><h1>Инженер-программист</h1><p>Мы ищем инженера в Москве.</p></body></html>';
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const mark = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      const bytes = new Uint8Array([...mark, ...iconv.encode(russian, encoding)]);
      expect(looksBinary(bytes.subarray(2)), encoding).toBe(true);
      expect(processFile(file('job.html', bytes)).listings[0]!.title, encoding).toBe('Инженер-программист');
    }
  });

  it('reads an archive by its name’s ending only, and markup that never closes a tag', () => {
    expect(processFile(file('job.mht.html', JOB)).listings[0]!.title).toBe('Platform Engineer');
    expect(processFile(file('job.html', '<h1>Platform Engineer<p>Join Acme today')).listings[0]!.title).toBe(
      'Platform Engineer Join Acme today',
    );
  });

  it('refuses a page whose jobs have no title, saying whether it held one job or a list', () => {
    const posting = (title: string) => ({
      '@type': 'JobPosting',
      title,
      hiringOrganization: { name: 'Acme' },
      description: 'We build.',
    });
    const page = (data: unknown) =>
      `<html><body><script type="application/ld+json">${JSON.stringify(data)}</script></body></html>`;
    expect(refusal('Downloads/job.html', page(posting(' ')))).toBe('No job found in job.html: the job on it has no title.');
    expect(refusal('jobs.html', page([posting(' '), posting('\t')]))).toBe(
      'No job found in jobs.html: it lists jobs, but none of its rows has a title Quarry can read.',
    );
    expect(
      processFile(file('jobs.html', page([posting('A'), posting(' '), posting('C')]))).listings.map((job) => job.title),
    ).toEqual(['A', 'C']);
  });

  it('refuses a page without markup, a broken archive, and a page without a job, naming the file', () => {
    expect(refusal('job.html', 'Just some words, no markup at all.')).toBe('The file holds no HTML markup.');
    expect(refusal('page.MHTML', 'From: someone\r\n\r\nnothing')).toBe(
      'Broken MHTML archive: MHTML file has no multipart boundary in its Content-Type header.',
    );
    expect(refusal('Downloads/blog.html', '<html><body><article><p>An essay.</p></article></body></html>')).toBe(
      'No job found in blog.html: it looks like an article.',
    );
  });
});

describe('what the pipeline reports of a file', () => {
  it('keeps the original bytes compressed, with their size, hash and encoding', () => {
    const parsed = processFile(file('job.html', JOB));
    const bytes = Buffer.from(JOB, 'utf8');
    expect(parsed).toMatchObject({
      fileName: 'job.html',
      byteSize: bytes.length,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      encoding: 'utf-8',
      kind: 'single',
      pageUrl: null,
    });
    expect(gunzipSync(parsed.compressed).equals(bytes)).toBe(true);
  });

  it('dates the page by what the saving tool wrote in it, else the archive, else the file', () => {
    expect(processFile(file('job.html', JOB)).savedAt).toEqual(MODIFIED);
    const singleFile = `<!--\n Page saved with SingleFile \n url: https://acme.example/jobs/7 \n saved date: Tue Nov 17 2026 09:30:00 GMT+0000 (Coordinated Universal Time)\n-->${JOB}`;
    const parsed = processFile(file('job.html', singleFile));
    expect(parsed.savedAt).toEqual(new Date('2026-11-17T09:30:00Z'));
    expect(parsed.pageUrl).toBe('https://acme.example/jobs/7');
    const archive = [
      'Snapshot-Content-Location: https://acme.example/jobs/8',
      'Date: Fri, 20 Nov 2026 10:00:00 -0000',
      'Content-Type: multipart/related; boundary="b"',
      '',
      '--b',
      'Content-Type: text/html',
      '',
      JOB,
      '--b--',
    ].join('\r\n');
    expect(processFile(file('job.mht', archive))).toMatchObject({
      savedAt: new Date('2026-11-20T10:00:00Z'),
      pageUrl: 'https://acme.example/jobs/8',
    });
  });

  it('normalises each job and drops the rows of a list without a title', () => {
    const table = (titles: string[]) =>
      `<html><body><table><tr><th>Role</th><th>Company</th><th>Salary</th></tr>${titles
        .map((title, index) => `<tr><td>${title}</td><td>Acme ${index}</td><td>$120,000 - $150,000</td></tr>`)
        .join('')}</table></body></html>`;
    const parsed = processFile(file('jobs.html', table(['Engineer 1', '', 'Engineer 3'])));
    expect(parsed.kind).toBe('list');
    expect(parsed.listings.map((listing) => [listing.title, listing.salary.min, listing.salary.max])).toEqual([
      ['Engineer 1', 120_000, 150_000],
      ['Engineer 3', 120_000, 150_000],
    ]);
  });

  it('reads a text or Markdown file as a page whose first line is the title', () => {
    const parsed = processFile(file('notes.txt', '\n\n# Staff Engineer at Initech\n\nRemote, full time.\nApply soon.\n'));
    expect(parsed.listings[0]).toMatchObject({
      title: 'Staff Engineer at Initech',
      descriptionText: expect.stringContaining('Remote'),
    });
  });
});

describe('textAsHtml', () => {
  it('makes the first line the title and each block a paragraph, with markup characters escaped', () => {
    expect(textAsHtml('\n  \n## Dev & <Ops>\nline one\nline two\n\n\n  second block  \n')).toBe(
      '<html><head><title>Dev &amp; &lt;Ops&gt;</title></head><body><main><h1>Dev &amp; &lt;Ops&gt;</h1>' +
        '<p>line one<br>line two</p><p>second block</p></main></body></html>',
    );
    expect(textAsHtml('Title only\r\n')).toBe(
      '<html><head><title>Title only</title></head><body><main><h1>Title only</h1></main></body></html>',
    );
    expect(textAsHtml(' \n\t\n')).toBe('<html><body></body></html>');
    const body = (text: string) => /<main>(.*)<\/main>/u.exec(textAsHtml(text))![1];
    expect(body('C# Developer\n\none\n  \ntwo\n\n  \n\nthree')).toBe('<h1>C# Developer</h1><p>one</p><p>two</p><p>three</p>');
    expect(body('#Hashtag jobs\nbody')).toBe('<h1>Hashtag jobs</h1><p>body</p>');
  });
});

describe('loadSource', () => {
  it('reads a path’s bytes, name and modification time, and passes bytes already read through', () => {
    const dir = tempDir();
    const path = join(dir, 'saved job.html');
    writeFileSync(path, JOB);
    utimesSync(path, MODIFIED, MODIFIED);
    const loaded = loadSource({ kind: 'path', path });
    expect(loaded.fileName).toBe('saved job.html');
    expect(Buffer.from(loaded.bytes).toString('utf8')).toBe(JOB);
    expect(loaded.modifiedAt).toEqual(MODIFIED);
    const given = { kind: 'file' as const, ...file('dropped.html', JOB) };
    expect(loadSource(given)).toBe(given);
  });

  it('refuses a file larger than 50 MB without reading it', () => {
    const path = join(tempDir(), 'huge.html');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES);
    expect(loadSource({ kind: 'path', path }).bytes).toHaveLength(MAX_FILE_BYTES);
    truncateSync(path, MAX_FILE_BYTES + 1);
    expect(() => loadSource({ kind: 'path', path })).toThrow(
      new ImportFileError('The file is larger than 50 MB; saved job pages are much smaller.'),
    );
  });
});
