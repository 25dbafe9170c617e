import { Badge, Group } from '@mantine/core';
import { PROPOSAL_STATUS_LABELS, type Proposal, type ProposalStatus } from '../../../../src-main/domain/proposal';
import { isExpired } from '../../../../src-main/domain/proposal-dates';

const STATUS_COLOURS: Record<ProposalStatus, string> = { draft: 'gray', sent: 'blue', accepted: 'teal', declined: 'red' };

/** The proposal's status, and "Expired" beside it when its prices no longer hold and the client has not answered. */
export function ProposalStatusBadges({ proposal, today }: { proposal: Pick<Proposal, 'status' | 'validUntil'>; today: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" color={STATUS_COLOURS[proposal.status]} style={{ flexShrink: 0 }}>
        {PROPOSAL_STATUS_LABELS[proposal.status]}
      </Badge>
      {isExpired(proposal, today) && (
        <Badge variant="light" color="orange" style={{ flexShrink: 0 }} data-testid="expired-badge">
          Expired
        </Badge>
      )}
    </Group>
  );
}
