import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconLock } from '@tabler/icons-react';
import type { Client } from '../../../../src-main/domain/client';
import { useExport } from '../../components/useExport';

/** The documents a client takes home, and the consultant's own workbook with cost and margin. */
export function BudgetExports({ client }: { client: Client }) {
  const clientWorkbook = useExport('export.budgetWorkbook');
  const internalWorkbook = useExport('export.budgetWorkbook');
  const report = useExport('export.budgetPdf');
  return (
    <Card withBorder>
      <Title order={4}>Export</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Client documents show client prices only. The internal workbook adds your cost, markup and margin: keep it to yourself.
      </Text>
      <Group>
        <Button leftSection={<IconFileTypePdf size={16} />} loading={report.running} onClick={() => void report.run({ clientId: client.id }, 'budget report')}>
          Budget report (PDF)
        </Button>
        <Button
          variant="light"
          leftSection={<IconFileSpreadsheet size={16} />}
          loading={clientWorkbook.running}
          onClick={() => void clientWorkbook.run({ clientId: client.id, internal: false }, 'budget workbook')}
        >
          Budget workbook (Excel)
        </Button>
        <Button
          variant="default"
          leftSection={<IconLock size={16} />}
          loading={internalWorkbook.running}
          onClick={() => void internalWorkbook.run({ clientId: client.id, internal: true }, 'internal budget workbook')}
        >
          Internal workbook with cost and margin
        </Button>
      </Group>
    </Card>
  );
}
