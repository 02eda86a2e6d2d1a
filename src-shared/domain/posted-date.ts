import { formatISO, isValid, parseISO, subDays, subHours, subMinutes, subMonths, subWeeks } from 'date-fns';

/** Each unit a relative date is written in, in full and short, to the way back from the day the page was saved. */
const UNITS: Record<string, (date: Date, amount: number) => Date> = {
  minute: subMinutes,
  min: subMinutes,
  hour: subHours,
  hr: subHours,
  day: subDays,
  week: subWeeks,
  wk: subWeeks,
  month: subMonths,
  mo: subMonths,
};

/**
 * Resolves a posted date as pages write it ("0 days ago", "Posted
 * yesterday", "30+ days ago", "2026-11-20") against when the page was
 * saved. Returns a calendar date (YYYY-MM-DD) or null when it cannot tell.
 */
export function resolvePostedDate(text: string | null, savedAt: Date): string | null {
  if (!text) return null;
  const value = text.trim().toLowerCase();
  const day = (date: Date) => formatISO(date, { representation: 'date' });
  if (/\b(today|just now|just posted|new)\b/u.test(value)) return day(savedAt);
  if (/\byesterday\b/u.test(value)) return day(subDays(savedAt, 1));
  const relative = value.match(/(\d+)\+?\s*(minute|min|hour|hr|day|week|wk|month|mo)s?\.?\s+ago/u);
  if (relative) return day(UNITS[relative[2]!]!(savedAt, Number(relative[1])));
  const absolute = parseISO(text.trim());
  if (isValid(absolute)) return day(absolute);
  const loose = new Date(text.trim());
  if (isValid(loose) && /\d{4}/u.test(text)) return day(loose);
  return null;
}
