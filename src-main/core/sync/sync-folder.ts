import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { DELETED, isDatasetName, specOf, type CellValue, type RowMessage } from '../../../src-shared/domain/sync';
import { isStamp } from './hlc';

/** A message file is closed and the next begun past this size, so an append never rewrites much. */
export const MESSAGE_FILE_LIMIT = 4 * 1024 * 1024;

const COMPUTER_FILE = 'computer.json';
const MESSAGES = 'messages';
const BLOBS = 'blobs';
const SHA256 = /^[0-9a-f]{64}$/u;

/** What a computer says about itself in its own folder. */
export interface ComputerFile {
  format: 1;
  id: string;
  name: string;
  wroteAt: string;
  /** Each message file's size as its writer last left it: a reader with less is still waiting for the rest. */
  files: Record<string, number>;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Hex digits of a line's checksum, before its first space. */
export const CHECKSUM_LENGTH = 16;

/** `<checksum> <json>`: a line whose checksum fails was damaged in transit. */
export function encodeLine(messages: readonly RowMessage[]): string {
  const json = JSON.stringify(messages.map((message) => [message.stamp, message.dataset, message.row, message.cells]));
  return `${sha256(json).slice(0, CHECKSUM_LENGTH)} ${json}\n`;
}

export interface DecodedLines {
  messages: RowMessage[];
  /** Bytes read up to the first damaged or unfinished line: the next read starts here. */
  cleanBytes: number;
  /** 1-based numbers (from the read's start) of lines that failed their checksum or shape. */
  damaged: number[];
}

/** Reads whole lines; a last line without its newline is a file still arriving and is left for later. */
export function decodeLines(bytes: Buffer): DecodedLines {
  const messages: RowMessage[] = [];
  const damaged: number[] = [];
  let start = 0;
  let cleanBytes = 0;
  let lineNumber = 0;
  for (let end = bytes.indexOf(10, start); end !== -1; end = bytes.indexOf(10, start)) {
    lineNumber += 1;
    const decoded = decodeLine(bytes.subarray(start, end).toString('utf8'));
    start = end + 1;
    if (decoded) {
      messages.push(...decoded);
      if (damaged.length === 0) cleanBytes = start;
    } else {
      damaged.push(lineNumber);
    }
  }
  return { messages, cleanBytes, damaged };
}

function decodeLine(line: string): RowMessage[] | null {
  // A line whose first space is not after the checksum fails the comparison below.
  const space = line.indexOf(' ');
  const json = line.slice(space + 1);
  if (sha256(json).slice(0, CHECKSUM_LENGTH) !== line.slice(0, space)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const messages: RowMessage[] = [];
  for (const entry of parsed as unknown[]) {
    const message = toMessage(entry);
    if (!message) return null;
    messages.push(message);
  }
  return messages;
}

/** A folder anyone can write to is read like any file from outside: known datasets, known columns, plain values. */
function toMessage(entry: unknown): RowMessage | null {
  if (!Array.isArray(entry) || entry.length !== 4) return null;
  const [stamp, dataset, row, cells] = entry as unknown[];
  if (!isStamp(stamp) || !isDatasetName(dataset) || typeof row !== 'string' || row === '' || row.length > 500) return null;
  if (typeof cells !== 'object' || cells === null || Array.isArray(cells)) return null;
  const columns = specOf(dataset).columns as readonly string[];
  const checked: Record<string, CellValue> = {};
  for (const [column, value] of Object.entries(cells)) {
    if (column !== DELETED && !columns.includes(column)) return null;
    if (!isCellValue(value)) return null;
    checked[column] = value;
  }
  return { stamp, dataset, row, cells: checked };
}

function isCellValue(value: unknown): value is CellValue {
  if (value === null || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 &&
    keys[0] === 'blob' &&
    typeof (value as { blob: unknown }).blob === 'string' &&
    SHA256.test((value as { blob: string }).blob)
  );
}

/** One computer's corner of the sync folder. */
export class SyncFolder {
  constructor(
    readonly root: string,
    readonly computerId: string,
  ) {}

  private dirOf(computerId: string): string {
    return join(this.root, computerId);
  }

  /** Throws a plain-words error when the folder is gone (an unplugged drive, a sync tool not running). */
  /** Checks the folder is there and makes this computer's corner; true when the corner had to be made. */
  ensureReachable(): boolean {
    if (!existsSync(this.root) || !statSync(this.root).isDirectory()) {
      throw new Error(`The sync folder ${this.root} is not there.`);
    }
    const made = mkdirSync(join(this.dirOf(this.computerId), MESSAGES), { recursive: true }) !== undefined;
    mkdirSync(join(this.dirOf(this.computerId), BLOBS), { recursive: true });
    return made;
  }

  /** Appends lines to this computer's newest message file and syncs them to disk before returning. */
  append(lines: readonly string[], name: string, now: Date): void {
    if (lines.length === 0) return;
    const dir = join(this.dirOf(this.computerId), MESSAGES);
    const current = this.ownFiles();
    let file = current.at(-1);
    if (!file || statSync(join(dir, file)).size >= MESSAGE_FILE_LIMIT) {
      file = `${String(current.length + 1).padStart(6, '0')}.jsonl`;
    }
    const descriptor = openSync(join(dir, file), 'a');
    try {
      writeSync(descriptor, lines.join(''));
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    this.describeSelf(name, now);
  }

  private ownFiles(): string[] {
    const dir = join(this.dirOf(this.computerId), MESSAGES);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((file) => /^\d{6}\.jsonl$/u.test(file))
          .sort()
      : [];
  }

  /** Rewrites computer.json (through a temporary file: a reader never sees half of it). */
  describeSelf(name: string, now: Date): void {
    const dir = this.dirOf(this.computerId);
    const files = Object.fromEntries(this.ownFiles().map((file) => [file, statSync(join(dir, MESSAGES, file)).size]));
    const description: ComputerFile = { format: 1, id: this.computerId, name, wroteAt: now.toISOString(), files };
    const temporary = join(dir, `.${COMPUTER_FILE}.tmp`);
    writeFileSync(temporary, JSON.stringify(description, null, 2));
    renameSync(temporary, join(dir, COMPUTER_FILE));
  }

  /** The other computers: every folder beside this one's that holds a readable computer.json. */
  otherComputers(): { computer: ComputerFile; problem: string | null }[] {
    const others: { computer: ComputerFile; problem: string | null }[] = [];
    for (const entry of readdirSync(this.root, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === this.computerId || entry.name.startsWith('.')) continue;
      const path = join(this.root, entry.name, COMPUTER_FILE);
      if (!existsSync(path)) continue;
      try {
        const computer = JSON.parse(readFileSync(path, 'utf8')) as ComputerFile;
        if (computer.id !== entry.name || typeof computer.name !== 'string') throw new Error('not a computer description');
        others.push({ computer, problem: null });
      } catch {
        // A description half copied: the folder is still read, under its id, and the next pass reads the name.
        others.push({
          computer: { format: 1, id: entry.name, name: entry.name, wroteAt: '', files: {} },
          problem: `${entry.name}/computer.json could not be read`,
        });
      }
    }
    return others;
  }

  /** Every message file of another computer, conflicted copies included (reading a message twice changes nothing). */
  messageFiles(computerId: string): string[] {
    const dir = join(this.dirOf(computerId), MESSAGES);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith('.jsonl'))
      .sort()
      .map((file) => join(computerId, MESSAGES, file));
  }

  /** Size of a file under the root, or -1 when it has gone. */
  sizeOf(relativePath: string): number {
    try {
      return statSync(join(this.root, relativePath)).size;
    } catch {
      return -1;
    }
  }

  /** The bytes of a file from `offset` to its current end. */
  readFrom(relativePath: string, offset: number, size: number): Buffer {
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    const descriptor = openSync(join(this.root, relativePath), 'r');
    try {
      let read = 0;
      while (read < buffer.length) {
        const count = readSync(descriptor, buffer, read, buffer.length - read, offset + read);
        if (count === 0) break;
        read += count;
      }
      return buffer.subarray(0, read);
    } finally {
      closeSync(descriptor);
    }
  }

  /** Stores a file once across all computers, named by its SHA-256. */
  putBlob(bytes: Buffer): string {
    const hash = sha256(bytes);
    if (this.blobPaths(hash).length > 0) return hash;
    const dir = join(this.dirOf(this.computerId), BLOBS);
    const temporary = join(dir, `.${hash}.tmp`);
    const descriptor = openSync(temporary, 'w');
    try {
      writeSync(descriptor, bytes);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, join(dir, hash));
    return hash;
  }

  private blobPaths(hash: string): string[] {
    return readdirSync(this.root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(this.root, entry.name, BLOBS, hash))
      .filter((path) => existsSync(path));
  }

  /** A blob's bytes, or undefined while no whole copy has arrived (each copy's hash is checked). */
  getBlob(hash: string): Buffer | undefined {
    for (const path of this.blobPaths(hash)) {
      const bytes = readFileSync(path);
      if (sha256(bytes) === hash) return bytes;
    }
    return undefined;
  }
}
