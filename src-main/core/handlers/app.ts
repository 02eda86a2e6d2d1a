import { appInfo, changeSettings, settingsOf } from '../services/settings-service';
import type { DomainHandlers, HandlerDeps } from './types';

export function appHandlers({ ctx, db }: HandlerDeps): DomainHandlers<'app'> {
  return {
    getAppInfo: { run: () => appInfo(ctx) },
    getSettings: { run: () => settingsOf(db()) },
    // Reminders depend on the offsets: no job changed, but the desktop app re-arms them.
    updateSettings: { run: (changes) => changeSettings(ctx, changes), changes: () => ({ jobs: [] }) },
  };
}
