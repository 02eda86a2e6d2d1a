import type { CallName, CallValue, DOMAINS, ParsedArgs } from '../../../src-shared/contract';
import type { Clock, CoreContext, Platform } from '../context';
import type { ImportRunner } from '../services/import-runner';
import type { SyncService } from '../services/sync-service';

/** What a call changed, as its domain declares it; dispatch acts on it so no handler has to remember to. */
export interface Change {
  /** Jobs added, edited or removed (search and reminders refresh for them); 'all' when the data was replaced. */
  jobs: readonly number[] | 'all';
  /** Set when the renderer cannot tell from the result what changed and must reload what it shows. */
  reload?: 'import' | 'restore' | 'sync';
}

export interface Handler<N extends CallName> {
  run: (args: ParsedArgs<N>) => CallValue<N> | Promise<CallValue<N>>;
  /** The change a successful call made, read from its result and arguments; absent for calls that change no job. */
  changes?: (result: CallValue<N>, args: ParsedArgs<N>) => Change | null;
}

export type Handlers = { [N in CallName]: Handler<N> };

/** One domain's handlers: exactly the calls its contract file declares. */
export type DomainHandlers<D extends keyof typeof DOMAINS> = { [N in keyof (typeof DOMAINS)[D] & CallName]: Handler<N> };

export interface HandlerDeps {
  ctx: CoreContext;
  platform: Platform;
  imports: ImportRunner;
  sync: SyncService;
  /** Read on every call: restoring a backup swaps the connection. */
  db: () => CoreContext['db'];
  clock: Clock;
}

/** The change of a call that touched one job. */
export const oneJob = (id: number): Change => ({ jobs: [id] });
