import type { CommandId } from '../domain/commands';
import type { ImportProgress, ImportReport } from '../domain/import-report';
import type { SyncStatus } from '../domain/sync';

/** A command chosen in the native menu, run by the renderer (src-shared/domain/commands.ts). */
export type MenuCommand = CommandId;

/** Messages the main side pushes to the renderer. */
export interface QuarryEvents {
  menuCommand: MenuCommand;
  /** Data changed behind the renderer's back (another window, the CLI, an import). */
  dataChanged: { reason: string };
  importProgress: ImportProgress;
  /** An import finished, whoever started it (menu, dialog, files opened with the app). */
  importFinished: ImportReport;
  /** Show this job (a reminder was clicked). */
  openJob: { jobId: number };
  /** Sync finished a pass, or its state changed. */
  syncStatus: SyncStatus;
}
export type EventName = keyof QuarryEvents;
export const EVENT_NAMES: readonly EventName[] = [
  'menuCommand',
  'dataChanged',
  'importProgress',
  'importFinished',
  'openJob',
  'syncStatus',
];

/** Channel names shared by preload and main. */
export const IPC_CALL_CHANNEL = 'quarry:call';
export const IPC_EVENT_CHANNEL = 'quarry:event';
