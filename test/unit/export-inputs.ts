import { z } from 'zod';
import { contract } from '../../src-main/api/contract';
import { CHANNEL_NAMES, type ChannelName } from '../../src-main/api/contract/channel-names';
import type { PracticeData } from '../../src-main/domain/practice';

/**
 * The export channels of the contract and the inputs to make each for one client, read from their
 * input schemas, so that export kinds added later are covered by the tests that use this without
 * anyone listing them: the client's id, the id of each of the client's records a channel names
 * (`meetingId` takes each of the client's `meetings`), and the yes/no options. A key it cannot fill
 * fails loudly, so no export kind goes unchecked.
 */

/**
 * The batch of prep packs writes the very document export.prepPackPdf makes, one a meeting, into a
 * folder the consultant chooses; its documents are covered through export.prepPackPdf.
 */
const SAME_DOCUMENT_AS_ANOTHER: readonly string[] = ['export.prepPackBatchStart', 'export.prepPackBatchWrite'];

export const EXPORT_CHANNELS: ChannelName[] = CHANNEL_NAMES.filter((name) => name.startsWith('export.') && !SAME_DOCUMENT_AS_ANOTHER.includes(name));

/** The year of the yearly exports (the playbook), the year the tests' clocks stand in. */
const EXPORT_YEAR = 2026;

function recordsOf(data: PracticeData, collection: string, clientId: string): Array<{ id: string; clientId?: string }> {
  const records = (data as unknown as Record<string, unknown>)[collection];
  if (!Array.isArray(records)) throw new Error(`no collection "${collection}"; teach exportInputs`);
  return (records as Array<{ id: string; clientId?: string }>).filter((record) => record.clientId === clientId);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
  return current;
}

export interface ExportCall {
  channel: ChannelName;
  /** Null for an export of the whole practice (the standards library). */
  clientId: string | null;
  input: Record<string, unknown>;
}

function takesClient(channel: ChannelName): boolean {
  const schema = contract[channel].input as z.ZodType;
  return schema instanceof z.ZodObject && Object.keys(schema.shape as object).some((key) => key.endsWith('Id') || key.endsWith('Ids') || key === 'id');
}

/** Every export of the contract for each of the clients, and each export of the whole practice once. */
export function exportCalls(data: PracticeData, options: 'every' | 'client', clientIds: readonly string[] = data.clients.map((client) => client.id)): ExportCall[] {
  return EXPORT_CHANNELS.flatMap((channel): ExportCall[] =>
    takesClient(channel)
      ? clientIds.flatMap((clientId) => exportInputs(channel, clientId, data, options).map((input) => ({ channel, clientId, input })))
      : exportInputs(channel, '', data, options).map((input) => ({ channel, clientId: null, input })),
  );
}

/**
 * `options`: 'every' gives each combination of the yes/no options; 'client' only the client's copy,
 * with every option off (no private notes, not the internal workbook).
 */
export function exportInputs(channel: ChannelName, clientId: string, data: PracticeData, options: 'every' | 'client'): Record<string, unknown>[] {
  const schema = contract[channel].input as z.ZodType;
  if (!(schema instanceof z.ZodObject)) throw new Error(`${channel}: its input is not an object`);
  let inputs: Record<string, unknown>[] = [{}];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const inner = unwrap(field);
    if (key === 'clientId') {
      inputs = inputs.map((input) => ({ ...input, clientId }));
    } else if (inner instanceof z.ZodBoolean) {
      inputs = inputs.flatMap((input) => (options === 'every' ? [{ ...input, [key]: false }, { ...input, [key]: true }] : [{ ...input, [key]: false }]));
    } else if (key.endsWith('Id') || key === 'id') {
      // `meetingId` names a meeting; a bare `id` names what the channel exports (export.proposalPdf: a proposal).
      const noun = key === 'id' ? /^export\.([a-z]+)/.exec(channel)![1]! : key.slice(0, -2);
      const records = recordsOf(data, `${noun}s`, clientId);
      inputs = inputs.flatMap((input) => records.map((record) => ({ ...input, [key]: record.id })));
    } else if (key.endsWith('Ids') && inner instanceof z.ZodArray) {
      const records = recordsOf(data, `${key.slice(0, -3)}s`, clientId);
      inputs = records.length === 0 ? [] : inputs.map((input) => ({ ...input, [key]: records.map((record) => record.id) }));
    } else if (inner instanceof z.ZodArray && unwrap(inner.element as z.ZodType) instanceof z.ZodEnum) {
      // Every section of a document that has optional sections.
      inputs = inputs.map((input) => ({ ...input, [key]: (unwrap(inner.element as z.ZodType) as z.ZodEnum).options }));
    } else if (key === 'year' && inner instanceof z.ZodNumber) {
      inputs = inputs.map((input) => ({ ...input, year: EXPORT_YEAR }));
    } else {
      throw new Error(`${channel}: the export tests do not know how to fill "${key}"; teach exportInputs`);
    }
  }
  return inputs;
}
