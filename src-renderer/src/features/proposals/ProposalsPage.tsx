import type { Client } from '../../../../src-main/domain/client';
import { ProposalEditor } from './ProposalEditor';
import { ProposalList } from './ProposalList';

/** The client's proposals: the list, or one proposal when the route names it. */
export function ProposalsPage({ client, itemId }: { client: Client; itemId?: string | undefined }) {
  return itemId ? <ProposalEditor key={itemId} client={client} proposalId={itemId} /> : <ProposalList client={client} />;
}
