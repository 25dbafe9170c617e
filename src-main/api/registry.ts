import { z } from 'zod';
import { isChannelName, type ChannelName } from './contract/channel-names';
import { contract, type ChannelError, type ChannelResult, type Contract, type FieldIssue } from './contract';
import { AppError } from './errors';
import type { HandlerContext } from './handler-context';
import { SaveFailedError, StoreNotWritableError } from '../store/errors';

export type HandlerFor<C extends ChannelName> = (
  input: z.output<Contract[C]['input']>,
  context: HandlerContext,
) => Promise<z.input<Contract[C]['output']>>;

export type HandlerMap<K extends ChannelName> = { [C in K]: HandlerFor<C> };
export type Handlers = HandlerMap<ChannelName>;

export interface Registry {
  /** Known channels answer with their own output type; anything else is checked at run time. */
  invoke<C extends ChannelName>(channel: C, input: unknown): Promise<ChannelResult<C>>;
  invoke(channel: unknown, input: unknown): Promise<ChannelResult<ChannelName>>;
}

export function issuesOf(error: z.ZodError, prefix: PropertyKey[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({ path: [...prefix, ...issue.path].map(String).join('.'), message: issue.message }));
}

function invalid(issues: FieldIssue[]): ChannelError {
  const first = issues[0];
  const where = first && first.path ? ` (${first.path})` : '';
  return {
    code: 'INVALID_INPUT',
    message: first ? `Please check the highlighted fields: ${first.message}${where}.` : 'The request was not valid.',
    issues,
  };
}

function errorOf(error: unknown, log: (message: string, error: unknown) => void): ChannelError {
  if (error instanceof AppError) return { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
  if (error instanceof StoreNotWritableError) return { code: 'NOT_WRITABLE', message: error.message };
  if (error instanceof SaveFailedError) return { code: 'SAVE_FAILED', message: error.message };
  if (error instanceof z.ZodError) return invalid(issuesOf(error));
  log('handler failed', error);
  return { code: 'INTERNAL', message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * Validates the input, runs the handler, validates the output, and never throws: every outcome is
 * `{ ok: true, value }` or `{ ok: false, error }`.
 */
export function createRegistry(
  handlers: Handlers,
  context: HandlerContext,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): Registry {
  return {
    async invoke(channel: unknown, input: unknown): Promise<ChannelResult<ChannelName>> {
      try {
        if (!isChannelName(channel)) {
          return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel called ${String(channel).slice(0, 80)}.` } };
        }
        const schemas = contract[channel];
        const parsed = schemas.input.safeParse(input ?? {});
        if (!parsed.success) return { ok: false, error: invalid(issuesOf(parsed.error)) };
        const handler = handlers[channel] as (value: unknown, handlerContext: HandlerContext) => Promise<unknown>;
        const result = await handler(parsed.data, context);
        const output = schemas.output.safeParse(result);
        if (!output.success) {
          log(`output of ${channel} does not match the contract`, output.error);
          return { ok: false, error: { code: 'INTERNAL', message: 'The app produced an answer it could not check. Please report this problem.' } };
        }
        return { ok: true, value: output.data } as ChannelResult<ChannelName>;
      } catch (error) {
        return { ok: false, error: errorOf(error, log) };
      }
    },
  };
}
