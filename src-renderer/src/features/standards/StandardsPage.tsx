import { IconBooks } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';

/** Placeholder until the feature lands in this release. */
export function StandardsPage() {
  return (
    <EmptyState icon={<IconBooks />} title="Standards library">
      The standards library arrives in this release.
    </EmptyState>
  );
}
