import { describe, expect, it } from 'vitest';
import { backupReasonFromName } from '../../src-shared/domain/backups';
import { planFromSteps, stageDuration, stageKind } from '../../src-shared/domain/interview-plan';
import { resolvePostedDate } from '../../src-shared/domain/posted-date';
import { parseSalaryText, periodFromUnit } from '../../src-shared/domain/salary';
import { employmentType, remotePolicy } from '../../src-shared/domain/workplace';
import { parseHtml } from '../../src-main/core/import/dom';
import { interviewSteps } from '../../src-main/core/import/interview-section';
import { salaryLineIn } from '../../src-main/core/import/normalise';

describe('interview plan', () => {
  it('classifies steps as written in real listings', () => {
    expect(stageKind('30 minute call with a Talent Partner')).toBe('recruiter_call');
    expect(stageKind('60 minute interview with an Engineering Manager')).toBe('hiring_manager');
    expect(stageKind('90 minute pair programming interview')).toBe('pair_programming');
    expect(stageKind('90 minute system design interview')).toBe('system_design');
    expect(stageKind('60 minute final stage values-alignment interview')).toBe('values');
    expect(stageKind('Take-home coding challenge')).toBe('take_home');
    expect(stageKind('Onsite with the team')).toBe('onsite');
    expect(stageKind('Meet the founders')).toBe('other');
  });

  it('reads durations in minutes and hours', () => {
    expect(stageDuration('30 minute call')).toBe(30);
    expect(stageDuration('a 1.5 hour session')).toBe(90);
    expect(stageDuration('45-60 mins')).toBe(45);
    expect(stageDuration('2 hrs')).toBe(120);
    expect(stageDuration('no time given')).toBeNull();
  });

  it('finds steps only under an interview-process heading', () => {
    const withSection =
      '<h2>About</h2><ul><li>30 minute call about perks</li></ul><h2><strong>✅ Our interview process</strong></h2><ul><li><p>30 minute call</p></li><li>60 minute interview</li></ul><h2>Benefits</h2><ul><li>Health</li></ul>';
    expect(interviewSteps(parseHtml(withSection).children)).toEqual(['30 minute call', '60 minute interview']);
    expect(
      interviewSteps(parseHtml('<h2>Benefits</h2><ul><li>30 minute call with HR about pensions</li></ul>').children),
    ).toEqual([]);
    expect(planFromSteps([])).toEqual([]);
  });
});

describe('salary', () => {
  it.each([
    ['$120k – $150k a year', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['£50,000-£60,000 per annum', { min: 50000, max: 60000, currency: 'GBP', period: 'year' }],
    ['€45/hour', { min: 45, max: 45, currency: 'EUR', period: 'hour' }],
    ['CHF 120 000 yearly', { min: 120000, max: 120000, currency: 'CHF', period: 'year' }],
  ])('%s', (text, expected) => {
    expect(parseSalaryText(text)).toEqual(expected);
  });

  it('ignores numbers that are not pay', () => {
    expect(parseSalaryText('5 years of experience')).toBeNull();
    expect(salaryLineIn('£500 towards your home office setup\n25 days of holiday')).toBeNull();
    expect(periodFromUnit('MONTH')).toBe('month');
  });
});

describe('posted date', () => {
  const savedAt = new Date('2026-11-24T15:00:00Z');
  it.each([
    ['0 days ago', '2026-11-24'],
    ['Posted yesterday', '2026-11-23'],
    ['3 days ago', '2026-11-21'],
    ['30+ days ago', '2026-10-25'],
    ['2 weeks ago', '2026-11-10'],
    ['2026-11-02', '2026-11-02'],
    ['2026-11-02T09:00:00Z', '2026-11-02'],
    ['sometime', null],
    ['Posted 3 Days Ago', '2026-11-21'],
    ['3days ago', '2026-11-21'],
    ['3 days  ago', '2026-11-21'],
    ['5 mins ago', '2026-11-24'],
    ['20 hrs ago', '2026-11-23'],
    ['1 wk ago', '2026-11-17'],
    ['2 mo ago', '2026-09-24'],
    // A date alone is a calendar day wherever the computer is (a loose parse would read it as UTC midnight).
    [' 2026-11-02 ', '2026-11-02'],
    ['Nov 2, 2026', '2026-11-02'],
    // Without a year the browser's parser guesses 2001: no date at all is better.
    ['March 5', null],
  ])('%s -> %s', (text, expected) => {
    expect(resolvePostedDate(text, savedAt)).toBe(expected);
  });
});

describe('workplace and employment type', () => {
  it('prefers explicit hints, then clear statements in the description', () => {
    expect(remotePolicy(['TELECOMMUTE'], null)).toBe('remote');
    expect(remotePolicy(['New York (Hybrid)'], 'fully remote')).toBe('hybrid');
    expect(remotePolicy([null, 'Gotham'], 'We are remote-first and always will be!')).toBe('remote');
    expect(remotePolicy([null], 'We have a remote chance of success')).toBeNull();
  });

  it('maps schema.org and written forms to one vocabulary', () => {
    expect(employmentType('FULL_TIME')).toBe('full-time');
    expect(employmentType('Contractor')).toBe('contract');
    expect(employmentType('Full-time, Part-time')).toBe('full-time, part-time');
    expect(employmentType('Seasonal')).toBe('temporary');
    expect(employmentType('OTHER')).toBeNull();
  });
});

describe('backup names', () => {
  it('reads why a backup was made from the end of its name, and calls anything else a backup', () => {
    expect(
      [
        'quarry-2026-11-24T09-00-00-000Z-daily.db',
        'quarry-2026-11-24T09-00-00-000Z-before-migration.db',
        'quarry-2026-11-24T09-00-00-000Z-manual.db',
        'quarry-2026-11-24T09-00-00-000Z-replaced.db',
        'quarry-2026-11-24T09-00-00-000Z.db',
        'quarry-2026-11-24T09-00-00-000Z-daily.db.partial',
      ].map(backupReasonFromName),
    ).toEqual(['daily', 'before-migration', 'manual', 'replaced', 'other', 'other']);
  });
});
