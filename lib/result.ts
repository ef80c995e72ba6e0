/**
 * Answers that cross a boundary (contexts, the CLI, imports) carry errors as data: `Error` objects
 * do not survive structured cloning between extension contexts, and a thrown error inside a page
 * is exactly what ClaimTrail must never cause.
 */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** A failure a reader or a caller can act on: a stable code and a sentence in plain English. */
export interface AppError {
  code: ErrorCode;
  message: string;
}

/** Every error code a ClaimTrail answer can carry. */
export const errorCodes = [
  'invalidMessage',
  'unknownMessage',
  'forbiddenMessage',
  'handlerFailed',
  'unreachable',
  'invalidJson',
  'invalidBundle',
  'unsupportedVersion',
  'quotaExceeded',
  'storageFailed',
  'notFound',
  'extractionFailed',
  'corruptSnapshot',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
