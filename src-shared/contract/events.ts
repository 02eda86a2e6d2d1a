import type { ImportProgress, ImportReport } from '../domain/import-report';

/** Messages the main side pushes to the renderer. */
export const MENU_COMMANDS = [
  'new-job',
  'find',
  'settings',
  'show-shortcuts',
  'export',
  'import-data',
  'show-board',
  'show-agenda',
  'show-insights',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface QuarryEvents {
  menuCommand: MenuCommand;
  /** Data changed behind the renderer's back (another window, the CLI, an import). */
  dataChanged: { reason: string };
  importProgress: ImportProgress;
  /** An import finished, whoever started it (menu, dialog, files opened with the app). */
  importFinished: ImportReport;
  /** Show this job (a reminder was clicked). */
  openJob: { jobId: number };
}
export type EventName = keyof QuarryEvents;
export const EVENT_NAMES: readonly EventName[] = ['menuCommand', 'dataChanged', 'importProgress', 'importFinished', 'openJob'];

/** Channel names shared by preload and main. */
export const IPC_CALL_CHANNEL = 'quarry:call';
export const IPC_EVENT_CHANNEL = 'quarry:event';
