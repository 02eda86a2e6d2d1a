/**
 * Errors that cross the process boundary. Only a code and a human-readable
 * message travel; stacks stay in the process that threw.
 */
export const ERROR_CODES = [
  'invalid_argument',
  'unknown_call',
  'not_found',
  'conflict',
  'unsupported_file',
  'storage',
  'cancelled',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface QuarryErrorShape {
  code: ErrorCode;
  message: string;
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: QuarryErrorShape };

export class QuarryError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'QuarryError';
    this.code = code;
  }

  toShape(): QuarryErrorShape {
    return { code: this.code, message: this.message };
  }
}
