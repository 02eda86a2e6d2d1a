import { describe, expect, it } from 'vitest';
import { applicationResult, appliedBeforeWarning, companyKey, similarTitles } from '../../src-shared/domain/companies';
import { ghostedCards, lastSignOfLife, looksGhosted, silentDays } from '../../src-shared/domain/ghosting';
import type { BoardColumn } from '../../src-shared/domain/job';
import { jobCard } from '../support/cards';

const columns: BoardColumn[] = [
  { id: 1, key: 'saved', name: 'Saved', position: 1, closes: false, hidden: false },
  { id: 2, key: 'applied', name: 'Applied', position: 2, closes: false, hidden: false },
  { id: 3, key: 'closed', name: 'Closed', position: 3, closes: true, hidden: false },
] as BoardColumn[];

describe('company names (#15 item 3)', () => {
  it('matches across legal forms, case, accents and punctuation', () => {
    expect(companyKey('Acme Inc.')).toBe('acme');
    expect(companyKey('ACME')).toBe('acme');
    expect(companyKey('Acme, Inc')).toBe('acme');
    expect(companyKey('Zalando SE')).toBe('zalando');
    expect(companyKey('Müller GmbH')).toBe(companyKey('muller'));
    expect(companyKey('Société Générale S.A.')).toBe('societe generale');
    expect(companyKey('Siemens G.m.b.H.')).toBe('siemens');
    expect(companyKey('Procter & Gamble Co.')).toBe('procter and gamble');
    expect(companyKey('Acme Widgets Ltd')).not.toBe(companyKey('Acme'));
    // A name made only of legal words keeps its first one rather than matching every other such name.
    expect(companyKey('Company')).toBe('company');
    expect(companyKey('')).toBe('');
  });

  it('says when and how an earlier application there went', () => {
    const past = {
      jobId: 1,
      title: 'Backend Engineer',
      appliedOn: '2026-03-03',
      outcome: 'rejected' as const,
      lastStage: 'System design',
    };
    expect(appliedBeforeWarning(past)).toBe(
      'You applied here on 3 Mar 2026 (Backend Engineer, rejected after the system design round)',
    );
    expect(appliedBeforeWarning({ ...past, lastStage: 'Values round' })).toMatch(/rejected after the values round\)$/u);
    expect(appliedBeforeWarning({ ...past, outcome: null })).toMatch(/\(Backend Engineer, last stage: System design\)$/u);
    expect(appliedBeforeWarning({ ...past, outcome: null, lastStage: null, title: '' })).toMatch(
      /\(untitled job, no outcome yet\)$/u,
    );
    expect(appliedBeforeWarning({ ...past, outcome: 'no_reply', lastStage: null })).toMatch(/, no reply\)$/u);
  });

  it('flags near-identical titles, not different jobs', () => {
    expect(similarTitles('Senior Backend Engineer', 'Backend Engineer (m/w/d)')).toBe(true);
    expect(similarTitles('Backend Engineer', 'backend engineer')).toBe(true);
    expect(similarTitles('Backend Engineer', 'Frontend Engineer')).toBe(false);
    expect(similarTitles('Engineer', 'Engineering Manager, Payments Platform')).toBe(false);
    expect(similarTitles('Senior', 'Staff')).toBe(false);
  });
});

describe('a company page’s outcome column', () => {
  it('says how each application ended, or how far it got', () => {
    expect(applicationResult({ outcome: 'rejected', lastStage: 'System design' })).toBe('rejected after System design');
    expect(applicationResult({ outcome: 'withdrawn', lastStage: null })).toBe('withdrawn');
    expect(applicationResult({ outcome: null, lastStage: 'Recruiter call' })).toBe('last: Recruiter call');
    expect(applicationResult({ outcome: null, lastStage: null })).toBe('');
  });
});

describe('ghosting (#15 item 4)', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  const applied = jobCard(1, 2, 1, { lastMovedAt: '2026-11-01T09:00:00Z' });

  it('offers an application silent for the set days, counting interviews as signs of life', () => {
    expect(silentDays(applied, now)).toBe(31);
    expect(looksGhosted(applied, columns[1]!, now, 21)).toBe(true);
    expect(looksGhosted(applied, columns[1]!, now, 40)).toBe(false);
    const heard = { ...applied, lastHeardAt: '2026-11-20T09:00:00Z' };
    expect(lastSignOfLife(heard)).toBe('2026-11-20T09:00:00Z');
    expect(looksGhosted(heard, columns[1]!, now, 21)).toBe(false);
    expect(lastSignOfLife({ ...applied, lastHeardAt: '2026-10-01T00:00:00Z' })).toBe(applied.lastMovedAt);
  });

  it('never offers a saved, closed or scheduled job', () => {
    expect(looksGhosted({ ...applied, columnId: 1 }, columns[0]!, now)).toBe(false);
    expect(looksGhosted({ ...applied, columnId: 3 }, columns[2]!, now)).toBe(false);
    expect(looksGhosted({ ...applied, nextStage: { title: 'Call', startsAt: '2026-12-10T09:00:00Z' } }, columns[1]!, now)).toBe(
      false,
    );
  });

  it('lists the silent ones longest silent first', () => {
    const cards = [
      jobCard(2, 2, 2, { lastMovedAt: '2026-10-20T09:00:00Z' }),
      applied,
      jobCard(3, 2, 3, { lastMovedAt: '2026-11-30T09:00:00Z' }),
      jobCard(4, 1, 1, { lastMovedAt: '2026-01-01T09:00:00Z' }),
      jobCard(5, 9, 1, { lastMovedAt: '2026-01-01T09:00:00Z' }),
    ];
    expect(ghostedCards(cards, columns, now, 21).map((card) => card.id)).toEqual([2, 1]);
    const tied = [jobCard(9, 2, 1, { lastMovedAt: '2026-11-01T09:00:00Z' }), ...cards.slice(0, 2).reverse()];
    expect(ghostedCards(tied, columns, now, 21).map((card) => card.id)).toEqual([2, 1, 9]);
  });

  it('offers an application on the day it has been silent for exactly the set days', () => {
    expect(looksGhosted(applied, columns[1]!, now, 31)).toBe(true);
    expect(looksGhosted(applied, columns[1]!, now, 32)).toBe(false);
  });
});
