import { DEFAULT_SETTINGS, type Settings } from '../../../src-shared/domain/settings';
import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';

export function readSettings(db: ReadableDb): Settings {
  const rows = statement(db, 'SELECT key, value_json AS valueJson FROM settings').all() as { key: string; valueJson: string }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.valueJson) as unknown]));
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}

export function writeSettings(db: WritableDb, settings: Partial<Settings>): void {
  const upsert = statement(
    db,
    'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(settings)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
  })();
}
