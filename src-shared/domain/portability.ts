import type { SheetField } from './spreadsheet';

/** How much data a folder holds (after an export is imported). */
export interface DataSummary {
  jobs: number;
  stages: number;
  files: number;
  contacts: number;
}

export interface SpreadsheetPreview {
  headers: string[];
  rows: string[][];
  suggested: SheetField[];
}

export interface SpreadsheetRowReport {
  /** The row's line in the file (the header is line 1). */
  line: number;
  status: 'imported' | 'duplicate' | 'failed';
  title: string | null;
  jobId: number | null;
  messages: string[];
}

export interface SpreadsheetReport {
  imported: number;
  duplicates: number;
  failed: number;
  rows: SpreadsheetRowReport[];
}

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
