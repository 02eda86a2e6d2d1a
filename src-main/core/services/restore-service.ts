/** A JSON export back in: read and checked first, then restored into an empty data folder or in place of everything. */
import * as v from 'valibot';
import type { DataSummary } from '../../../src-shared/domain/portability';
import { QuarryError } from '../../../src-shared/errors';
import type { CoreContext } from '../context';
import type { Db } from '../db/database';
import { schemaVersion } from '../db/database';
import {
  clearTable,
  countRows,
  DATA_TABLE_NAMES,
  insertRows,
  listJobIds,
  tableColumns,
  type TableRow,
} from '../repos/portability-repo';
import { fillCompanyKeys } from '../repos/companies-repo';
import { sanitiseHtml } from '../import/sanitize';
import { forgetSyncState } from '../repos/sync-repo';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-service';

const cellSchema = v.union([v.string(), v.number(), v.null(), v.strictObject({ $base64: v.pipe(v.string(), v.base64()) })]);
const exportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  tables: v.record(v.string(), v.array(v.record(v.string(), cellSchema), 'each table must be a list of rows')),
});

export type ExportData = v.InferOutput<typeof exportSchema>;

/** Reads and checks an export without touching the data: valid JSON, a Quarry export, not from a newer Quarry, with a board. */
export function readExport(db: Db, text: string): ExportData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new QuarryError('unsupported_file', `This file is not valid JSON: ${(error as Error).message}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new QuarryError('unsupported_file', 'Not a Quarry export: choose a file made by Export everything (JSON).');
  }
  const result = v.safeParse(exportSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new QuarryError('unsupported_file', `Not a Quarry export${where ? ` (at ${where})` : ''}: ${issue.message}.`);
  }
  const data = result.output;
  if (data.formatVersion > EXPORT_FORMAT_VERSION || data.schemaVersion > schemaVersion(db)) {
    throw new QuarryError('unsupported_file', 'This export comes from a newer Quarry: update Quarry, then import it.');
  }
  const tables = withPeople(data.tables);
  const unknownTable = Object.keys(tables).find((table) => !(DATA_TABLE_NAMES as string[]).includes(table));
  if (unknownTable) throw new QuarryError('unsupported_file', `Not a Quarry export: unknown table “${unknownTable}”.`);
  if ((tables.board_columns ?? []).length === 0) {
    throw new QuarryError('unsupported_file', 'Not a Quarry export: it has no board columns.');
  }
  return { ...data, tables };
}

type ExportRow = ExportData['tables'][string][number];

/**
 * An export from before people (schema 9 and older) has per-job contacts:
 * they become people and their links to jobs, by migration 10's rule (one
 * person per email).
 */
export function withPeople(tables: ExportData['tables']): ExportData['tables'] {
  const { contacts, ...rest } = tables;
  if (!contacts) return tables;
  const companyOf = new Map((tables.jobs ?? []).map((job) => [job.id, job.company]));
  const firstWith = new Map<string, ExportRow>();
  const people: ExportRow[] = [];
  const links = new Map<string, ExportRow>();
  for (const contact of [...contacts].sort((a, b) => Number(a.id) - Number(b.id))) {
    const key = typeof contact.email === 'string' ? contact.email.toLowerCase() : `contact ${String(contact.id)}`;
    let person = firstWith.get(key);
    if (!person) {
      person = {
        id: contact.id ?? null,
        name: contact.name ?? '',
        role: contact.role ?? null,
        company: companyOf.get(contact.job_id ?? null) ?? null,
        email: contact.email ?? null,
        link: contact.link ?? null,
        created_at: contact.created_at ?? null,
        updated_at: contact.created_at ?? null,
      };
      firstWith.set(key, person);
      people.push(person);
    } else if (String(contact.created_at) > String(person.updated_at)) {
      person.updated_at = contact.created_at ?? null;
    }
    const link = `${String(contact.job_id)} ${String(person.id)}`;
    if (!links.has(link))
      links.set(link, { job_id: contact.job_id ?? null, person_id: person.id ?? null, added_at: contact.created_at ?? null });
  }
  return { ...rest, people, job_people: [...links.values()] };
}

/**
 * Restores an export, ids and all, so the state is the same as where it was
 * exported. Into an empty data folder only, so two histories never mix,
 * unless `replace` is set: then what the folder held is replaced (the caller
 * backs it up first). One transaction either way: a bad row leaves the data
 * as it was.
 */
export function restoreExport(db: Db, data: ExportData, { replace = false } = {}): DataSummary {
  const held = countRows(db, 'jobs');
  if (!replace && (held > 0 || countRows(db, 'imports') > 0)) {
    const live = listJobIds(db, false).length;
    const what =
      live > 0
        ? 'Quarry already has jobs here'
        : held > 0
          ? `This data folder still keeps ${held === 1 ? 'a deleted job' : `${held} deleted jobs`} (so deletes can be undone)`
          : 'This data folder already keeps the record of earlier imports';
    throw new QuarryError(
      'conflict',
      `${what}. Restore an export into an empty Quarry, or choose to replace everything (your data is backed up first).`,
    );
  }
  db.transaction(() => {
    // The restored data is what the user chose: sync stops here, and turning it on again merges (docs/SYNC.md).
    forgetSyncState(db);
    // Children first, for the foreign keys; an empty folder still holds its default columns and settings.
    for (const table of [...DATA_TABLE_NAMES].reverse()) clearTable(db, table);
    for (const table of DATA_TABLE_NAMES) {
      const rows = data.tables[table] ?? [];
      const known = new Set(tableColumns(db, table));
      const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
      const unknown = columns.find((column) => !known.has(column));
      if (unknown) throw new QuarryError('unsupported_file', `Not a Quarry export: ${table} has an unknown field “${unknown}”.`);
      const stored: TableRow[] = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, cell]) => [
            key,
            cell !== null && typeof cell === 'object'
              ? Buffer.from(cell.$base64, 'base64')
              : table === 'jobs' && key === 'description_html' && typeof cell === 'string'
                ? // An export is a file anyone can edit: its descriptions pass the import sanitiser like any page.
                  sanitiseHtml(cell).html || null
                : cell,
          ]),
        ),
      );
      try {
        insertRows(db, table, columns, stored);
      } catch (error) {
        // A hand-edited export can hold a row that points at one it does not have, or two rows with one id.
        if (!(error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) throw error;
        throw new QuarryError(
          'unsupported_file',
          `Not a Quarry export: a row of ${table} does not fit (${(error as Error).message}).`,
        );
      }
    }
    // An export from before company keys has none.
    fillCompanyKeys(db);
  })();
  return summarise(db);
}

/**
 * Restores an export from its text. With `replace`, what the folder holds is
 * backed up first; the export is read and checked before that, so a wrong
 * file costs no backup and changes nothing.
 */
export async function restoreExportText(ctx: CoreContext, text: string, replace: boolean): Promise<DataSummary> {
  const data = readExport(ctx.db, text);
  if (replace) await ctx.backUp('replaced');
  return restoreExport(ctx.db, data, { replace });
}

export function summarise(db: Db): DataSummary {
  return {
    jobs: countRows(db, 'jobs'),
    stages: countRows(db, 'stages'),
    files: countRows(db, 'source_files'),
    contacts: countRows(db, 'job_people'),
  };
}
