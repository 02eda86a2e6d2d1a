/**
 * A numbered schema migration. Append only: a released migration is never
 * edited, a change is a new file with the next number. `version` must equal
 * its place in the list; each has its own test in tests/core/db/migrations.test.ts.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
