import { IconLayoutGrid } from '@tabler/icons-react';
import type { Client } from '../../../../src-main/domain/client';
import { EmptyState } from '../../components/EmptyState';

/** Placeholder until the feature lands in this release. */
export function CanvassPage({ client }: { client: Client }) {
  return (
    <EmptyState icon={<IconLayoutGrid />} title="Business canvass">
      {client.name}: the business canvass arrives in this release.
    </EmptyState>
  );
}
