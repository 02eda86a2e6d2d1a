/** The building blocks every call's argument schema is made of. */
import * as v from 'valibot';
import { normaliseLine } from '../domain/text';

export interface CallSpec<Args extends v.GenericSchema, Result> {
  readonly args: Args;
  /** Type-only marker: never set at run time. */
  readonly result?: Result;
}

export function call<Result>() {
  return <Args extends v.GenericSchema>(args: Args): CallSpec<Args, Result> => ({ args });
}

const MAX_LINE = 500;
const MAX_URL = 2048;

export const requiredLine = (label: string) =>
  v.pipe(
    v.string(`${label} must be text`),
    v.transform(normaliseLine),
    v.nonEmpty(`${label} is required`),
    v.maxLength(MAX_LINE, `${label} must be at most ${MAX_LINE} characters`),
  );

export const webUrl = v.pipe(
  v.string('URL must be text'),
  v.trim(),
  v.maxLength(MAX_URL, `URL must be at most ${MAX_URL} characters`),
  v.url('URL must be a full address such as https://example.com/job'),
  v.check((value) => /^https?:/iu.test(value), 'URL must start with http:// or https://'),
);

export const optionalLine = (label: string) =>
  v.nullable(
    v.pipe(
      v.string(`${label} must be text`),
      v.transform(normaliseLine),
      v.maxLength(MAX_LINE, `${label} must be at most ${MAX_LINE} characters`),
      v.transform((value) => value || null),
    ),
  );

export const optionalUrl = v.optional(
  v.union([v.literal(''), webUrl], 'URL must be a full address such as https://example.com/job'),
);

export const id = v.pipe(
  v.number('id must be a number'),
  v.integer('id must be a whole number'),
  v.minValue(1, 'id must be positive'),
);

/** Several jobs at once (a bulk action): each id once, at least one. */
export const ids = v.pipe(
  v.array(id, 'ids must be a list'),
  v.minLength(1, 'choose at least one job'),
  v.maxLength(100_000, 'at most 100,000 jobs at once'),
  v.check((list) => new Set(list).size === list.length, 'each job may be named once'),
);

export const optionalEmail = v.nullable(
  v.pipe(v.string('email must be text'), v.trim(), v.email('Email must look like name@example.com'), v.maxLength(320)),
);

/** A calendar day as yyyy-MM-dd; a day that does not exist (31 April) is refused. */
export const day = (label: string) =>
  v.pipe(
    v.string(`${label} must be text`),
    v.isoDate(`${label} must be a date such as 2026-03-14`),
    v.check((text) => {
      const noon = new Date(`${text}T12:00:00Z`);
      return !Number.isNaN(noon.getTime()) && noon.toISOString().startsWith(text);
    }, `${label} is not a day of the calendar`),
  );

/** A calendar day, or null for none. */
export const optionalDay = (label: string) => v.nullable(day(label));

/** An argument object with exactly these fields: arrays and unknown keys (such as __proto__) are refused. */
export function fields<const Entries extends v.ObjectEntries>(entries: Entries) {
  const shape = v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? `unexpected field "${String(issue.path?.at(-1)?.key)}"` : 'expected an object of named fields',
  );
  return v.pipe(
    v.custom<v.InferInput<typeof shape>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      'expected an object of named fields',
    ),
    shape,
  );
}

export const noArgs = v.optional(fields({}));

export const MAX_IMPORT_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;

/**
 * Base64 text, checked in one linear pass: valibot's own base64 pattern
 * backtracks, and overflows the stack on a file of a few megabytes.
 */
export const base64Text = (tooLarge: { limit: number; message: string }) =>
  v.pipe(
    v.string('file content must be base64 text'),
    v.maxLength(tooLarge.limit, tooLarge.message),
    v.check((text) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/u.test(text), 'file content must be base64 text'),
  );

export const fileContent = base64Text({ limit: MAX_IMPORT_BASE64 * 10, message: 'file is larger than 500 MB' });
export const isoInstant = v.pipe(v.string('dates must be text'), v.isoTimestamp('dates must be ISO timestamps'));
