import { IconCalendarEvent } from '@tabler/icons-react';
import type { Client } from '../../../../src-main/domain/client';
import { EmptyState } from '../../components/EmptyState';

/** Placeholder until the feature lands in this release. */
export function ClientMeetingsPage({ client }: { client: Client }) {
  return (
    <EmptyState icon={<IconCalendarEvent />} title="Meetings">
      {client.name}: meetings arrive in this release.
    </EmptyState>
  );
}
