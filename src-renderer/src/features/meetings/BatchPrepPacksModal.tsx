import { Alert, Button, Group, List, Modal, NumberInput, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatShortDate } from '../../../../src-main/domain/date-format';
import { call } from '../../api';
import { useSettings } from '../../components/settings-hooks';

type Run =
  | { stage: 'choose' }
  | { stage: 'writing'; total: number; done: number; current: string }
  | { stage: 'finished'; folder: string; files: string[]; failures: string[] }
  | { stage: 'nothing'; days: number };

/** Writes the prep pack of every meeting in the next N days into one folder, one after the other, with progress. */
export function BatchPrepPacksModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { settings } = useSettings();
  const [days, setDays] = useState<number | string>(14);
  const [run, setRun] = useState<Run>({ stage: 'choose' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (opened) {
      setRun({ stage: 'choose' });
      setError(null);
    }
  }, [opened]);

  async function start() {
    setError(null);
    try {
      const batch = await call('export.prepPackBatchStart', { days: Number(days) });
      if (batch.meetings.length === 0) return setRun({ stage: 'nothing', days: Number(days) });
      if (batch.batchId === null || batch.folder === null) return;
      const files: string[] = [];
      const failures: string[] = [];
      for (const [index, entry] of batch.meetings.entries()) {
        const label = `${entry.clientName}, ${formatShortDate(entry.date, settings.locale)}`;
        setRun({ stage: 'writing', total: batch.meetings.length, done: index, current: label });
        try {
          files.push((await call('export.prepPackBatchWrite', { batchId: batch.batchId, meetingId: entry.meetingId })).fileName);
        } catch (failure) {
          failures.push(`${label}: ${failure instanceof Error ? failure.message : String(failure)}`);
        }
      }
      setRun({ stage: 'finished', folder: batch.folder, files, failures });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setRun({ stage: 'choose' });
    }
  }

  return (
    <Modal opened={opened} onClose={run.stage === 'writing' ? () => undefined : onClose} title="Prep packs for the coming meetings" size="lg">
      <Stack>
        {run.stage === 'choose' && (
          <>
            <Text size="sm" c="dimmed">
              Every planned meeting in the coming days gets its prep pack, with the sections you chose for its client, written into a folder you
              pick.
            </Text>
            <NumberInput label="Meetings in the next" suffix=" days" min={1} max={90} allowDecimal={false} value={days} onChange={setDays} error={error} data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button onClick={() => void start()}>Choose a folder and start</Button>
            </Group>
          </>
        )}
        {run.stage === 'writing' && (
          <>
            <Text size="sm">
              Writing {run.done + 1} of {run.total}: {run.current}
            </Text>
            <Progress value={(run.done / run.total) * 100} animated aria-label="Prep packs written" />
          </>
        )}
        {run.stage === 'nothing' && (
          <>
            <Alert variant="light">No meeting is planned in the next {run.days} days.</Alert>
            <Group justify="flex-end">
              <Button onClick={onClose}>Close</Button>
            </Group>
          </>
        )}
        {run.stage === 'finished' && (
          <>
            <Alert color={run.failures.length > 0 ? 'red' : 'teal'} variant="light" title={`${run.files.length} ${run.files.length === 1 ? 'prep pack' : 'prep packs'} written`}>
              In {run.folder}
            </Alert>
            <List size="sm">
              {run.files.map((file) => (
                <List.Item key={file}>{file}</List.Item>
              ))}
            </List>
            {run.failures.length > 0 && (
              <Alert color="red" variant="light" title="Not written">
                {run.failures.map((failure) => (
                  <Text key={failure} size="sm">
                    {failure}
                  </Text>
                ))}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button onClick={onClose}>Close</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
