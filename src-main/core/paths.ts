import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Quarry';

/**
 * Where Electron keeps per-user application data on each platform
 * (`app.getPath('appData')`), computed without Electron so the CLI and the
 * browser host find the same folder as the desktop app.
 */
export function platformAppDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

/** `QUARRY_DATA_DIR` wins; otherwise the app's folder inside the platform's app-data folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, appDataDir = platformAppDataDir(env)): string {
  const override = env.QUARRY_DATA_DIR?.trim();
  return override ? override : join(appDataDir, APP_NAME);
}
