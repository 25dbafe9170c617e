import { Button, Center, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { IconCamera, IconFileText, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { answerCount, noteCount } from '../../../../src-main/domain/canvass';
import type { Client } from '../../../../src-main/domain/client';
import { useChannel } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useExport } from '../../components/useExport';
import { CanvasGrid } from './CanvasGrid';
import { CanvassExportDialog } from './CanvassExportDialog';
import { DiscoveryForm } from './DiscoveryForm';
import { GoalsPanel } from './GoalsPanel';
import { SnapshotsPanel } from './SnapshotsPanel';
import { TakeSnapshotDialog } from './TakeSnapshotDialog';
import { countWords } from './snapshot-names';
import { useCanvassEdits } from './useCanvass';

type CanvassTab = 'canvas' | 'discovery' | 'goals' | 'snapshots';

/** A client's business canvass (PRODUCT.md §4): the canvas, the discovery answers, the goals and the snapshots. */
export function CanvassPage({ client }: { client: Client }) {
  const canvass = useChannel('canvass.get', { clientId: client.id });
  const edits = useCanvassEdits(client.id);
  const questionnaire = useExport('export.questionnairePdf');
  const [tab, setTab] = useState<CanvassTab>('canvas');
  const [snapshotting, setSnapshotting] = useState(false);
  const [exporting, setExporting] = useState(false);

  if (canvass.isError) return <ErrorPanel error={canvass.error} onRetry={() => void canvass.refetch()} />;
  if (!canvass.data) {
    return (
      <Center p="xl">
        <Loader role="status" aria-label="Opening the canvass" />
      </Center>
    );
  }
  const content = canvass.data.canvass;
  const notes = noteCount(content);
  const answers = answerCount(content);

  return (
    <Stack gap="md" data-testid="canvass-page">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed">
          {notes === 0 && answers === 0
            ? 'Start with who the customers are and why they buy: type a note in a block and press Enter.'
            : `${countWords(notes, 'note', 'notes')} on the canvas, ${countWords(answers, 'discovery question', 'discovery questions')} answered.`}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Button variant="default" leftSection={<IconCamera size={16} />} onClick={() => setSnapshotting(true)}>
            Take snapshot
          </Button>
          <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={() => setExporting(true)}>
            Canvass PDF
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileText size={16} />}
            loading={questionnaire.running}
            onClick={() => void questionnaire.run({ clientId: client.id }, 'business questions')}
          >
            Questionnaire PDF
          </Button>
        </Group>
      </Group>
      <Tabs value={tab} onChange={(value) => value && setTab(value as CanvassTab)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="canvas">Canvas</Tabs.Tab>
          <Tabs.Tab value="discovery">Discovery questions</Tabs.Tab>
          <Tabs.Tab value="goals">Goals</Tabs.Tab>
          <Tabs.Tab value="snapshots">Snapshots and changes</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="canvas">
          <CanvasGrid content={content} edits={edits} />
        </Tabs.Panel>
        <Tabs.Panel value="discovery">
          <DiscoveryForm content={content} edits={edits} />
        </Tabs.Panel>
        <Tabs.Panel value="goals">
          <GoalsPanel clientId={client.id} />
        </Tabs.Panel>
        <Tabs.Panel value="snapshots">
          <SnapshotsPanel clientId={client.id} onTake={() => setSnapshotting(true)} />
        </Tabs.Panel>
      </Tabs>
      <TakeSnapshotDialog clientId={client.id} opened={snapshotting} onClose={() => setSnapshotting(false)} />
      <CanvassExportDialog client={client} opened={exporting} onClose={() => setExporting(false)} />
    </Stack>
  );
}
