import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMojibake } from '../../../src-main/core/import/mojibake';
import { processFile } from '../../../src-main/core/import/pipeline';
import { isSavedPageName } from '../../../src-shared/domain/saved-page';
import type { ExtractedListing } from '../../../src-main/core/import/normalise';
import { sharedPath } from '../../support/shared-data';

const corpus = sharedPath('corpus');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    // Saved pages only: the corpus's README describes it.
    return isSavedPageName(entry.name) && !/\.(md|markdown|txt)$/iu.test(entry.name) ? [path] : [];
  });
}

/** Expected fields for corpus pages, written after reading each page. Pages without an entry still get the invariants below. */
const EXPECTED: Record<string, Partial<ExtractedListing>[]> = {
  'seed/primer-senior-backend-engineer.html': [
    {
      extractor: 'readme-table',
      title: 'Senior Backend Engineer',
      company: 'Primer',
      location: null,
      remote: 'remote',
      category: 'Backend',
      tags: ['kubernetes', 'aws', 'python', 'typescript'],
      url: 'https://www.realworkfromanywhere.com/jobs/senior-backend-engineer-primer-6093',
      applyUrl: 'https://www.realworkfromanywhere.com/jobs/senior-backend-engineer-primer-6093',
      logoUrl: 'https://pbs.twimg.com/profile_images/1533245276764372993/AtyqkzHz_400x400.jpg',
      salary: { min: null, max: null, currency: null, period: null, text: null },
      stages: [
        { kind: 'recruiter_call', title: 'Call with a Talent Partner', durationMinutes: 30 },
        { kind: 'hiring_manager', title: 'Interview with an Engineering Manager', durationMinutes: 60 },
        { kind: 'pair_programming', title: 'Pair programming interview', durationMinutes: 90 },
        { kind: 'system_design', title: 'System design interview', durationMinutes: 90 },
        { kind: 'values', title: 'Final stage values-alignment interview', durationMinutes: 60 },
      ],
    },
  ],
};

const SAVED_AT = new Date('2026-11-24T12:00:00Z');

describe('real corpus', () => {
  const files = pages(corpus);

  it('has pages to test', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [relative(corpus, file), file]))('%s imports cleanly', (name, file) => {
    // Every page of the corpus is a listing: it must import, expectations or not.
    const { listings } = processFile({
      fileName: file,
      bytes: new Uint8Array(readFileSync(file)),
      modifiedAt: statSync(file).mtime,
    });
    expect(listings.length, `${name} gave no job`).toBeGreaterThan(0);
    for (const listing of listings) {
      for (const text of [listing.title, listing.company, listing.descriptionText ?? '', listing.descriptionHtml ?? '']) {
        expect(hasMojibake(text), `mojibake left in ${name}`).toBe(false);
        expect(text).not.toMatch(/â€|Ã.|ğŸ|Â\u00a0|\ufffd/u);
      }
    }
    const expected = EXPECTED[name];
    if (expected) {
      expect(listings).toHaveLength(expected.length);
      expected.forEach((fields, index) => expect(listings[index]).toMatchObject(fields));
    }
  });

  it('resolves the seed’s “0 days ago” against the file’s save time', () => {
    const file = join(corpus, 'seed/primer-senior-backend-engineer.html');
    const [listing] = processFile({ fileName: file, bytes: new Uint8Array(readFileSync(file)), modifiedAt: SAVED_AT }).listings;
    expect(listing!.postedAt).toBe('2026-11-24');
    expect(listing!.descriptionText).toContain('We’re the world');
    expect(listing!.descriptionText).toContain('👀 What we’d love to see');
    expect(listing!.descriptionText).toContain('£500 towards your home office setup');
  });
});
