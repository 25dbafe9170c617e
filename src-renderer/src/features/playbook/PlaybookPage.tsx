import { IconTargetArrow } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';

/** Placeholder until the feature lands in this release. */
export function PlaybookPage() {
  return (
    <EmptyState icon={<IconTargetArrow />} title="Playbook">
      The playbook arrives in this release.
    </EmptyState>
  );
}
