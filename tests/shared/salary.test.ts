import { describe, expect, it } from 'vitest';
import type { Salary } from '../../src-shared/domain/job';
import { currencyFromText, parseSalaryText, periodFromUnit, salaryNumbers, yearlyTop } from '../../src-shared/domain/salary';

describe('reading a salary line', () => {
  it.each([
    ['€50.000 - €60.000', { min: 50_000, max: 60_000, currency: 'EUR', period: 'year' }],
    ['$1,200,000 per year', { min: 1_200_000, max: 1_200_000, currency: 'USD', period: 'year' }],
    ['$1.5M', { min: 1_500_000, max: 1_500_000, currency: 'USD', period: 'year' }],
    ['$85.5k', { min: 85_500, max: 85_500, currency: 'USD', period: 'year' }],
    ['€45.75/hour', { min: 45.75, max: 45.75, currency: 'EUR', period: 'hour' }],
    ['$0 - $100k', { min: 100_000, max: 100_000, currency: 'USD', period: 'year' }],
    ['20% bonus on top of £40k', { min: 40_000, max: 40_000, currency: 'GBP', period: 'year' }],
    // No currency: only a word about pay makes the numbers a salary.
    ['Compensation: 45 an hour', { min: 45, max: 45, currency: null, period: 'hour' }],
    ['120000 per  annum', { min: 120_000, max: 120_000, currency: null, period: 'year' }],
    // Without a period, ten thousand or more is a year's pay; less says nothing.
    ['Salary 10000', { min: 10_000, max: 10_000, currency: null, period: 'year' }],
    ['Salary 3000 - 9999', { min: 3000, max: 9999, currency: null, period: null }],
  ])('%s', (text, expected) => {
    expect(parseSalaryText(text)).toEqual(expected);
  });

  it('finds no salary in numbers without a currency or a word about pay', () => {
    expect(parseSalaryText('Team of 12, founded 2019')).toBeNull();
    expect(parseSalaryText('$ negotiable')).toBeNull();
  });

  it('reads a currency from its code in any case, or from its sign', () => {
    expect(currencyFromText(' usd ')).toBe('USD');
    expect(currencyFromText(' xyz ')).toBe('XYZ');
    expect(currencyFromText('AB')).toBeNull();
    expect(currencyFromText('ABCD')).toBeNull();
    expect(currencyFromText('S$')).toBe('SGD');
  });

  it('reads a schema.org unit in any case and spacing, or a period in words', () => {
    expect(periodFromUnit(' year ')).toBe('year');
    expect(periodFromUnit('per month')).toBe('month');
    expect(periodFromUnit(null)).toBeNull();
  });
});

describe('a salary in short', () => {
  const salary = (min: number | null, max: number | null, period: Salary['period'] = null): Salary => ({
    min,
    max,
    currency: 'USD',
    period,
    text: null,
  });

  it('writes thousands as k and millions as M from exactly one of each', () => {
    expect(salaryNumbers(salary(999, 1_000))).toBe('$999–1k');
    expect(salaryNumbers(salary(1_000_000, 1_250_000, 'year'))).toBe('$1M–1.3M / year');
    expect(salaryNumbers(salary(null, 5_000))).toBe('$5k');
  });

  it('counts a salary without a period as yearly when ordering by pay', () => {
    expect(yearlyTop(salary(50_000, null))).toBe(50_000);
    expect(yearlyTop(salary(null, null))).toBeNull();
  });
});
