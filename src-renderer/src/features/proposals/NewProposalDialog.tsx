import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ProposalSource } from '../../../../src-main/api/contract/proposals';
import type { Client } from '../../../../src-main/domain/client';
import { PROPOSAL_STATUS_LABELS } from '../../../../src-main/domain/proposal';
import { useChange, useChannel } from '../../api';
import { navigate } from '../../router';

type StartKind = ProposalSource['kind'];

const KINDS: { value: StartKind; label: string }[] = [
  { value: 'initiative', label: 'From an initiative' },
  { value: 'proposal', label: 'Copy of a proposal' },
  { value: 'blank', label: 'Blank' },
];

/** Where a new proposal starts: a roadmap initiative of this client, an earlier proposal (any client's), or nothing. */
export function NewProposalDialog({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const initiatives = useChannel('initiatives.list', { clientId: client.id }, { enabled: opened });
  const origins = useChannel('proposals.origins', {}, { enabled: opened });
  const create = useChange('proposals.create');
  const [chosenKind, setKind] = useState<StartKind | null>(null);
  const [initiativeId, setInitiativeId] = useState<string | null>(null);
  const [proposalId, setProposalId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  const initiativeOptions = (initiatives.data?.initiatives ?? []).map((item) => ({ value: item.id, label: item.title }));
  const kind: StartKind = chosenKind ?? (initiativeOptions.length > 0 ? 'initiative' : 'blank');
  const own = (origins.data?.proposals ?? []).filter((item) => item.clientId === client.id);
  const others = (origins.data?.proposals ?? []).filter((item) => item.clientId !== client.id);
  const originLabel = (item: { title: string; status: keyof typeof PROPOSAL_STATUS_LABELS; issueDate: string }) => `${item.title} (${PROPOSAL_STATUS_LABELS[item.status]}, ${item.issueDate})`;
  const originOptions = [
    ...(own.length > 0 ? [{ group: client.name, items: own.map((item) => ({ value: item.id, label: originLabel(item) })) }] : []),
    ...(others.length > 0 ? [{ group: 'Other clients', items: others.map((item) => ({ value: item.id, label: `${item.clientName}: ${originLabel(item)}` })) }] : []),
  ];

  function close() {
    setKind(null);
    setInitiativeId(null);
    setProposalId(null);
    setTitle('');
    setError(null);
    onClose();
  }

  function source(): ProposalSource | null {
    if (kind === 'initiative') return initiativeId ? { kind, initiativeId } : null;
    if (kind === 'proposal') return proposalId ? { kind, proposalId } : null;
    return title.trim() ? { kind, title: title.trim() } : { kind };
  }

  function submit() {
    const from = source();
    if (!from) {
      setError(kind === 'initiative' ? 'Choose the initiative to propose' : 'Choose the proposal to copy');
      return;
    }
    create.mutate(
      { clientId: client.id, from },
      {
        onSuccess: ({ proposal }) => {
          close();
          navigate({ screen: 'client', clientId: client.id, section: 'proposals', itemId: proposal.id });
        },
        onError: (failure) => notifications.show({ color: 'red', title: 'Not created', message: failure.message }),
      },
    );
  }

  return (
    <Modal opened={opened} onClose={close} title="New proposal" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <SegmentedControl data={KINDS} value={kind} onChange={(value) => { setKind(value as StartKind); setError(null); }} aria-label="Start from" fullWidth />
          {kind === 'initiative' &&
            (initiativeOptions.length === 0 ? (
              <Text size="sm" c="dimmed">
                {client.name} has no initiatives yet. Add one on the roadmap, or start a blank proposal.
              </Text>
            ) : (
              <Select
                label="Initiative"
                description="Its title, description, costs and hours start the proposal; accepting it updates this initiative."
                data={initiativeOptions}
                value={initiativeId}
                onChange={(value) => { setInitiativeId(value); setError(null); }}
                searchable
                data-autofocus
                error={error}
              />
            ))}
          {kind === 'proposal' && (
            <Select
              label="Proposal to copy"
              description="Its steps, time, lines and resources are copied into a new draft issued today."
              data={originOptions}
              value={proposalId}
              onChange={(value) => { setProposalId(value); setError(null); }}
              searchable
              nothingFoundMessage="No proposal has that title"
              data-autofocus
              error={error}
            />
          )}
          {kind === 'blank' && (
            <TextInput label="Title" placeholder="New proposal" value={title} onChange={(event) => setTitle(event.currentTarget.value)} maxLength={200} data-autofocus />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={kind === 'initiative' && initiativeOptions.length === 0}>
              Create proposal
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
