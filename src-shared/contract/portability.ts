import * as v from 'valibot';
import type { Insights } from '../domain/insights';
import { EXPORT_FORMATS, type DataSummary, type SpreadsheetPreview, type SpreadsheetReport } from '../domain/portability';
import { DATE_ORDERS, SHEET_FIELDS } from '../domain/spreadsheet';
import { call, fields, fileContent, isoInstant } from './schemas';

/** Insights, exports, restoring an export and spreadsheet import. */
export const portabilityCalls = {
  getInsights: call<Insights>()(
    fields({ from: v.optional(v.nullable(isoInstant), null), to: v.optional(v.nullable(isoInstant), null) }),
  ),
  /** The whole data folder as JSON (lossless) or one CSV row per job. */
  exportData: call<{ fileName: string; mimeType: string; content: string }>()(
    fields({ format: v.picklist(EXPORT_FORMATS, 'format must be json or csv') }),
  ),
  /**
   * Asks where to save (the desktop app's save dialog) and writes the export
   * there from the main process, so a large one never crosses to the page;
   * null when the user cancels.
   */
  saveExport: call<{ path: string; bytes: number } | null>()(
    fields({ format: v.picklist(EXPORT_FORMATS, 'format must be json or csv') }),
  ),
  /**
   * Restores a Quarry JSON export into this data folder: an empty one, or
   * with `replace`, in place of everything it holds (backed up first).
   */
  importQuarryExport: call<DataSummary>()(
    fields({ contentBase64: fileContent, replace: v.optional(v.boolean('replace must be true or false'), false) }),
  ),
  readSpreadsheet: call<SpreadsheetPreview>()(fields({ contentBase64: fileContent })),
  importSpreadsheet: call<SpreadsheetReport>()(
    fields({
      rows: v.pipe(
        v.array(
          v.pipe(
            v.array(v.pipe(v.string('cells must be text'), v.maxLength(20_000, 'a cell is longer than 20,000 characters'))),
            v.maxLength(200, 'a row has more than 200 cells'),
          ),
          'rows must be a list',
        ),
        v.minLength(1, 'there are no rows to import'),
        v.maxLength(5000, 'at most 5,000 rows at once'),
      ),
      mapping: v.pipe(v.array(v.picklist(SHEET_FIELDS, 'unknown field in the mapping')), v.maxLength(200)),
      /** How the file writes slashed dates, as the user confirmed it; decided from the dates when absent. */
      dateOrder: v.optional(v.picklist(DATE_ORDERS, 'dateOrder must be day-first or month-first')),
    }),
  ),
} as const;
