import { backUpNow, backupList, restoreWhileRunning } from '../services/backups-service';
import { refuseDuringImport } from './refuse-during-import';
import type { DomainHandlers, HandlerDeps } from './types';

export function backupsHandlers({ ctx, imports }: HandlerDeps): DomainHandlers<'backups'> {
  return {
    listBackups: { run: () => backupList(ctx) },
    createBackup: { run: () => backUpNow(ctx) },
    restoreBackup: {
      run: ({ name }) => {
        refuseDuringImport(imports, 'restore the backup');
        return restoreWhileRunning(ctx, name);
      },
      changes: () => ({ jobs: 'all', reload: 'restore' }),
    },
  };
}
