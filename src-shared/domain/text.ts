/** Collapses runs of whitespace and trims, for single-line fields such as titles. */
export function normaliseLine(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}
