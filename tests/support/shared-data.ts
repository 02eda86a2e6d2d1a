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
 * tests/fixtures/import. Some fixtures are deliberately not UTF-8, and mutation
 * testing's sandbox copies files as text, so there QUARRY_FIXTURES_DIR points
 * at the originals.
 */
export function fixturePath(...parts: string[]): string {
  return join(process.env.QUARRY_FIXTURES_DIR ?? join(process.cwd(), 'tests/fixtures/import'), ...parts);
}
