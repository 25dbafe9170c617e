import { IconCalendarEvent } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';

/** Placeholder until the feature lands in this release. */
export function MeetingsPage() {
  return (
    <EmptyState icon={<IconCalendarEvent />} title="Meetings">
      Meetings across the practice arrive in this release.
    </EmptyState>
  );
}
