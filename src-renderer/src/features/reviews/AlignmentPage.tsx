import { IconChecklist } from '@tabler/icons-react';
import type { Client } from '../../../../src-main/domain/client';
import { EmptyState } from '../../components/EmptyState';

/** Placeholder until the feature lands in this release. */
export function AlignmentPage({ client }: { client: Client }) {
  return (
    <EmptyState icon={<IconChecklist />} title="Alignment reviews">
      {client.name}: alignment reviews arrive in this release.
    </EmptyState>
  );
}
