import type { AppInfo } from '../../src-shared/contract';
import type { Db } from './db/database';
import type { Clock } from './services/jobs-service';

/** Everything a service call may depend on, built once per process. */
export interface CoreContext {
  db: Db;
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  clock: Clock;
}
