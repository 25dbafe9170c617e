import { Card, Center, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { DISCOVERY_TOPICS, TRAJECTORY_LABELS } from '../../../../src-main/domain/canvass';
import { DISCOVERY_QUESTIONS } from '../../../../src-main/domain/discovery-questions';
import { useChannel } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useSettings } from '../../components/settings-hooks';
import classes from './canvass.module.css';
import { CanvasGrid } from './CanvasGrid';
import { snapshotName } from './snapshot-names';

function SnapshotBody({ id }: { id: string }) {
  const snapshot = useChannel('canvass.getSnapshot', { id });
  if (snapshot.isPending) {
    return (
      <Center p="xl">
        <Loader role="status" aria-label="Opening the snapshot" />
      </Center>
    );
  }
  if (snapshot.isError) return <ErrorPanel error={snapshot.error} onRetry={() => void snapshot.refetch()} />;
  const content = snapshot.data.snapshot;
  return (
    <Stack>
      <CanvasGrid content={content} edits={null} />
      <Title order={3} fz="md" mt="sm">
        Discovery answers
      </Title>
      {DISCOVERY_TOPICS.map((topic) => (
        <Card key={topic} withBorder padding="sm">
          <Text size="sm" fw={600}>
            {DISCOVERY_QUESTIONS[topic].title}
          </Text>
          {topic === 'growth' && content.trajectory && (
            <Text size="sm" fw={500}>
              {TRAJECTORY_LABELS[content.trajectory]}
            </Text>
          )}
          <Text size="sm" c={content.discovery[topic] ? undefined : 'dimmed'} className={classes.wrapText} dir="auto">
            {content.discovery[topic] || 'Not discussed.'}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

/** An older snapshot, read only. */
export function SnapshotViewer({ snapshot, onClose }: { snapshot: { id: string; label: string; takenAt: string } | null; onClose: () => void }) {
  const { settings } = useSettings();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={snapshot !== null}
      onClose={onClose}
      size="calc(100vw - 3rem)"
      title={snapshot ? `Snapshot: ${snapshotName(snapshot, settings.locale)} (read only)` : ''}
    >
      {snapshot && <SnapshotBody id={snapshot.id} />}
    </Modal>
  );
}
