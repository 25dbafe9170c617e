import { Anchor, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileDollar, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney, type MoneyStyle } from '../../../../src-main/domain/format';
import type { Proposal } from '../../../../src-main/domain/proposal';
import { isExpired, validityWords } from '../../../../src-main/domain/proposal-dates';
import { priceProposal } from '../../../../src-main/domain/proposal-pricing';
import type { Settings } from '../../../../src-main/domain/settings';
import { useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { pathOf } from '../../router';
import { shortDate } from './dates';
import { NewProposalDialog } from './NewProposalDialog';
import { ProposalStatusBadges } from './ProposalStatusBadges';

/** Newest first; among the same day, by title. */
function byIssue(a: Proposal, b: Proposal): number {
  return b.issueDate.localeCompare(a.issueDate) || a.title.localeCompare(b.title);
}

function countWords(count: number): string {
  return `${count} ${count === 1 ? 'proposal' : 'proposals'}`;
}

/** A client's proposals with their status, validity and client prices; a row opens the editor. */
export function ProposalList({ client }: { client: Client }) {
  const query = useChannel('proposals.list', { clientId: client.id });
  const { settings } = useSettings();
  const money = useMoneyStyle();
  const [creating, setCreating] = useState(false);
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  const proposals = [...(query.data?.proposals ?? [])].sort(byIssue);
  const today = query.data?.today ?? '';
  const expired = proposals.filter((proposal) => isExpired(proposal, today)).length;
  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      New proposal
    </Button>
  );

  return (
    <Stack>
      {query.data && proposals.length === 0 ? (
        <Card withBorder>
          <EmptyState icon={<IconFileDollar />} title="No proposals yet" actions={newButton}>
            A proposal turns a roadmap initiative into something {client.name} can sign: the steps, the time, the equipment from your catalogue and
            the price. Start one from an initiative, from an earlier proposal, or from scratch.
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {countWords(proposals.length)}
              {expired > 0 && `, ${expired} expired`}
            </Text>
            {newButton}
          </Group>
          <Card withBorder p={0}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Proposal</Table.Th>
                  <Table.Th w={150}>Status</Table.Th>
                  <Table.Th w={190}>Valid until</Table.Th>
                  <Table.Th w={130} ta="right">
                    One-time
                  </Table.Th>
                  <Table.Th w={110} ta="right">
                    Monthly
                  </Table.Th>
                  <Table.Th w={130} ta="right">
                    First year
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proposals.map((proposal) => (
                  <ProposalRow key={proposal.id} proposal={proposal} client={client} today={today} settings={settings} money={money} />
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
      <NewProposalDialog client={client} opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function decisionWords(proposal: Proposal, locale: string): string {
  const day = proposal.decision.date ? ` on ${shortDate(proposal.decision.date, locale)}` : '';
  return `${proposal.status === 'accepted' ? 'Accepted' : 'Declined'}${day}`;
}

function ProposalRow({ proposal, client, today, settings, money }: { proposal: Proposal; client: Client; today: string; settings: Settings; money: MoneyStyle }) {
  const pricing = priceProposal(proposal, settings);
  const href = `#${pathOf({ screen: 'client', clientId: client.id, section: 'proposals', itemId: proposal.id })}`;
  const validity = validityWords(proposal, today);
  return (
    <Table.Tr data-testid="proposal-row">
      <Table.Td>
        <Anchor href={href} fw={600} size="sm">
          {proposal.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          Issued {shortDate(proposal.issueDate, money.locale)}
        </Text>
      </Table.Td>
      <Table.Td>
        <ProposalStatusBadges proposal={proposal} today={today} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{shortDate(proposal.validUntil, money.locale)}</Text>
        <Text size="xs" c={isExpired(proposal, today) ? 'orange' : 'dimmed'}>
          {validity || decisionWords(proposal, money.locale)}
        </Text>
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {formatMoney(pricing.oneTimeTotalCents, money)}
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {formatMoney(pricing.monthlyTotalCents, money)}
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {formatMoney(pricing.firstYearTotalCents, money)}
      </Table.Td>
    </Table.Tr>
  );
}
