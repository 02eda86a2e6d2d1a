import type { CoreContext, Platform } from '../context';
import { ImportRunner } from '../services/import-runner';
import { SyncService } from '../services/sync-service';
import { everyJobId } from '../services/jobs-service';
import { appHandlers } from './app';
import { backupsHandlers } from './backups';
import { boardHandlers } from './board';
import { columnsHandlers } from './columns';
import { documentsHandlers } from './documents';
import { historyHandlers } from './history';
import { peopleHandlers } from './people';
import { importHandlers } from './import';
import { portabilityHandlers } from './portability';
import { searchHandlers } from './search';
import { stagesHandlers } from './stages';
import { syncHandlers } from './sync';
import type { Change, HandlerDeps, Handlers } from './types';

export type { Change, Handler, Handlers } from './types';

/** Every call's handler, and what to do once a call has changed something. */
export interface CallTable {
  handlers: Handlers;
  /** Refreshes derived state (search, reminders) for the jobs a call changed, and tells the renderer to reload when it must. */
  apply: (change: Change) => void;
  /** This process's sync: the shells start it once their window can hear its events, and close it on quit. */
  sync: SyncService;
}

/** Binds every contract call to the domain that answers it. Arguments arrive already validated. */
export function createHandlers(
  ctx: CoreContext,
  platform: Platform,
  imports = new ImportRunner(ctx, platform),
  sync = new SyncService(ctx, platform),
): CallTable {
  const deps: HandlerDeps = { ctx, platform, imports, sync, db: () => ctx.db, clock: ctx.clock };
  return {
    handlers: {
      ...appHandlers(deps),
      ...boardHandlers(deps),
      ...columnsHandlers(deps),
      ...stagesHandlers(deps),
      ...searchHandlers(deps),
      ...importHandlers(deps),
      ...portabilityHandlers(deps),
      ...backupsHandlers(deps),
      ...historyHandlers(deps),
      ...documentsHandlers(deps),
      ...peopleHandlers(deps),
      ...syncHandlers(deps),
    },
    apply: ({ jobs, reload }) => {
      ctx.jobsChanged(jobs === 'all' ? everyJobId(ctx.db) : jobs);
      if (reload) platform.emit('dataChanged', { reason: reload });
    },
    sync,
  };
}
