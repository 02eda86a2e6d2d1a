import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openCore } from '../../src-main/core/open-core';
import type { CoreContext } from '../../src-main/core/context';
import { dispatch } from '../../src-main/core/dispatch';
import type { CallTable } from '../../src-main/core/handlers';
import type { CallName, CallValue } from '../../src-shared/contract';

const cleanups: (() => void | Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** A fresh data folder, removed after the test. */
export function tempDir(prefix = 'quarry-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fixed clock that can be advanced, so timestamps in assertions are exact. */
export function fakeClock(start = '2026-11-24T09:00:00.000Z') {
  let now = new Date(start).getTime();
  const clock = () => new Date(now);
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

export async function testCore(options: Partial<Pick<CoreContext, 'clock'>> = {}): Promise<CoreContext> {
  const core = await openCore({ dataDir: tempDir(), host: 'cli', version: '0.0.0-test', clock: options.clock ?? fakeClock() });
  cleanups.push(() => core.close());
  return core;
}

/** Calls handlers through the contract (validation included), throwing `code: message` on a failed call. */
export function createCaller(calls: CallTable) {
  return async <N extends CallName>(name: N, args: unknown): Promise<CallValue<N>> => {
    const result = await dispatch(calls, name, args);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as CallValue<N>;
  };
}
