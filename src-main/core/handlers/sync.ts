import { QuarryError } from '../../../src-shared/errors';
import type { DomainHandlers, HandlerDeps } from './types';

export function syncHandlers({ platform, sync }: HandlerDeps): DomainHandlers<'sync'> {
  return {
    getSyncStatus: { run: () => sync.status() },
    pickSyncFolder: {
      run: async () => {
        if (!platform.pickFolder) {
          throw new QuarryError('unsupported_file', 'There is no folder picker here: type the folder’s full path.');
        }
        return platform.pickFolder('Choose the folder Quarry syncs through');
      },
    },
    turnOnSync: { run: ({ folder, computerName }) => sync.turnOn(folder, computerName) },
    renameComputer: { run: ({ computerName }) => sync.rename(computerName) },
    turnOffSync: { run: () => sync.turnOff() },
    syncNow: { run: () => sync.syncNow() },
  };
}
