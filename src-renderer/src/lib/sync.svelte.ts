import { SYNC_OFF, syncStatusLine, type SyncStatus } from '../../../src-shared/domain/sync';
import { call, subscribe } from './api';

/** Sync as the main side last reported it, and the one line the toolbar shows ("Synced 2 min ago"). */
class SyncState {
  #status = $state.raw<SyncStatus>(SYNC_OFF);
  // Ticks every half minute so "2 min ago" moves on by itself.
  #now = $state(new Date());
  #started = false;

  get status(): SyncStatus {
    return this.#status;
  }

  get line(): string | null {
    return syncStatusLine(this.#status, this.#now);
  }

  get now(): Date {
    return this.#now;
  }

  /** Loads the status and follows every pass; once per page. */
  start(): () => void {
    if (this.#started) return () => undefined;
    this.#started = true;
    void this.load();
    const timer = setInterval(() => (this.#now = new Date()), 30_000);
    const unsubscribe = subscribe('syncStatus', (status) => {
      this.#status = status;
      this.#now = new Date();
    });
    return () => {
      clearInterval(timer);
      unsubscribe();
      this.#started = false;
    };
  }

  async load(): Promise<void> {
    this.#status = await call('getSyncStatus');
    this.#now = new Date();
  }

  async turnOn(folder: string, computerName: string): Promise<void> {
    this.#status = await call('turnOnSync', { folder, computerName });
  }

  async rename(computerName: string): Promise<void> {
    this.#status = await call('renameComputer', { computerName });
  }

  async turnOff(): Promise<void> {
    this.#status = await call('turnOffSync');
  }

  async syncNow(): Promise<void> {
    this.#status = await call('syncNow');
    this.#now = new Date();
  }

  /** The system's folder picker (desktop only); null when cancelled. */
  pickFolder(): Promise<string | null> {
    return call('pickSyncFolder');
  }
}

export const sync = new SyncState();
