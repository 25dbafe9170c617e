import { Autocomplete, SimpleGrid, TextInput } from '@mantine/core';
import { decisionMakers, type Client } from '../../../../src-main/domain/client';

export interface DecisionValues {
  date: string;
  by: string;
}

/** The day and the person of the client's answer; the decision makers are offered first. */
export function DecisionFields({ client, values, onChange, dateError }: { client: Client; values: DecisionValues; onChange: (next: DecisionValues) => void; dateError?: string | undefined }) {
  const names = [...decisionMakers(client), ...client.contacts.filter((person) => !person.decisionMaker)].map((person) => person.name);
  return (
    <SimpleGrid cols={2}>
      <TextInput label="Date of the decision" type="date" required value={values.date} onChange={(event) => onChange({ ...values, date: event.currentTarget.value })} error={dateError} data-autofocus />
      <Autocomplete label="Decided by" data={[...new Set(names)]} value={values.by} onChange={(by) => onChange({ ...values, by })} maxLength={120} />
    </SimpleGrid>
  );
}

export function firstDecisionMaker(client: Client): string {
  return decisionMakers(client)[0]?.name ?? '';
}
