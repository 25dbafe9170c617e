import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { Initiative } from '../../../../src-main/domain/initiative';
import type { Decision } from '../../../../src-main/domain/initiative-history';

/** The client's last decision, and the way to record a new one (once the form's own edits are saved). */
export function InitiativeDecisionSection({ initiative, unsaved, onDecide }: { initiative: Initiative; unsaved: boolean; onDecide: (decision: Decision) => void }) {
  const decision = initiative.clientDecision;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {decision.date
          ? `${initiative.status === 'declined' ? 'Declined' : 'Decided'} on ${decision.date}${decision.by ? ` by ${decision.by}` : ''}${decision.note ? `: “${decision.note}”` : '.'}`
          : 'The client has not decided yet.'}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="light" color="teal" leftSection={<IconCheck size={14} />} disabled={unsaved} onClick={() => onDecide('approved')}>
          Client approved…
        </Button>
        <Button size="xs" variant="light" color="red" leftSection={<IconX size={14} />} disabled={unsaved} onClick={() => onDecide('declined')}>
          Client declined…
        </Button>
        {unsaved && (
          <Text size="xs" c="dimmed">
            Save your changes first.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
