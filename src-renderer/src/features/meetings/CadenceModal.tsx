import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { meetingFrequencyLabel, recommendedCadence, touchFrequencyLabel, type Cadence } from '../../../../src-main/domain/cadence';
import type { Client } from '../../../../src-main/domain/client';
import { useChange } from '../../api';
import { fieldErrorsOf } from '../../components/forms';

/** The consultant's own cadence for one client, or back to the one its complexity gives. */
export function CadenceModal({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const update = useChange('clients.update');
  const recommended = recommendedCadence(client.complexity);
  const [cadence, setCadence] = useState<Cadence>(client.cadenceOverride ?? recommended);
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (opened) {
      setCadence(client.cadenceOverride ?? recommendedCadence(client.complexity));
      setErrors({});
    }
  }, [opened, client.cadenceOverride, client.complexity]);

  function save(cadenceOverride: Cadence | null) {
    update.mutate(
      { id: client.id, changes: { cadenceOverride } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: cadenceOverride ? 'Cadence set for this client.' : 'Back to the recommended cadence.' });
          onClose();
        },
        onError: (error) => {
          const fields = fieldErrorsOf(error, ['changes', 'changes.cadenceOverride']);
          setErrors(fields ?? {});
          notifications.show({ color: 'red', title: 'Not saved', message: error.message });
        },
      },
    );
  }

  const number = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);
  return (
    <Modal opened={opened} onClose={onClose} title={`Cadence for ${client.name}`}>
      <Stack>
        <Alert variant="light" p="xs">
          Complexity {client.complexity} recommends {meetingFrequencyLabel(recommended.strategyMeetingsPerYear).toLowerCase()} strategy meetings and{' '}
          {touchFrequencyLabel(recommended.touchesPerMonth).toLowerCase()}. MRR does not change the cadence.
        </Alert>
        <SimpleGrid cols={2}>
          <NumberInput
            label="Strategy meetings a year"
            min={0}
            max={12}
            allowDecimal={false}
            data-autofocus
            value={cadence.strategyMeetingsPerYear}
            error={errors.strategyMeetingsPerYear}
            onChange={(value) => setCadence({ ...cadence, strategyMeetingsPerYear: number(value) })}
          />
          <NumberInput
            label="Touches a month"
            min={0}
            max={31}
            allowDecimal={false}
            value={cadence.touchesPerMonth}
            error={errors.touchesPerMonth}
            onChange={(value) => setCadence({ ...cadence, touchesPerMonth: number(value) })}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {Number.isFinite(cadence.strategyMeetingsPerYear) ? meetingFrequencyLabel(cadence.strategyMeetingsPerYear) : '–'} ·{' '}
          {Number.isFinite(cadence.touchesPerMonth) ? touchFrequencyLabel(cadence.touchesPerMonth) : '–'}
        </Text>
        <Group justify="space-between">
          <Button variant="subtle" disabled={client.cadenceOverride === null} onClick={() => save(null)}>
            Use the recommended cadence
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={update.isPending} onClick={() => save(cadence)}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
