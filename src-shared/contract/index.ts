/**
 * The one IPC contract. Every call the renderer can make is declared once, in
 * the file of its domain: its name, a runtime schema for its argument, and its
 * result type. The preload and the browser host expose exactly these names;
 * the main side validates each argument against the schema before any
 * service sees it.
 */
import type * as v from 'valibot';
import type { CallResult } from '../errors';
import { appCalls } from './app';
import { backupsCalls } from './backups';
import { boardCalls } from './board';
import { columnsCalls } from './columns';
import type { EventName, QuarryEvents } from './events';
import { documentsCalls } from './documents';
import { historyCalls } from './history';
import { peopleCalls } from './people';
import { importCalls } from './import';
import { portabilityCalls } from './portability';
import type { CallSpec } from './schemas';
import { searchCalls } from './search';
import { stagesCalls } from './stages';
import { syncCalls } from './sync';

export type { AppInfo } from './app';
export * from './events';
export type { CallSpec } from './schemas';

/** Every call, by domain; `domainOf` says which domain a call belongs to. */
export const DOMAINS = {
  app: appCalls,
  board: boardCalls,
  columns: columnsCalls,
  stages: stagesCalls,
  search: searchCalls,
  import: importCalls,
  portability: portabilityCalls,
  backups: backupsCalls,
  history: historyCalls,
  documents: documentsCalls,
  people: peopleCalls,
  sync: syncCalls,
} as const;

export const contract = {
  ...appCalls,
  ...boardCalls,
  ...columnsCalls,
  ...stagesCalls,
  ...searchCalls,
  ...importCalls,
  ...portabilityCalls,
  ...backupsCalls,
  ...historyCalls,
  ...documentsCalls,
  ...peopleCalls,
  ...syncCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallArgs<N extends CallName> = v.InferInput<Contract[N]['args']>;
export type ParsedArgs<N extends CallName> = v.InferOutput<Contract[N]['args']>;
export type CallValue<N extends CallName> = Contract[N] extends CallSpec<v.GenericSchema, infer Result> ? Result : never;

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export type ArgsTuple<N extends CallName> = undefined extends CallArgs<N> ? [args?: CallArgs<N>] : [args: CallArgs<N>];

/** What `window.quarry` is, in the Electron preload and in the browser host alike. */
export type QuarryBridge = {
  [N in CallName]: (...args: ArgsTuple<N>) => Promise<CallResult<CallValue<N>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: QuarryEvents[E]) => void): () => void;
};
