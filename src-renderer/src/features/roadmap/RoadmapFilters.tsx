import { Chip, Group, Stack, Text } from '@mantine/core';
import { INITIATIVE_STATUS_LABELS, INITIATIVE_STATUSES, PRIORITIES, PRIORITY_LABELS, type InitiativeStatus, type Priority } from '../../../../src-main/domain/initiative';
import type { BoardFilters } from './board-columns';

/** Declined work is out of the plan, so the board starts without it; one click shows it again. */
export const DEFAULT_FILTERS: BoardFilters = {
  statuses: INITIATIVE_STATUSES.filter((status) => status !== 'declined'),
  priorities: [...PRIORITIES],
};

export function RoadmapFilters({ filters, onChange }: { filters: BoardFilters; onChange: (next: BoardFilters) => void }) {
  return (
    <Stack gap={6}>
      <Group gap="xs" align="center">
        <Text size="sm" fw={500} w={64} id="roadmap-status-filter">
          Status
        </Text>
        <Chip.Group multiple value={filters.statuses} onChange={(value) => onChange({ ...filters, statuses: value as InitiativeStatus[] })}>
          <Group gap={6} role="group" aria-labelledby="roadmap-status-filter">
            {INITIATIVE_STATUSES.map((status) => (
              <Chip key={status} value={status} size="xs">
                {INITIATIVE_STATUS_LABELS[status]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
      <Group gap="xs" align="center">
        <Text size="sm" fw={500} w={64} id="roadmap-priority-filter">
          Priority
        </Text>
        <Chip.Group multiple value={filters.priorities} onChange={(value) => onChange({ ...filters, priorities: value as Priority[] })}>
          <Group gap={6} role="group" aria-labelledby="roadmap-priority-filter">
            {PRIORITIES.map((priority) => (
              <Chip key={priority} value={priority} size="xs">
                {PRIORITY_LABELS[priority]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
    </Stack>
  );
}
