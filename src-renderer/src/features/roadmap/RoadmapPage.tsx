import { IconLayoutKanban } from '@tabler/icons-react';
import type { Client } from '../../../../src-main/domain/client';
import { EmptyState } from '../../components/EmptyState';

/** Placeholder until the feature lands in this release. */
export function RoadmapPage({ client }: { client: Client }) {
  return (
    <EmptyState icon={<IconLayoutKanban />} title="Roadmap">
      {client.name}: the quarterly roadmap arrives in this release.
    </EmptyState>
  );
}
