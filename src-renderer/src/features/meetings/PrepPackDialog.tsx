import { ActionIcon, Badge, Button, Checkbox, Group, Loader, Modal, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { PREP_PACK_SECTION_LABELS, PREP_PACK_SECTIONS, type PrepPackSection } from '../../../../src-main/domain/prep-pack';
import { useChannel } from '../../api';
import { useExport } from '../../components/useExport';

interface Row {
  section: PrepPackSection;
  chosen: boolean;
}

/** Pick and order the prep pack's sections (remembered for the client), then export it. */
export function PrepPackDialog({ meetingId, opened, onClose }: { meetingId: string; opened: boolean; onClose: () => void }) {
  const plan = useChannel('meetings.prepPackPlan', { id: meetingId }, { enabled: opened });
  const exportPack = useExport('export.prepPackPdf');
  const [rows, setRows] = useState<Row[]>([]);

  useEffect(() => {
    if (!opened || !plan.data) return;
    const chosen = plan.data.chosen;
    const rest = PREP_PACK_SECTIONS.filter((section) => !chosen.includes(section));
    setRows([...chosen.map((section) => ({ section, chosen: true })), ...rest.map((section) => ({ section, chosen: false }))]);
  }, [opened, plan.data]);

  const withData = new Set(plan.data?.withData ?? []);
  const move = (index: number, by: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });
  const sections = rows.filter((row) => row.chosen).map((row) => row.section);

  async function exportNow() {
    if (await exportPack.run({ meetingId, sections }, 'prep pack')) onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Meeting prep pack" size="lg">
      {plan.isPending ? (
        <Loader />
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            One PDF: a cover, then these sections in this order. Sections with nothing to show for this meeting are left out. Your choice is
            remembered for this client.
          </Text>
          <Stack gap={6}>
            {rows.map((row, index) => (
              <Paper key={row.section} withBorder px="sm" py={6} data-testid="prep-pack-section">
                <Group justify="space-between" wrap="nowrap">
                  <Checkbox
                    label={PREP_PACK_SECTION_LABELS[row.section]}
                    checked={row.chosen}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked;
                      setRows((current) => current.map((candidate) => (candidate.section === row.section ? { ...candidate, chosen: checked } : candidate)));
                    }}
                  />
                  <Group gap={4} wrap="nowrap">
                    {!withData.has(row.section) && (
                      <Badge variant="light" color="gray">
                        Nothing to show yet
                      </Badge>
                    )}
                    <Tooltip label="Earlier">
                      <ActionIcon variant="subtle" aria-label={`Move ${PREP_PACK_SECTION_LABELS[row.section]} earlier`} disabled={index === 0} onClick={() => move(index, -1)}>
                        <IconArrowUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Later">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Move ${PREP_PACK_SECTION_LABELS[row.section]} later`}
                        disabled={index === rows.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button leftSection={<IconFileTypePdf size={16} />} disabled={sections.length === 0} loading={exportPack.running} onClick={() => void exportNow()}>
              Export the prep pack
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
