import type { AppInfo } from '../../../src-shared/contract';
import type { Settings } from '../../../src-shared/domain/settings';
import type { CoreContext } from '../context';
import { schemaVersion } from '../db/database';
import { readSettings, writeSettings } from '../repos/settings-repo';

export function appInfo(ctx: CoreContext): AppInfo {
  return { version: ctx.version, dataDir: ctx.dataDir, schemaVersion: schemaVersion(ctx.db), host: ctx.host };
}

export const settingsOf = readSettings;

/** Stores the settings given and returns them all, as they now are. */
export function changeSettings(ctx: CoreContext, changes: Partial<Settings>): Settings {
  writeSettings(ctx.db, changes);
  return readSettings(ctx.db);
}
