import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeBytes } from './decode';
import { parseHtml } from './dom';
import { extractJobs, pageUrlOf, savedDateOf } from './extract';
import { parseMhtml } from './mhtml';
import { repairMojibake } from './mojibake';
import { normaliseJob, type ExtractedListing } from './normalise';
import { isSavedPageName, NOT_A_SAVED_PAGE } from '../../../src-shared/domain/saved-page';

const PLAIN_TEXT = /\.(md|markdown|txt)$/iu;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A file as read from disk or received from the renderer. */
export interface SourceFile {
  fileName: string;
  bytes: Uint8Array;
  /** The file's modification time: the last resort for "when was this saved". */
  modifiedAt: Date;
}

/** Where a file comes from: a path on disk, or bytes the renderer read (drag-and-drop in the browser host). */
export type FileSource = { kind: 'path'; path: string } | ({ kind: 'file' } & SourceFile);

export interface ParsedFile {
  fileName: string;
  byteSize: number;
  /** The original bytes, gzip-compressed, kept so the listing can be re-extracted later. */
  compressed: Uint8Array;
  contentHash: string;
  encoding: string;
  savedAt: Date;
  pageUrl: string | null;
  /** A page that lists jobs is previewed before anything is stored; a single job imports at once. */
  kind: 'single' | 'list';
  listings: ExtractedListing[];
}

/** A file Quarry cannot import, with the reason in words a user understands. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const baseName = (fileName: string): string => fileName.split(/[\\/]/u).pop() ?? fileName;

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 1024);
  if (sample[0] === 0xff && sample[1] === 0xfe) return false;
  if (sample[0] === 0xfe && sample[1] === 0xff) return false;
  let zeros = 0;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) zeros++;
    else if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  // UTF-16 text has NULs in every other byte; binary files have them scattered with other controls.
  return controls > sample.length * 0.1 || (zeros > 0 && zeros < sample.length * 0.3 && controls > 4);
}

/**
 * read bytes -> decode -> parse -> extract -> normalise, for one file. Pure
 * apart from hashing: no disk, no database, so it can run in a worker.
 */
export function processFile(file: SourceFile): ParsedFile {
  if (!isSavedPageName(file.fileName)) {
    throw new ImportFileError(NOT_A_SAVED_PAGE);
  }
  if (file.bytes.length === 0) throw new ImportFileError('The file is empty.');
  if (file.bytes.length > MAX_FILE_BYTES) {
    throw new ImportFileError(`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; saved job pages are much smaller.`);
  }
  let htmlBytes = file.bytes;
  let transportCharset: string | null = null;
  let archiveDate: Date | null = null;
  let archiveUrl: string | null = null;
  if (/\.mht(ml)?$/iu.test(file.fileName)) {
    try {
      const page = parseMhtml(file.bytes);
      ({ html: htmlBytes, charset: transportCharset, savedAt: archiveDate, url: archiveUrl } = page);
    } catch (error) {
      throw new ImportFileError(`Broken MHTML archive: ${(error as Error).message}.`);
    }
  }
  if (looksBinary(htmlBytes)) throw new ImportFileError('The file is not text: it looks like a binary file renamed to .html.');
  const decoded = decodeBytes(htmlBytes, transportCharset);
  const text = repairMojibake(decoded.text);
  const plain = PLAIN_TEXT.test(file.fileName);
  if (!plain && !/<[a-z!]/iu.test(text)) throw new ImportFileError('The file holds no HTML markup.');
  const document = parseHtml(plain ? textAsHtml(text) : text);
  const savedAt = savedDateOf(document) ?? archiveDate ?? file.modifiedAt;
  const pageUrl = pageUrlOf(document, archiveUrl);
  const page = extractJobs({ document, source: text, pageUrl, savedAt });
  if (page.kind === 'none') {
    throw new ImportFileError(`No job found in ${baseName(file.fileName)}: it looks like ${page.looksLike}.`);
  }
  const listings = page.jobs
    .map((raw) => normaliseJob(raw, pageUrl, savedAt))
    .filter((listing): listing is ExtractedListing => listing !== null);
  if (listings.length === 0) {
    throw new ImportFileError(
      page.kind === 'list'
        ? `No job found in ${baseName(file.fileName)}: it lists jobs, but none of its rows has a title Quarry can read.`
        : `No job found in ${baseName(file.fileName)}: the job on it has no title.`,
    );
  }
  return {
    fileName: file.fileName,
    byteSize: file.bytes.length,
    compressed: gzipSync(file.bytes, { level: 6 }),
    contentHash: contentHash(file.bytes),
    encoding: decoded.encoding,
    savedAt,
    pageUrl,
    kind: page.kind,
    listings,
  };
}

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * A text or Markdown file as a page: its first line is the title, the rest
 * its paragraphs. Markdown job tables are read from the text itself.
 */
export function textAsHtml(text: string): string {
  const lines = text.split(/\r?\n/u);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return '<html><body></body></html>';
  const title = escapeHtml(lines[first]!.replace(/^#+\s*/u, '').trim());
  const paragraphs = lines
    .slice(first + 1)
    .join('\n')
    .split(/\n\s*\n/u)
    .filter((block) => block.trim() !== '')
    .map((block) => `<p>${escapeHtml(block.trim()).replace(/\n/gu, '<br>')}</p>`);
  return `<html><head><title>${title}</title></head><body><main><h1>${title}</h1>${paragraphs.join('')}</main></body></html>`;
}

/** Reads a source's bytes (in the worker, so the main thread never waits on the disk). */
export function loadSource(source: FileSource): SourceFile {
  if (source.kind === 'file') return source;
  const info = statSync(source.path);
  const fileName = basename(source.path);
  if (info.size > MAX_FILE_BYTES) {
    throw new ImportFileError(`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; saved job pages are much smaller.`);
  }
  return { fileName, bytes: new Uint8Array(readFileSync(source.path)), modifiedAt: info.mtime };
}
