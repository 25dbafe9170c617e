import { Button, Card, Group, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypePdf, IconLock } from '@tabler/icons-react';
import type { SavedFile } from '../../../../src-main/api/contract';
import type { Client } from '../../../../src-main/domain/client';
import { useChange } from '../../api';
import { showExported } from '../../components/exported';

/** The documents a client takes home, and the consultant's own workbook with cost and margin. */
export function BudgetExports({ client }: { client: Client }) {
  const workbook = useChange('export.budgetWorkbook');
  const report = useChange('export.budgetPdf');
  const done = (result: SavedFile) => showExported(result);
  const failed = (error: Error) => notifications.show({ color: 'red', title: 'Export failed', message: error.message });
  return (
    <Card withBorder>
      <Title order={4}>Export</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Client documents show client prices only. The internal workbook adds your cost, markup and margin: keep it to yourself.
      </Text>
      <Group>
        <Button leftSection={<IconFileTypePdf size={16} />} loading={report.isPending} onClick={() => report.mutate({ clientId: client.id }, { onSuccess: done, onError: failed })}>
          Budget report (PDF)
        </Button>
        <Button
          variant="light"
          leftSection={<IconFileSpreadsheet size={16} />}
          loading={workbook.isPending && workbook.variables?.internal === false}
          onClick={() => workbook.mutate({ clientId: client.id, internal: false }, { onSuccess: done, onError: failed })}
        >
          Budget workbook (Excel)
        </Button>
        <Button
          variant="default"
          leftSection={<IconLock size={16} />}
          loading={workbook.isPending && workbook.variables?.internal === true}
          onClick={() => workbook.mutate({ clientId: client.id, internal: true }, { onSuccess: done, onError: failed })}
        >
          Internal workbook with cost and margin
        </Button>
      </Group>
    </Card>
  );
}
