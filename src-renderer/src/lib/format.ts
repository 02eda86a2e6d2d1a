/** A share as a whole percentage, or a dash when there is nothing to divide. */
export const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`);
