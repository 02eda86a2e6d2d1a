import type { SalaryPeriod } from './job';

export interface ParsedSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
}

const SYMBOLS: [RegExp, string][] = [
  [/US\$|\$US|USD/iu, 'USD'],
  [/CA\$|C\$|CAD/iu, 'CAD'],
  [/A\$|AU\$|AUD/iu, 'AUD'],
  [/£|GBP/iu, 'GBP'],
  [/€|EUR/iu, 'EUR'],
  [/CHF/iu, 'CHF'],
  [/₹|INR/iu, 'INR'],
  [/¥|JPY/iu, 'JPY'],
  [/zł|PLN/iu, 'PLN'],
  [/SEK/iu, 'SEK'],
  [/\$/u, 'USD'],
];

const PERIODS: [RegExp, SalaryPeriod][] = [
  [/\b(per\s+hour|an\s+hour|hourly|\/\s*h(ou)?r|p\/?h)\b|\/hr?\b/iu, 'hour'],
  [/\b(per\s+day|a\s+day|daily|day\s+rate|\/\s*day)\b/iu, 'day'],
  [/\b(per\s+week|a\s+week|weekly|\/\s*w(ee)?k)\b/iu, 'week'],
  [/\b(per\s+month|a\s+month|monthly|\/\s*mo(nth)?)\b/iu, 'month'],
  [/\b(per\s+(year|annum)|a\s+year|annual(ly)?|yearly|p\.?a\.?|\/\s*y(ea)?r)\b/iu, 'year'],
];

const UNITS: Record<string, SalaryPeriod> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** schema.org unitText ("YEAR", "HOUR") to a period. */
export function periodFromUnit(unit: string | null): SalaryPeriod | null {
  return unit ? (UNITS[unit.trim().toUpperCase()] ?? periodFromText(unit)) : null;
}

function periodFromText(text: string): SalaryPeriod | null {
  return PERIODS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export function currencyFromText(text: string): string | null {
  const upper = text.trim().toUpperCase();
  if (/^[A-Z]{3}$/u.test(upper)) return upper;
  return SYMBOLS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** "$120k – $150k a year", "£50,000-£60,000 per annum", "€45/hour": amounts, currency and period. */
export function parseSalaryText(text: string): ParsedSalary | null {
  const amounts = [...text.matchAll(/(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*([kKmM])?(?![\d%])/gu)]
    .map((match) => {
      const digits = match[1]!.replace(/[,\s]/gu, '').replace(/\.(?=\d{3}\b)/gu, '');
      const multiplier = match[2] ? (match[2].toLowerCase() === 'k' ? 1_000 : 1_000_000) : 1;
      return Number(digits) * multiplier;
    })
    .filter((amount) => Number.isFinite(amount) && amount > 0);
  const currency = currencyFromText(text);
  if (amounts.length === 0 || (!currency && !/salary|compensation|pay|per\s+(year|hour|annum)/iu.test(text))) return null;
  const [first, second] = amounts;
  const min = Math.min(first!, second ?? first!);
  const max = Math.max(first!, second ?? first!);
  return { min, max, currency, period: periodFromText(text) ?? (max >= 10_000 ? 'year' : null) };
}
