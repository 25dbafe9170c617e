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
 */
export function useChange<C extends ChannelName>(channel: C) {
  const client = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
    onSettled: () => client.invalidateQueries(),
  });
}
