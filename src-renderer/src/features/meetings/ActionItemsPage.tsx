import { IconListCheck } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';

/** Placeholder until the feature lands in this release. */
export function ActionItemsPage() {
  return (
    <EmptyState icon={<IconListCheck />} title="Action items">
      Action items across the practice arrive in this release.
    </EmptyState>
  );
}
