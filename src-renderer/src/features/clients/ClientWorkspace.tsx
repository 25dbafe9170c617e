import { Badge, Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { CLIENT_STATUS_LABELS } from '../../../../src-main/domain/client';
import { useChannel } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import type { ClientSection } from '../../router';
import { TouchShortcut } from '../meetings/TouchShortcut';
import { CLIENT_SECTION_LABELS } from '../shell/ClientNavigation';
import { NotFound } from '../shell/NotFound';
import { ClientProfile } from './ClientProfile';
import { statusColour } from './client-status';
import { lazyScreen, ScreenLoading } from '../../components/lazy-screen';

// Each section's code loads when it is first opened.
const AssetsPage = lazyScreen(() => import('../assets/AssetsPage'), (module) => module.AssetsPage);
const BudgetPage = lazyScreen(() => import('../budget/BudgetPage'), (module) => module.BudgetPage);
const CanvassPage = lazyScreen(() => import('../canvass/CanvassPage'), (module) => module.CanvassPage);
const InitiativesPage = lazyScreen(() => import('../initiatives/InitiativesPage'), (module) => module.InitiativesPage);
const ClientMeetingsPage = lazyScreen(() => import('../meetings/ClientMeetingsPage'), (module) => module.ClientMeetingsPage);
const ProposalsPage = lazyScreen(() => import('../proposals/ProposalsPage'), (module) => module.ProposalsPage);
const AlignmentPage = lazyScreen(() => import('../reviews/AlignmentPage'), (module) => module.AlignmentPage);
const RoadmapPage = lazyScreen(() => import('../roadmap/RoadmapPage'), (module) => module.RoadmapPage);
const ServicesPage = lazyScreen(() => import('../services/ServicesPage'), (module) => module.ServicesPage);

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
      <Suspense fallback={<ScreenLoading />}>
        {section === 'assets' && <AssetsPage client={client} />}
        {section === 'services' && <ServicesPage client={client} />}
        {section === 'initiatives' && <InitiativesPage client={client} />}
        {section === 'budget' && <BudgetPage client={client} />}
        {section === 'canvass' && <CanvassPage client={client} />}
        {section === 'alignment' && <AlignmentPage client={client} reviewId={itemId} />}
        {section === 'roadmap' && <RoadmapPage client={client} />}
        {section === 'meetings' && <ClientMeetingsPage client={client} />}
        {section === 'proposals' && <ProposalsPage client={client} itemId={itemId} />}
      </Suspense>
      <TouchShortcut client={client} />
    </>
  );
}
