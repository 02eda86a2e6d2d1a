import { describe, expect, it } from 'vitest';
import { accuracy, fidelityTable, FIELDS, scoreCorpus, type Field } from '../../support/fidelity';
import { sharedPath } from '../../support/shared-data';

const corpusReal = sharedPath('corpus-real');

/**
 * The accuracy reached on ../shared/corpus-real, per field. It may only go
 * up: raise a floor when the importer gets better, never lower one.
 */
const FLOORS: Record<Field, number> = {
  title: 1,
  company: 1,
  location: 1,
  salary: 1,
  posted: 1,
  employmentType: 1,
  remote: 1,
  // 10 of 11: jobright's README has 285 company rows and 88 "↳" rows, each its own job link; truth counts only the first.
  listCount: 0.9,
  listFirstLast: 1,
  interviewStages: 0.85,
  noJunk: 1,
};

describe('import fidelity on real saved pages', () => {
  it('keeps every field at or above its floor, and makes no junk cards', () => {
    // Scored inside the test, not while the file is collected: mutation testing runs only the tests that ran the code.
    const report = scoreCorpus(corpusReal);
    expect(report.fields.title.total).toBeGreaterThan(0);
    expect(report.fields.listCount.total).toBeGreaterThan(0);
    for (const field of FIELDS) {
      const misses = report.misses.filter((miss) => miss.includes(` ${field}:`));
      expect
        .soft(accuracy(report.fields[field]), `${field}\n${fidelityTable(report)}\n${misses.join('\n')}`)
        .toBeGreaterThanOrEqual(FLOORS[field]);
    }
    expect(report.junkCards).toBe(0);
  });
});
