import type { Salary, SalaryPeriod } from './job';

export interface ParsedSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
}

/** Written currencies, the most specific first: "S$" before "$", "CN¥" before "¥". */
const SYMBOLS: [RegExp, string][] = [
  [/US\$|\$US|\bUSD\b/iu, 'USD'],
  [/CA\$|C\$|\bCAD\b/iu, 'CAD'],
  [/AU\$|A\$|\bAUD\b/iu, 'AUD'],
  [/NZ\$|\bNZD\b/iu, 'NZD'],
  [/HK\$|\bHKD\b/iu, 'HKD'],
  [/S\$|SG\$|\bSGD\b/iu, 'SGD'],
  [/R\$|\bBRL\b/iu, 'BRL'],
  [/MX\$|\bMXN\b/iu, 'MXN'],
  [/CN¥|RMB|\bCNY\b|元/iu, 'CNY'],
  [/£|\bGBP\b/iu, 'GBP'],
  [/€|\bEUR\b/iu, 'EUR'],
  [/\bCHF\b/iu, 'CHF'],
  [/₹|\bINR\b|\bRs\.?\s?\d/iu, 'INR'],
  [/₱|\bPHP\b/iu, 'PHP'],
  [/¥|\bJPY\b|円/iu, 'JPY'],
  [/₩|\bKRW\b/iu, 'KRW'],
  [/₺|\bTRY\b/iu, 'TRY'],
  [/₦|\bNGN\b/iu, 'NGN'],
  [/₪|\bILS\b/iu, 'ILS'],
  [/\bAED\b|\bdirhams?\b/iu, 'AED'],
  [/\bSAR\b/iu, 'SAR'],
  [/\bQAR\b/iu, 'QAR'],
  [/\bZAR\b/iu, 'ZAR'],
  [/zł|\bPLN\b/iu, 'PLN'],
  [/\bSEK\b/iu, 'SEK'],
  [/\bNOK\b/iu, 'NOK'],
  [/\bDKK\b/iu, 'DKK'],
  [/\bLKR\b/iu, 'LKR'],
];

/** Where a bare "$" is not US dollars: the job's country decides. */
const DOLLAR_COUNTRIES: [RegExp, string][] = [
  [/\b(australia|NSW|VIC|QLD|WA|SA|TAS|ACT|sydney|melbourne|brisbane|perth|adelaide|canberra)\b|\.com\.au\b|\bau\./iu, 'AUD'],
  [
    /\b(canada|ontario|quebec|québec|british columbia|alberta|toronto|montreal|montréal|vancouver|calgary|ottawa)\b|\.ca\b|\bca\./iu,
    'CAD',
  ],
  [/\b(new zealand|auckland|wellington|christchurch)\b|\.co\.nz\b|\bnz\./iu, 'NZD'],
  [/\b(singapore)\b|\.sg\b|\bsg\./iu, 'SGD'],
  [/\b(hong kong)\b|\.hk\b|\bhk\./iu, 'HKD'],
  [/\b(mexico|méxico|ciudad de méxico|guadalajara|monterrey)\b|\.mx\b|\bmx\./iu, 'MXN'],
];

/** The currency a bare "$" means for a job in `country` (a location or the page's address); US dollars by default. */
export function dollarCurrency(country: string | null): string {
  return (country && DOLLAR_COUNTRIES.find(([pattern]) => pattern.test(country))?.[1]) || 'USD';
}

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

/** "S$", "₱", "AED" or an ISO code to an ISO code; a bare "$" by `country` (see dollarCurrency). */
export function currencyFromText(text: string, country: string | null = null): string | null {
  const upper = text.trim().toUpperCase();
  if (/^[A-Z]{3}$/u.test(upper)) return upper;
  return SYMBOLS.find(([pattern]) => pattern.test(text))?.[1] ?? (/\$/u.test(text) ? dollarCurrency(country) : null);
}

/** "$120k – $150k a year", "£50,000-£60,000 per annum", "€45/hour": amounts, currency and period. */
export function parseSalaryText(text: string, country: string | null = null): ParsedSalary | null {
  const amounts = [...text.matchAll(/(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*([kKmM])?(?![\d%])/gu)]
    .map((match) => {
      const digits = match[1]!.replace(/[,\s]/gu, '').replace(/\.(?=\d{3}\b)/gu, '');
      const multiplier = match[2] ? (match[2].toLowerCase() === 'k' ? 1_000 : 1_000_000) : 1;
      return Number(digits) * multiplier;
    })
    .filter((amount) => Number.isFinite(amount) && amount > 0);
  const currency = currencyFromText(text, country);
  if (amounts.length === 0 || (!currency && !/salary|compensation|pay|per\s+(year|hour|annum)/iu.test(text))) return null;
  const [first, second] = amounts;
  const min = Math.min(first!, second ?? first!);
  const max = Math.max(first!, second ?? first!);
  return { min, max, currency, period: periodFromText(text) ?? (max >= 10_000 ? 'year' : null) };
}

/** A salary as the user typed it: the text kept, the numbers read from it where they can be. */
export function salaryFromText(text: string | null): Salary {
  const parsed = text ? parseSalaryText(text) : null;
  return { min: null, max: null, currency: null, period: null, ...parsed, text: text || null };
}

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** 70000 → "70k", 72500 → "72.5k", 1200000 → "1.2M", 45 → "45". */
function shortAmount(value: number): string {
  if (value >= 1_000_000) return `${Number((value / 1_000_000).toFixed(1))}M`;
  if (value >= 1_000) return `${Number((value / 1_000).toFixed(1))}k`;
  return String(value);
}

/** The numbers read from a salary, short enough for a card: "€70k–90k / year", "SGD 8k / month". */
export function salaryNumbers(salary: Salary): string | null {
  if (salary.min === null && salary.max === null) return null;
  const sign = salary.currency ? (CURRENCY_SIGNS[salary.currency] ?? `${salary.currency} `) : '';
  const range =
    salary.min !== null && salary.max !== null && salary.min !== salary.max
      ? `${shortAmount(salary.min)}–${shortAmount(salary.max)}`
      : shortAmount((salary.min ?? salary.max)!);
  return `${sign}${range}${salary.period ? ` / ${salary.period}` : ''}`;
}

/** A salary as a card or the detail panel shows it: the text the listing wrote, else the numbers read from it. */
export function salaryLabel(salary: Salary): string | null {
  return salary.text ?? salaryNumbers(salary);
}

const PERIODS_PER_YEAR: Readonly<Record<SalaryPeriod, number>> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

/**
 * A salary's top figure over a year, for ordering jobs by pay: 40/hour and
 * 83k/year compare as they should. Currencies are not converted (offline, no
 * rates); a salary without numbers has none.
 */
export function yearlyTop(salary: Salary): number | null {
  const top = salary.max ?? salary.min;
  return top === null ? null : top * PERIODS_PER_YEAR[salary.period ?? 'year'];
}
