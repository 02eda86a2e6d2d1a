import type { BackupInfo } from '../../../src-shared/domain/backups';
import type { DataSummary, ExportFormat, SpreadsheetPreview, SpreadsheetReport } from '../../../src-shared/domain/portability';
import type { DateOrder, SheetField } from '../../../src-shared/domain/spreadsheet';
import { call } from './api';
import { readAsBase64 } from './read-files';

/**
 * The user's data as a whole: exports, restoring one, spreadsheets, backups.
 * Whatever replaces the data makes the main process tell every window to
 * reload (`dataChanged`), so nothing here reloads the board itself.
 */
export const dataFolder = {
  /** Writes an export where the system's save dialog says (desktop app); null when the user cancels. */
  saveExport: (format: ExportFormat): Promise<{ path: string; bytes: number } | null> => call('saveExport', { format }),
  /** An export as text, for the page to download (browser host). */
  exportFile: (format: ExportFormat) => call('exportData', { format }),
  restoreExport: async (file: File, replace: boolean): Promise<DataSummary> =>
    call('importQuarryExport', { contentBase64: await readAsBase64(file), replace }),
  readSpreadsheet: async (file: File): Promise<SpreadsheetPreview> =>
    call('readSpreadsheet', { contentBase64: await readAsBase64(file) }),
  importSpreadsheet: (rows: string[][], mapping: SheetField[], dateOrder: DateOrder): Promise<SpreadsheetReport> =>
    call('importSpreadsheet', { rows, mapping, dateOrder }),
  listBackups: (): Promise<BackupInfo[]> => call('listBackups'),
  createBackup: (): Promise<BackupInfo> => call('createBackup'),
  restoreBackup: (name: string): Promise<BackupInfo> => call('restoreBackup', { name }),
};
