import type { CallName, CallValue, ParsedArgs } from '../../src-shared/contract';
import { schemaVersion } from './db/database';
import type { CoreContext } from './context';
import { addJob, getBoard, getJobRecord } from './services/jobs-service';

export type Handlers = {
  [N in CallName]: (args: ParsedArgs<N>) => CallValue<N> | Promise<CallValue<N>>;
};

/** Binds every contract call to the service that answers it. Arguments arrive already validated. */
export function createHandlers(ctx: CoreContext): Handlers {
  const { db, clock } = ctx;
  return {
    getAppInfo: () => ({ version: ctx.version, dataDir: ctx.dataDir, schemaVersion: schemaVersion(db), host: ctx.host }),
    getBoard: () => getBoard(db),
    getJob: ({ id }) => getJobRecord(db, id),
    addJob: (job) => addJob(db, job, clock),
  };
}
