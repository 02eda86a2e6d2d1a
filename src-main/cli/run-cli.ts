import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CallName, CallValue } from '../../src-shared/contract';
import { activityCsv, activityHtml } from '../../src-shared/domain/activity-report';
import { SAVED_PAGE_EXTENSIONS } from '../../src-shared/domain/saved-page';
import { QuarryError } from '../../src-shared/errors';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { createHandlers } from '../core/handlers';
import { openCore } from '../core/open-core';
import { resolveDataDir } from '../core/paths';
import { ImportRunner } from '../core/services/import-runner';
import { exportCalendar } from '../core/services/stages-service';
import { writeExportFile } from '../core/services/export-service';
import { backupsIn, restoreWhileClosed } from '../core/services/backups-service';
import { listJobRecords } from '../core/services/jobs-service';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: npx quarry <command> [options]

Commands:
  list [--json]                         every saved job (JSON: the stable export format)
  import [--all] PATH...                import saved pages (${SAVED_PAGE_EXTENSIONS.join(', ')})
                                        and folders of them; prints a JSON report. A page that lists
                                        many jobs is reported with its count; --all imports every job
  add --title T --company C [--url U]   add a job by hand
  search [--json] QUERY                 fuzzy search (operators: company:, tag:, status:)
  ics                                   every upcoming interview stage as an iCalendar file (stdout)
  export --format json|csv [--out FILE] everything as lossless JSON, or one CSV row per job (stdout or FILE)
  import-export FILE [--replace]        restore a JSON export into this data folder (which must have no jobs,
                                        or with --replace: back it up, then replace everything in it)
  report --from DAY --to DAY [--format csv|html]
                                        what you did between two days (yyyy-MM-dd, both included):
                                        applications, interviews, follow-ups, outcomes (stdout)
  backup                                make a backup now (kept in DATA_DIR/backups, newest 10)
  backups                               list the backups, newest first
  restore NAME                          replace the database with a backup (quit Quarry first)

Options:
  --data-dir DIR   data folder (default: $QUARRY_DATA_DIR or the app's folder)
  --help           show this help`;

/** Same validation as the app: CLI commands that change data go through the contract too. */
async function callContract<N extends CallName>(core: CoreContext, name: N, args: unknown): Promise<CallValue<N>> {
  const calls = createHandlers(core, { emit: () => undefined });
  const result = await dispatch(calls, name, args);
  // With sync on, what the command changed is written to the sync folder before the CLI exits.
  calls.sync.close();
  if (!result.ok) throw new QuarryError(result.error.code, result.error.message);
  return result.value as CallValue<N>;
}

type Command = (
  core: CoreContext,
  options: Record<string, string | boolean | undefined>,
  io: CliIo,
  positionals: string[],
) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  async list(core, options, io) {
    const jobs = listJobRecords(core.db);
    if (options.json) {
      io.out(JSON.stringify(jobs, null, 2));
    } else if (jobs.length === 0) {
      io.out(`No jobs yet in ${core.dataDir}.`);
    } else {
      for (const job of jobs) io.out(`${job.id}\t${job.column}\t${job.company}\t${job.title}`);
    }
    return 0;
  },
  async import(core, options, io, paths) {
    if (paths.length === 0) throw new QuarryError('invalid_argument', 'import needs at least one file or folder.');
    const runner = new ImportRunner(core, { emit: () => undefined });
    const report = await runner.runPaths(
      paths.map((path) => resolve(path)),
      'cli',
      { takeLists: options.all === true },
    );
    io.out(JSON.stringify(report, null, 2));
    return report.failures > 0 && report.jobsImported === 0 && report.duplicates === 0 ? 1 : 0;
  },
  async search(core, options, io, words) {
    const query = words.join(' ');
    if (!query.trim()) throw new QuarryError('invalid_argument', 'search needs a query.');
    const hits = core.search().search(query, 50);
    if (options.json) {
      const records = new Map(listJobRecords(core.db).map((record) => [record.id, record]));
      io.out(
        JSON.stringify(
          hits.map((hit) => ({ ...records.get(hit.id)!, score: Number(hit.score.toFixed(4)) })),
          null,
          2,
        ),
      );
    } else if (hits.length === 0) {
      io.out('No matches.');
    } else {
      for (const hit of hits) io.out(`${hit.id}\t${hit.column}\t${hit.company}\t${hit.title}`);
    }
    return 0;
  },
  async ics(core, _options, io) {
    io.out(exportCalendar(core.db, core.clock).trimEnd());
    return 0;
  },
  async export(core, options, io) {
    const format = options.format ?? 'json';
    const { content } = await callContract(core, 'exportData', { format });
    if (typeof options.out === 'string') {
      writeExportFile(options.out, content);
      io.out(`Wrote ${resolve(options.out)}.`);
    } else {
      io.out(content.replace(/\r?\n$/u, ''));
    }
    return 0;
  },
  async 'import-export'(core, options, io, [file]) {
    if (!file) throw new QuarryError('invalid_argument', 'import-export needs the JSON file made by export.');
    const contentBase64 = readFileSync(file).toString('base64');
    const { jobs, stages, files, contacts } = await callContract(core, 'importQuarryExport', {
      contentBase64,
      replace: options.replace === true,
    });
    io.out(`Imported ${jobs} jobs, ${stages} interview stages, ${files} original files and ${contacts} contacts.`);
    return 0;
  },
  async report(core, options, io) {
    const format = options.format ?? 'csv';
    if (format !== 'csv' && format !== 'html') {
      throw new QuarryError('invalid_argument', `report --format is csv or html, not "${String(format)}".`);
    }
    if (options.from === undefined || options.to === undefined) {
      throw new QuarryError('invalid_argument', 'report needs --from and --to, as yyyy-MM-dd.');
    }
    const report = await callContract(core, 'getActivityReport', { from: options.from, to: options.to });
    io.out((format === 'csv' ? activityCsv(report) : activityHtml(report)).replace(/\r?\n$/u, ''));
    return 0;
  },
  async backup(core, _options, io) {
    io.out((await core.backUp('manual')).path);
    return 0;
  },
  async add(core, options, io) {
    const card = await callContract(core, 'addJob', {
      title: options.title,
      company: options.company,
      ...(options.url === undefined ? {} : { url: options.url }),
    });
    io.out(JSON.stringify(card, null, 2));
    return 0;
  },
};

/** Commands on the data folder's files that must not open the database: it may be the damaged one. */
const FILE_COMMANDS: Record<string, (dataDir: string, args: string[], io: CliIo) => number> = {
  backups(dataDir, _args, io) {
    const backups = backupsIn(dataDir);
    io.out(backups.length === 0 ? 'No backups yet.' : backups.map((backup) => backup.name).join('\n'));
    return 0;
  },
  restore(dataDir, [name], io) {
    if (!name) throw new QuarryError('invalid_argument', 'restore needs the name of a backup (see: backups).');
    io.out(`Restored ${restoreWhileClosed(dataDir, name, new Date()).name}.`);
    return 0;
  },
};

function reportError(io: CliIo, error: unknown): number {
  io.err(error instanceof QuarryError ? `Error (${error.code}): ${error.message}` : `Error: ${(error as Error).message}`);
  return 1;
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean' },
        title: { type: 'string' },
        company: { type: 'string' },
        url: { type: 'string' },
        format: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        replace: { type: 'boolean' },
        all: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [commandName, ...rest] = parsed.positionals;
  if (parsed.values.help || !commandName) {
    (commandName ? io.out : io.err)(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  const dataDir = parsed.values['data-dir'] ?? resolveDataDir(io.env);
  const fileCommand = FILE_COMMANDS[commandName];
  if (fileCommand) {
    try {
      return fileCommand(dataDir, rest, io);
    } catch (error) {
      return reportError(io, error);
    }
  }
  const command = COMMANDS[commandName];
  if (!command) {
    io.err(`Unknown command "${commandName}".\n\n${USAGE}`);
    return 2;
  }
  let core: CoreContext | undefined;
  try {
    core = await openCore({ dataDir, host: 'cli' });
    return await command(core, parsed.values, io, rest);
  } catch (error) {
    return reportError(io, error);
  } finally {
    await core?.close();
  }
}
