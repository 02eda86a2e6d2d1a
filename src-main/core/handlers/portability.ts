import { QuarryError } from '../../../src-shared/errors';
import { exportFile, exportFileName, writeExportFile } from '../services/export-service';
import { insights } from '../services/insights-service';
import { restoreExportText } from '../services/restore-service';
import { importSpreadsheet, readSpreadsheet } from '../services/spreadsheet-service';
import { refuseDuringImport } from './refuse-during-import';
import type { DomainHandlers, HandlerDeps } from './types';

const fromBase64 = (content: string) => Buffer.from(content, 'base64');

export function portabilityHandlers({ ctx, platform, imports, db, clock }: HandlerDeps): DomainHandlers<'portability'> {
  return {
    getInsights: { run: (range) => insights(db(), clock, range) },
    exportData: { run: ({ format }) => exportFile(db(), clock, ctx.version, format) },
    saveExport: {
      run: async ({ format }) => {
        if (!platform.pickSavePath) {
          throw new QuarryError(
            'unsupported_file',
            'There is no system save dialog here: the export downloads in the page instead.',
          );
        }
        const path = await platform.pickSavePath(exportFileName(clock, format));
        // Exported once the user has chosen, so the file holds what they see at that moment.
        return path ? { path, bytes: writeExportFile(path, exportFile(db(), clock, ctx.version, format).content) } : null;
      },
    },
    importQuarryExport: {
      run: async ({ contentBase64, replace }) => {
        if (replace) refuseDuringImport(imports, 'replace your data');
        return restoreExportText(ctx, fromBase64(contentBase64).toString('utf8'), replace);
      },
      changes: () => ({ jobs: 'all', reload: 'restore' }),
    },
    readSpreadsheet: { run: ({ contentBase64 }) => readSpreadsheet(new Uint8Array(fromBase64(contentBase64))) },
    importSpreadsheet: {
      run: ({ rows, mapping, dateOrder }) => importSpreadsheet(db(), clock, rows, mapping, dateOrder),
      changes: (report) => ({
        jobs: report.rows.flatMap((row) => (row.status === 'imported' && row.jobId !== null ? [row.jobId] : [])),
        ...(report.imported > 0 ? { reload: 'import' as const } : {}),
      }),
    },
  };
}
