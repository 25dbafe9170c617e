import type { z } from 'zod';
import { ApiError } from '../api';

/**
 * Forms check their values with the same zod schemas as the contract, and show the registry's own
 * field issues next to the fields when the main side refuses a value.
 */
export function zodErrors(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

/** Field errors from a refused request, with the input's wrapper key ("client.", "changes.") removed. */
export function fieldErrorsOf(error: unknown, prefixes: string[]): Record<string, string> | null {
  if (!(error instanceof ApiError) || error.issues.length === 0) return null;
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const prefix = prefixes.find((candidate) => issue.path.startsWith(`${candidate}.`));
    const path = prefix ? issue.path.slice(prefix.length + 1) : issue.path;
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

/**
 * The main side kept the change in memory but could not write it yet: the form's work is done
 * (the banner and the save indicator say the rest), so it should close rather than invite a retry.
 */
export function keptButNotSaved(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'SAVE_FAILED';
}
