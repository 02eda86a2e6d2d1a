import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { QuarryError } from '../../../src-shared/errors';
import { SYNC_OFF, type RowMessage, type SyncComputer, type SyncStatus } from '../../../src-shared/domain/sync';
import type { CoreContext, Platform } from '../context';
import {
  countWaiting,
  fileProgress,
  forgetSyncState,
  hasOutbox,
  installCapture,
  readLocal,
  setFileProgress,
  writeLocal,
  type FileProgress,
} from '../repos/sync-repo';
import { applyMessages, flushOutbox, writeEverything, type SyncIo } from '../sync/engine';
import { HybridClock, latestReceivable, newComputerId } from '../sync/hlc';
import { CHECKSUM_LENGTH, decodeLines, SyncFolder } from '../sync/sync-folder';

export interface SyncTiming {
  /** A full pass this often, whatever the watcher says (network shares and some sync tools send no events). */
  pollMs: number;
  /** A change waits this long for the next before it is written out, so a burst is one append. */
  debounceMs: number;
  /** Watch the folder for other computers' files (fs.watch); polling runs either way. */
  watch: boolean;
  /** How often to look for changes another process made here (the CLI) and write them out; 0: never. */
  outboxMs: number;
}

export const DEFAULT_SYNC_TIMING: SyncTiming = { pollMs: 60_000, debounceMs: 400, watch: true, outboxMs: 2_000 };

const NAME_LIMIT = 60;

/**
 * Sync for one process (docs/SYNC.md): turned on with a folder and a name, it writes
 * this computer's changes into its own files there and applies the others', on start,
 * on a change in the folder, every minute and on demand. Every pass is synchronous
 * (SQLite and the files), so two never interleave.
 */
export class SyncService {
  #watcher: FSWatcher | undefined;
  #poll: ReturnType<typeof setInterval> | undefined;
  #outboxPoll: ReturnType<typeof setInterval> | undefined;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #clock: HybridClock | undefined;
  #problem: string | null = null;
  readonly #warnings = new Map<string, string>();
  #computers: SyncComputer[] = [];

  constructor(
    private readonly ctx: CoreContext,
    private readonly platform: Platform,
    private readonly timing: SyncTiming = DEFAULT_SYNC_TIMING,
  ) {
    ctx.onJobsChanged(() => this.changed());
  }

  private get folderPath(): string | undefined {
    return readLocal<string>(this.ctx.db, 'folder');
  }

  status(): SyncStatus {
    const folder = this.folderPath;
    if (!folder) return SYNC_OFF;
    // Changes held back as dated too far ahead have their own warning (set by the pass).
    const waiting = countWaiting(this.ctx.db, latestReceivable(Date.now()));
    const warnings = [...this.#warnings.values()];
    if (waiting > 0)
      warnings.push(
        `${waiting} ${waiting === 1 ? 'change waits' : 'changes wait'} for a file or a job that has not arrived yet.`,
      );
    return {
      enabled: true,
      folder,
      computerId: readLocal<string>(this.ctx.db, 'computerId') ?? null,
      computerName: readLocal<string>(this.ctx.db, 'computerName') ?? null,
      lastSyncedAt: readLocal<string>(this.ctx.db, 'lastSyncedAt') ?? null,
      computers: this.#computers,
      problem: this.#problem,
      warnings,
    };
  }

  /** At start-up: if sync is on, capture again (a migration may have added columns) and run a pass. */
  start(): void {
    if (!this.folderPath) return;
    installCapture(this.ctx.db);
    this.#arm();
    this.syncNow();
  }

  /** Turns sync on: this computer writes everything it has, then reads what the others wrote (the first sync). */
  turnOn(folder: string, computerName: string): SyncStatus {
    const path = resolve(folder);
    if (!isAbsolute(folder)) throw new QuarryError('invalid_argument', 'Choose the sync folder by its full path.');
    if (!existsSync(path) || !statSync(path).isDirectory()) {
      throw new QuarryError('not_found', `There is no folder ${path}. Create it (or let your sync tool create it) first.`);
    }
    const inside = relative(this.ctx.dataDir, path);
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
      throw new QuarryError('invalid_argument', 'The sync folder cannot be inside Quarry’s own data folder.');
    }
    const name = this.#checkedName(computerName);
    const db = this.ctx.db;
    if (this.folderPath) this.turnOff();
    // The same id as last time, if sync was on here before: the others then show one "Laptop", not two.
    const computerId = readLocal<string>(db, 'computerId') ?? newComputerId();
    const io = this.#io(path, computerId, name);
    try {
      io.folder.ensureReachable();
      db.transaction(() => {
        writeLocal(db, 'folder', path);
        writeLocal(db, 'computerId', computerId);
        writeLocal(db, 'computerName', name);
        installCapture(db);
      })();
      writeEverything(db, io, computerId);
    } catch (error) {
      forgetSyncState(db);
      throw new QuarryError('storage', `Sync could not start: ${describeFailure(error, path)}`);
    }
    this.#arm();
    return this.syncNow();
  }

  turnOff(): SyncStatus {
    this.#disarm();
    forgetSyncState(this.ctx.db);
    this.#clock = undefined;
    this.#problem = null;
    this.#warnings.clear();
    this.#computers = [];
    return this.#announce();
  }

  rename(computerName: string): SyncStatus {
    const folder = this.folderPath;
    if (!folder) throw new QuarryError('conflict', 'Sync is off: turn it on first.');
    writeLocal(this.ctx.db, 'computerName', this.#checkedName(computerName));
    return this.syncNow();
  }

  #checkedName(computerName: string): string {
    const name = computerName.trim().replace(/\s+/gu, ' ');
    if (name === '') throw new QuarryError('invalid_argument', 'Give this computer a name the others will show, like “Laptop”.');
    if (name.length > NAME_LIMIT)
      throw new QuarryError('invalid_argument', `A computer’s name can be at most ${NAME_LIMIT} characters.`);
    return name;
  }

  #io(folder: string, computerId: string, computerName: string): SyncIo {
    if (!this.#clock) this.#clock = new HybridClock(computerId, readLocal<string>(this.ctx.db, 'clock'));
    return { folder: new SyncFolder(folder, computerId), clock: this.#clock, computerName, now: this.ctx.clock };
  }

  /** A change was made here: write it out soon (a burst of changes is one append). */
  changed(): void {
    if (this.timing.debounceMs < 0 || !this.#isOn()) return;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#quietly(() => this.flush()), this.timing.debounceMs).unref();
  }

  #isOn(): boolean {
    try {
      return this.folderPath !== undefined;
    } catch {
      // The database is being swapped (a restore): the next pass will look again.
      return false;
    }
  }

  /** Writes this computer's pending changes to its files. */
  flush(): SyncStatus {
    const io = this.#currentIo();
    if (!io || !hasOutbox(this.ctx.db)) return this.status();
    return this.#guard(() => {
      this.#reachCorner(io);
      flushOutbox(this.ctx.db, io);
    });
  }

  /**
   * This computer's corner gone while sync is on (tidied away by hand): everything is written
   * again, so a computer that joins later still finds every row, not only the changes from now.
   */
  #reachCorner(io: SyncIo): void {
    if (io.folder.ensureReachable()) writeEverything(this.ctx.db, io, io.folder.computerId);
  }

  #currentIo(): SyncIo | undefined {
    const db = this.ctx.db;
    const folder = this.folderPath;
    const computerId = readLocal<string>(db, 'computerId');
    const name = readLocal<string>(db, 'computerName');
    return folder && computerId && name ? this.#io(folder, computerId, name) : undefined;
  }

  /** One full pass: write what is pending here, then read and apply what the others wrote. */
  syncNow(): SyncStatus {
    const io = this.#currentIo();
    if (!io) return this.status();
    return this.#guard(() => {
      const db = this.ctx.db;
      this.#reachCorner(io);
      flushOutbox(db, io);
      const { messages, progress, computers } = this.#readOthers(io.folder);
      this.#computers = computers;
      const applied = applyMessages(db, io, messages, () => {
        for (const [path, fileProgress] of progress) setFileProgress(db, path, fileProgress);
        writeLocal(db, 'lastSyncedAt', this.ctx.clock().toISOString());
      });
      if (applied.fromTheFuture > 0) {
        this.#warnings.set(
          'future',
          `${applied.fromTheFuture} ${applied.fromTheFuture === 1 ? 'change is' : 'changes are'} dated more than a week ahead of this computer’s clock; one of the clocks is wrong. They will apply when the time comes.`,
        );
      } else {
        this.#warnings.delete('future');
      }
      io.folder.describeSelf(io.computerName, this.ctx.clock());
      if (applied.rows > 0) {
        this.ctx.jobsChanged(applied.jobs);
        this.platform.emit('dataChanged', { reason: 'sync' });
      }
    });
  }

  #readOthers(folder: SyncFolder): {
    messages: RowMessage[];
    progress: [string, FileProgress][];
    computers: SyncComputer[];
  } {
    const messages: RowMessage[] = [];
    const progress: [string, FileProgress][] = [];
    const computers: SyncComputer[] = [];
    for (const { computer, problem } of folder.otherComputers()) {
      if (problem) this.#warnings.set(computer.id, problem);
      else this.#warnings.delete(computer.id);
      for (const path of folder.messageFiles(computer.id)) {
        const read = this.#readNewLines(folder, computer.name, path);
        if (!read) continue;
        messages.push(...read.messages);
        progress.push([path, read.progress]);
      }
      const waiting = Object.entries(computer.files).some(
        ([file, announced]) => folder.sizeOf(join(computer.id, 'messages', file)) < announced,
      );
      computers.push({ id: computer.id, name: computer.name, wroteAt: computer.wroteAt || null, waiting });
    }
    return { messages, progress, computers };
  }

  /** What another computer's file holds past the clean offset read last time, or nothing new. */
  #readNewLines(
    folder: SyncFolder,
    computerName: string,
    path: string,
  ): { messages: RowMessage[]; progress: FileProgress } | undefined {
    const size = folder.sizeOf(path);
    if (size < 0) return undefined;
    const head = folder.readFrom(path, 0, Math.min(size, CHECKSUM_LENGTH)).toString('latin1');
    const known = fileProgress(this.ctx.db, path);
    // A file whose first line changed was rewritten, not appended to: read it again from the start.
    const same = known !== undefined && (known.head === null || known.head === head) && known.readTo <= size;
    if (same && known.size === size) return undefined;
    const start = same ? known.readTo : 0;
    const decoded = decodeLines(folder.readFrom(path, start, size));
    if (decoded.damaged.length > 0) {
      this.#warnings.set(
        path,
        `A line of ${computerName}’s file ${path} is damaged; Quarry skipped it and reads it again on every pass until it arrives whole.`,
      );
    } else {
      this.#warnings.delete(path);
    }
    // A damaged file is read again on every pass (size -1), from its last clean line.
    const progress = { size: decoded.damaged.length > 0 ? -1 : size, readTo: start + decoded.cleanBytes, head };
    return { messages: decoded.messages, progress };
  }

  /** Runs a pass; a folder gone or a full disk becomes the status's problem, never a lost change. */
  #guard(pass: () => void): SyncStatus {
    try {
      pass();
      this.#problem = null;
    } catch (error) {
      if (error instanceof QuarryError) throw error;
      this.#problem = describeFailure(error, this.folderPath ?? '');
    }
    return this.#announce();
  }

  #announce(): SyncStatus {
    const status = this.status();
    this.platform.emit('syncStatus', status);
    return status;
  }

  #arm(): void {
    this.#disarm();
    const folder = this.folderPath;
    if (!folder) return;
    // Timers never keep a process alive (the CLI ends when its work does).
    if (this.timing.pollMs > 0) this.#poll = setInterval(() => this.#quietly(() => this.syncNow()), this.timing.pollMs).unref();
    if (this.timing.outboxMs > 0) {
      this.#outboxPoll = setInterval(() => this.#quietly(() => this.flush()), this.timing.outboxMs).unref();
    }
    if (!this.timing.watch) return;
    try {
      this.#watcher = watch(folder, { recursive: true }, (_event, name) => {
        // This computer's own writes are not news.
        const own = readLocal<string>(this.ctx.db, 'computerId');
        if (own && typeof name === 'string' && name.startsWith(own)) return;
        clearTimeout(this.#debounce);
        this.#debounce = setTimeout(() => this.#quietly(() => this.syncNow()), Math.max(this.timing.debounceMs, 0)).unref();
      });
      this.#watcher.on('error', () => this.#watcher?.close());
    } catch {
      // A folder fs.watch cannot watch (some network shares): polling alone carries on.
      this.#watcher = undefined;
    }
  }

  /** A pass nobody waits for (a timer, the watcher): a database being swapped or closed is no news. */
  #quietly(pass: () => unknown): void {
    try {
      pass();
    } catch (error) {
      if (!(error instanceof QuarryError)) console.error('Quarry: a sync pass failed', error);
    }
  }

  #disarm(): void {
    clearInterval(this.#poll);
    clearInterval(this.#outboxPoll);
    clearTimeout(this.#debounce);
    this.#watcher?.close();
    this.#poll = undefined;
    this.#watcher = undefined;
  }

  /** Before the process ends: stop listening and write out what is pending. */
  close(): void {
    this.#disarm();
    if (this.#isOn()) this.flush();
  }
}

/** Why a pass could not finish, in words for the status line; the errno codes a sync folder meets. */
export function describeFailure(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return `the disk holding ${folder} is full. Nothing is lost: changes wait here until there is room.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `Quarry may not write in ${folder}.`;
  if (code === 'ENOENT') return `the sync folder ${folder} is not there.`;
  const message = (error as Error).message ?? String(error);
  return message.charAt(0).toLowerCase() + message.slice(1);
}
