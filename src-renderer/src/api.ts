import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelName } from '../../src-main/api/contract/channel-names';
import type { ChannelError, ChannelInput, ChannelOutput, FieldIssue, VcioBridge } from '../../src-main/api/contract';

/** The typed client over window.vcio: one function to call a channel, and query hooks over it. */

declare global {
  interface Window {
    vcio: VcioBridge;
  }
}

export class ApiError extends Error {
  readonly code: ChannelError['code'];
  readonly issues: FieldIssue[];

  constructor(error: ChannelError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await window.vcio.invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ChannelOutput<C>;
}

export function queryKey<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
  return [channel, input] as const;
}

export function useChannel<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options: Omit<UseQueryOptions<ChannelOutput<C>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ChannelOutput<C>, ApiError>({
    queryKey: queryKey(channel, input),
    queryFn: () => call(channel, input),
    ...options,
  });
}

/**
 * A change through a channel. Afterwards every query is refreshed: the main side is the only
 * source of truth, and a local call is cheap.
 *
 * `beforeRefresh` runs on success before that refresh. A change that removes what the screen
 * shows (deleting a client from its own page) must leave the screen there: the refresh would
 * otherwise unmount the screen first, and callbacks given to `mutate` never run after unmount.
 */
export function useChange<C extends ChannelName>(
  channel: C,
  options: { beforeRefresh?: (output: ChannelOutput<C>, input: ChannelInput<C>) => void } = {},
) {
  const client = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: (output, input) => options.beforeRefresh?.(output, input),
    onSettled: () => client.invalidateQueries(),
  });
}
