import { IconFileDollar } from '@tabler/icons-react';
import type { Client } from '../../../../src-main/domain/client';
import { EmptyState } from '../../components/EmptyState';

/** Placeholder until the feature lands in this release. */
export function ProposalsPage({ client }: { client: Client }) {
  return (
    <EmptyState icon={<IconFileDollar />} title="Proposals">
      {client.name}: proposals arrive in this release.
    </EmptyState>
  );
}
