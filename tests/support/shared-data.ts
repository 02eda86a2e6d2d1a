import { join } from 'node:path';

/**
 * ../shared beside the repository: the real pages, their truth and the XSS
 * vectors. QUARRY_SHARED_DIR points elsewhere when the tests run from a copy
 * of the repository (mutation testing runs them in a sandbox folder).
 */
export function sharedPath(...parts: string[]): string {
  return join(process.env.QUARRY_SHARED_DIR ?? join(process.cwd(), '../shared'), ...parts);
}

/**
 * tests/fixtures. Some fixtures are deliberately not UTF-8 or hold compressed
 * bytes, and mutation testing's sandbox copies files as text, so there
 * QUARRY_FIXTURES_DIR points at the originals.
 */
function fixturesRoot(): string {
  return process.env.QUARRY_FIXTURES_DIR ?? join(process.cwd(), 'tests/fixtures');
}

/** A saved page in tests/fixtures/import. */
export function fixturePath(...parts: string[]): string {
  return join(fixturesRoot(), 'import', ...parts);
}

/** tests/fixtures/sync: sync folders as earlier versions of Quarry wrote them. */
export function syncFixturePath(...parts: string[]): string {
  return join(fixturesRoot(), 'sync', ...parts);
}
