/** A share as a whole percentage, or a dash when there is nothing to divide. */
export const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** A file size the way file managers show it: "120 KB", "98.7 MB". */
export const fileSize = (bytes: number): string =>
  bytes < 1_048_576 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
