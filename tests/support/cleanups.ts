/**
 * What tests leave to undo (data folders, open databases), undone after each test
 * by tests/support/after-each.ts. The hook lives in a setup file, not here: with
 * `isolate: false` (mutation testing) a module is loaded once per worker, so a hook
 * registered at its top level would belong to the first test file alone.
 */
const cleanups: (() => void | Promise<void>)[] = [];

export function afterThisTest(cleanup: () => void | Promise<void>): void {
  cleanups.push(cleanup);
}

export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()?.();
}
