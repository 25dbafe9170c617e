import type { z } from 'zod';
import { AppError } from '../errors';
import { issuesOf } from '../registry';

/**
 * Validates a merged record (stored fields plus the consultant's changes) and reports problems
 * under the same path as the input field, so forms can show them next to the field.
 */
export function validated<S extends z.ZodType>(schema: S, value: unknown, pathPrefix: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = issuesOf(result.error, pathPrefix ? pathPrefix.split('.') : []);
  const first = issues[0];
  throw new AppError('INVALID_INPUT', `Please check the highlighted fields: ${first?.message ?? 'a value is not valid'}.`, issues);
}
