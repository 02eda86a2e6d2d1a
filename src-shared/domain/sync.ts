/**
 * What travels between computers and how its rows are named (docs/SYNC.md). Pure: the
 * main process captures, writes and applies; this says which tables, which columns,
 * which columns point at other rows, and which of them hold files.
 */

/** A cell's value as it travels: what SQLite holds, or a file by its SHA-256. */
export type CellValue = string | number | null | { blob: string };

/** One row's changed cells, all stamped with one hybrid-logical-clock timestamp. */
export interface RowMessage {
  stamp: string;
  dataset: DatasetName;
  /** The row's sync id, the same on every computer. */
  row: string;
  cells: Record<string, CellValue>;
}

/** The cell that says a row is gone (1) or there (0); it wins or loses by its timestamp like any other. */
export const DELETED = '_deleted';

/** The synced tables, in the order rows must be created: a row's references come before it. */
export type DatasetName =
  | 'board_columns'
  | 'source_files'
  | 'documents'
  | 'people'
  | 'jobs'
  | 'stages'
  | 'notes'
  | 'status_history'
  | 'job_documents'
  | 'job_people'
  | 'settings';

export interface DatasetSpec {
  table: string;
  /** How a row is found locally: its integer id, its text key, or the pair of ids a link joins. */
  localKey: { kind: 'id' } | { kind: 'key'; column: string } | { kind: 'pair'; columns: readonly [string, string] };
  /** Every column that travels (the local key's own columns excepted for `id`). */
  columns: readonly string[];
  /** Columns holding another row's local id, and that row's dataset. */
  refs: Readonly<Record<string, DatasetName>>;
  /** A column the schema keeps unique and the natural sync id is made from: a row arriving finds its twin by it. */
  unique?: string;
  /** Columns holding a file's bytes: they travel as content-addressed blobs. */
  blobs: readonly string[];
  /** Columns that stay on this computer (documented, and checked against the schema by a test). */
  local: readonly string[];
  /**
   * The columns that name a row made together with its parent (a stage planned by an import):
   * two computers that made the same parent and child give the child the same sync id.
   */
  contentIdentity?: readonly string[];
}

/** Settings that travel; theme, sorts and widths describe one screen and stay on their computer. */
export const SHARED_SETTINGS = ['reminderOffsetsMinutes', 'followUpDays', 'ghostAfterDays', 'archiveClosedAfterDays'] as const;

export const SYNC_DATASETS: Readonly<Record<DatasetName, DatasetSpec>> = {
  board_columns: {
    table: 'board_columns',
    localKey: { kind: 'id' },
    columns: ['key', 'name', 'position', 'hidden', 'closes'],
    unique: 'key',
    refs: {},
    blobs: [],
    local: [],
  },
  source_files: {
    table: 'source_files',
    localKey: { kind: 'id' },
    columns: ['file_name', 'original_path', 'content_hash', 'byte_size', 'compressed', 'saved_at', 'imported_at'],
    unique: 'content_hash',
    refs: {},
    blobs: ['compressed'],
    local: ['import_id'],
  },
  documents: {
    table: 'documents',
    localKey: { kind: 'id' },
    columns: ['content_hash', 'file_name', 'media_type', 'kind', 'version_label', 'byte_size', 'content', 'text', 'created_at'],
    unique: 'content_hash',
    refs: {},
    blobs: ['content'],
    local: [],
  },
  people: {
    table: 'people',
    localKey: { kind: 'id' },
    columns: ['name', 'role', 'company', 'email', 'phone', 'link', 'notes', 'created_at', 'updated_at'],
    refs: {},
    blobs: [],
    local: [],
  },
  jobs: {
    table: 'jobs',
    localKey: { kind: 'id' },
    columns: [
      'title',
      'company',
      'location',
      'remote',
      'employment_type',
      'salary_min',
      'salary_max',
      'salary_currency',
      'salary_period',
      'salary_text',
      'category',
      'url',
      'apply_url',
      'logo_url',
      'tags_json',
      'posted_at',
      'description_html',
      'description_text',
      'source_file_id',
      'content_hash',
      'column_id',
      'position',
      'outcome',
      'imported_at',
      'created_at',
      'updated_at',
      'deleted_at',
      'remote_images_allowed',
      'applied_on',
      'apply_by',
      'follow_up_on',
      'priority',
      'company_key',
    ],
    refs: { source_file_id: 'source_files', column_id: 'board_columns' },
    blobs: [],
    local: [],
  },
  stages: {
    table: 'stages',
    localKey: { kind: 'id' },
    columns: [
      'job_id',
      'position',
      'kind',
      'title',
      'duration_minutes',
      'starts_at',
      'time_zone',
      'location',
      'interviewers',
      'status',
      'prep_notes',
      'checklist_json',
      'outcome_notes',
      'created_at',
      'updated_at',
    ],
    refs: { job_id: 'jobs' },
    blobs: [],
    local: [],
    contentIdentity: ['job_id', 'position', 'kind', 'title'],
  },
  notes: {
    table: 'notes',
    localKey: { kind: 'id' },
    columns: ['job_id', 'body', 'created_at', 'updated_at'],
    refs: { job_id: 'jobs' },
    blobs: [],
    local: [],
    contentIdentity: ['job_id', 'body', 'created_at'],
  },
  status_history: {
    table: 'status_history',
    localKey: { kind: 'id' },
    columns: ['job_id', 'from_column_id', 'to_column_id', 'outcome', 'changed_at'],
    refs: { job_id: 'jobs', from_column_id: 'board_columns', to_column_id: 'board_columns' },
    blobs: [],
    local: [],
    contentIdentity: ['job_id', 'from_column_id', 'to_column_id', 'outcome', 'changed_at'],
  },
  job_documents: {
    table: 'job_documents',
    localKey: { kind: 'pair', columns: ['job_id', 'document_id'] },
    columns: ['job_id', 'document_id', 'attached_at'],
    refs: { job_id: 'jobs', document_id: 'documents' },
    blobs: [],
    local: [],
  },
  job_people: {
    table: 'job_people',
    localKey: { kind: 'pair', columns: ['job_id', 'person_id'] },
    columns: ['job_id', 'person_id', 'added_at'],
    refs: { job_id: 'jobs', person_id: 'people' },
    blobs: [],
    local: [],
  },
  settings: {
    table: 'settings',
    localKey: { kind: 'key', column: 'key' },
    columns: ['key', 'value_json'],
    refs: {},
    blobs: [],
    local: [],
  },
};

export const DATASET_NAMES = Object.keys(SYNC_DATASETS) as DatasetName[];

export function isDatasetName(name: unknown): name is DatasetName {
  return typeof name === 'string' && Object.hasOwn(SYNC_DATASETS, name);
}

export function specOf(dataset: DatasetName): DatasetSpec {
  return SYNC_DATASETS[dataset];
}

/**
 * A row's natural sync id, when it has one: the same thing made on two computers is then
 * one row (a column by key, a file by hash, a person by email, a listing by hash or URL).
 * `refIds` are the row's references, already as sync ids.
 */
export function naturalSyncId(
  dataset: DatasetName,
  row: Readonly<Record<string, unknown>>,
  refIds: Readonly<Record<string, string>>,
): string | null {
  const text = (column: string) => (typeof row[column] === 'string' && row[column] !== '' ? (row[column] as string) : null);
  switch (dataset) {
    case 'board_columns':
      return `column:${text('key')}`;
    case 'source_files':
    case 'documents':
      return `sha256:${text('content_hash')}`;
    case 'settings':
      return `setting:${text('key')}`;
    case 'people': {
      const email = text('email');
      return email ? `email:${email.trim().toLowerCase()}` : null;
    }
    case 'jobs': {
      const hash = text('content_hash');
      if (hash) return `listing:${hash}`;
      const url = text('url');
      return url ? `url:${url}` : null;
    }
    case 'job_documents':
      return `${refIds.job_id}|${refIds.document_id}`;
    case 'job_people':
      return `${refIds.job_id}|${refIds.person_id}`;
    default:
      return null;
  }
}

/** Whether a cell stamped `incoming` replaces one stamped `current`: the later timestamp wins (timestamps sort as text). */
export function wins(incoming: string, current: string | undefined): boolean {
  return current === undefined || incoming > current;
}

/** One other computer as this one last saw it. */
export interface SyncComputer {
  id: string;
  name: string;
  /** When it last wrote to the folder (its own clock), or null if it never said. */
  wroteAt: string | null;
  /** It has written more than has arrived here yet (the sync tool is still copying). */
  waiting: boolean;
}

export interface SyncStatus {
  enabled: boolean;
  folder: string | null;
  computerId: string | null;
  computerName: string | null;
  /** The last pass that read and wrote everything it could, or null. */
  lastSyncedAt: string | null;
  computers: SyncComputer[];
  /** Why the last pass could not finish (the folder is gone, the disk is full); null when it did. */
  problem: string | null;
  /** Files skipped for now (a damaged line, a message from a clock far ahead); each is retried. */
  warnings: string[];
}

export const SYNC_OFF: SyncStatus = {
  enabled: false,
  folder: null,
  computerId: null,
  computerName: null,
  lastSyncedAt: null,
  computers: [],
  problem: null,
  warnings: [],
};

/** The status bar's one line: the problem first, then a computer still copying, then how long ago. */
export function syncStatusLine(status: SyncStatus, now: Date): string | null {
  if (!status.enabled) return null;
  if (status.problem) return `Sync stopped: ${status.problem}`;
  const waiting = status.computers.filter((computer) => computer.waiting).map((computer) => computer.name);
  if (waiting.length > 0) return `Waiting for files from ${waiting.join(', ')}`;
  if (!status.lastSyncedAt) return 'Syncing…';
  return `Synced ${sinceWords(new Date(status.lastSyncedAt), now)}`;
}

/** "just now", "2 min ago", "3 h ago", "4 days ago". */
export function sinceWords(then: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return `${days} ${days === 1 ? 'day' : 'days'} ago`;
}
