import { Badge, Center, Loader } from '@mantine/core';
import { CLIENT_STATUS_LABELS } from '../../../../src-main/domain/client';
import { useChannel } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import type { ClientSection } from '../../router';
import { AssetsPage } from '../assets/AssetsPage';
import { BudgetPage } from '../budget/BudgetPage';
import { CanvassPage } from '../canvass/CanvassPage';
import { InitiativesPage } from '../initiatives/InitiativesPage';
import { ClientMeetingsPage } from '../meetings/ClientMeetingsPage';
import { TouchShortcut } from '../meetings/TouchShortcut';
import { ProposalsPage } from '../proposals/ProposalsPage';
import { AlignmentPage } from '../reviews/AlignmentPage';
import { RoadmapPage } from '../roadmap/RoadmapPage';
import { ServicesPage } from '../services/ServicesPage';
import { CLIENT_SECTION_LABELS } from '../shell/ClientNavigation';
import { NotFound } from '../shell/NotFound';
import { ClientProfile } from './ClientProfile';
import { statusColour } from './client-status';

/** One client's workspace: its profile and the sections built on it. */
export function ClientWorkspace({ clientId, section, itemId }: { clientId: string; section: ClientSection; itemId?: string | undefined }) {
  const query = useChannel('clients.get', { id: clientId });
  if (query.isPending) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  if (query.isError) return query.error.code === 'NOT_FOUND' ? <NotFound /> : <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  const client = query.data.client;
  const badge = (
    <>
      <Badge variant="light" color={statusColour(client.status)}>
        {CLIENT_STATUS_LABELS[client.status]}
      </Badge>
      {client.archivedAt && (
        <Badge variant="outline" color="gray">
          Archived
        </Badge>
      )}
    </>
  );
  return (
    <>
      {section === 'profile' ? (
        <ClientProfile client={client} badge={badge} />
      ) : (
        <PageHeader title={`${client.name}: ${CLIENT_SECTION_LABELS[section]}`} badge={badge} />
      )}
      {section === 'assets' && <AssetsPage client={client} />}
      {section === 'services' && <ServicesPage client={client} />}
      {section === 'initiatives' && <InitiativesPage client={client} />}
      {section === 'budget' && <BudgetPage client={client} />}
      {section === 'canvass' && <CanvassPage client={client} />}
      {section === 'alignment' && <AlignmentPage client={client} reviewId={itemId} />}
      {section === 'roadmap' && <RoadmapPage client={client} />}
      {section === 'meetings' && <ClientMeetingsPage client={client} />}
      {section === 'proposals' && <ProposalsPage client={client} itemId={itemId} />}
      <TouchShortcut client={client} />
    </>
  );
}
