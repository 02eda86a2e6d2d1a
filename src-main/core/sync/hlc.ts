import { Timestamp, makeClock, makeClientId, setClock, type Clock } from '@actual-app/crdt';

/** A message dated further ahead than this is held back: the other computer's clock is wrong, not merely ahead. */
export const MAX_DRIFT_MS = 7 * 24 * 60 * 60 * 1000;

Timestamp.init({ maxDrift: MAX_DRIFT_MS });

/** A new computer's id: 16 hex digits, the node part of its timestamps. */
export const newComputerId = (): string => makeClientId().toUpperCase();

/**
 * This computer's hybrid logical clock, on @actual-app/crdt's Timestamp. The package
 * keeps one clock per process; each HybridClock swaps its own in around every use, so
 * several data folders (the tests' computers) can live in one process.
 */
export class HybridClock {
  readonly #clock: Clock;

  constructor(computerId: string, last?: string) {
    const parsed = last ? Timestamp.parse(last) : null;
    this.#clock = makeClock(parsed && parsed.node() === computerId ? parsed : new Timestamp(0, 0, computerId));
  }

  /** A new timestamp, later than every one this computer has made or received. */
  next(): string {
    setClock(this.#clock);
    return String(Timestamp.send());
  }

  /**
   * Moves the clock past a received timestamp. False when it cannot yet: the stamp is more
   * than MAX_DRIFT_MS ahead of this computer's time, or it is ahead and its millisecond's
   * counter is used up (a first sync from a computer whose clock runs ahead stamps tens of
   * thousands of rows in one millisecond). Both pass with time, so the message waits.
   */
  receive(stamp: string): boolean {
    const parsed = Timestamp.parse(stamp);
    if (!parsed) return false;
    setClock(this.#clock);
    try {
      Timestamp.recv(parsed);
      return true;
    } catch {
      // recv throws only ClockDriftError and OverflowError.
      return false;
    }
  }

  /** The last timestamp made or received, to be kept across restarts. */
  get last(): string {
    return String(this.#clock.timestamp);
  }
}

/**
 * A timestamp for a row as of `when` (the first sync stamps each row with the time it last
 * changed, so the later of two computers' versions of the same job wins). `counter` keeps
 * the stamps of rows changed in the same millisecond apart.
 */
export function stampAt(when: Date, counter: number, computerId: string): string {
  const millis = Number.isNaN(when.getTime()) ? 0 : when.getTime();
  return String(new Timestamp(millis + Math.floor(counter / 0x10000), counter % 0x10000, computerId));
}

/** The latest timestamp a clock would receive at `now`: anything after it is held back as from a wrong clock. */
export function latestReceivable(now: number): string {
  return String(new Timestamp(now + MAX_DRIFT_MS, 0xffff, 'FFFFFFFFFFFFFFFF'));
}

export function isStamp(value: unknown): value is string {
  return typeof value === 'string' && Timestamp.parse(value) !== null;
}
