import * as v from 'valibot';
import { contract, isCallName } from '../../src-shared/contract';
import { QuarryError, type CallResult } from '../../src-shared/errors';
import { isStorageFailure, toStorageError } from './db/storage-errors';
import type { CallTable, Change } from './handlers';

export type Logger = (message: string, error: unknown) => void;

const logToStderr: Logger = (message, error) => console.error(message, error);

interface AnyHandler {
  run: (args: unknown) => unknown;
  changes?: (result: unknown, args: unknown) => Change | null;
}

/**
 * The single door into the services, shared by Electron IPC and the browser
 * host: checks the call name, validates the argument against the contract,
 * runs the handler, applies the change its domain declares (search, reminders,
 * telling the renderer to reload) and turns every failure into a typed error
 * without a stack.
 */
export async function dispatch(
  table: CallTable,
  name: unknown,
  args: unknown,
  log: Logger = logToStderr,
): Promise<CallResult<unknown>> {
  if (!isCallName(name)) {
    return failure(new QuarryError('unknown_call', `Unknown call ${describe(name)}.`));
  }
  const parsed = v.safeParse(contract[name].args, args);
  if (!parsed.success) {
    return failure(new QuarryError('invalid_argument', `${name}: ${summariseIssues(parsed.issues)}`));
  }
  try {
    const handler = table.handlers[name] as unknown as AnyHandler;
    const value = await handler.run(parsed.output);
    const change = handler.changes?.(value, parsed.output);
    if (change) table.apply(change);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof QuarryError) return failure(error);
    if (isStorageFailure(error)) return failure(toStorageError(error, `${name} could not save`));
    log(`Quarry: ${name} failed`, error);
    return failure(new QuarryError('internal', `${name} failed unexpectedly. Details were written to the log.`));
  }
}

function failure(error: QuarryError): CallResult<never> {
  return { ok: false, error: error.toShape() };
}

function describe(name: unknown): string {
  if (typeof name !== 'string') return `(a ${name === null ? 'null' : typeof name}, not a name)`;
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
}

function summariseIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
