import { Alert, Anchor, Button, Center, Grid, Group, Loader, Menu, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCheck, IconChevronDown, IconCopy, IconDeviceFloppy, IconFileTypePdf, IconLock, IconTrash, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoneyWhole, formatPercent } from '../../../../src-main/domain/format';
import { isDecided, type Proposal } from '../../../../src-main/domain/proposal';
import { useChange, useChannel } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { EmptyState } from '../../components/EmptyState';
import { showFirstError, useFormGuard } from '../../components/form-guard';
import { fieldErrorsOf, keptButNotSaved } from '../../components/forms';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { StatCard } from '../../components/StatCard';
import { useExport } from '../../components/useExport';
import { navigate, pathOf } from '../../router';
import { AcceptDialog } from './AcceptDialog';
import { shortDate } from './dates';
import { DeclineDialog } from './DeclineDialog';
import { InternalPanel, TotalsPanel } from './PricingPanels';
import { editableOf, livePricing, useProposalForm, type EditableProposal } from './proposal-form';
import { ProposalSections } from './ProposalSections';
import { ProposalStatusBadges } from './ProposalStatusBadges';

/** One proposal, opened from the client's list (client section `proposals`, item id = proposal id). */
export function ProposalEditor({ client, proposalId }: { client: Client; proposalId: string }) {
  const query = useChannel('proposals.get', { id: proposalId });
  const listHref = `#${pathOf({ screen: 'client', clientId: client.id, section: 'proposals' })}`;
  if (query.isPending) {
    return (
      <Center p="xl">
        <Loader role="status" aria-label="Opening the proposal" />
      </Center>
    );
  }
  if (query.isError) {
    if (query.error.code !== 'NOT_FOUND') return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
    return (
      <EmptyState icon={<IconX />} title="This proposal is not here" actions={<Anchor href={listHref}>Back to the proposals</Anchor>}>
        It may have been deleted.
      </EmptyState>
    );
  }
  if (query.data.proposal.clientId !== client.id) {
    return (
      <EmptyState icon={<IconX />} title="This proposal belongs to another client" actions={<Anchor href={listHref}>Back to {client.name}’s proposals</Anchor>}>
        Open it from its own client.
      </EmptyState>
    );
  }
  return <LoadedEditor client={client} proposal={query.data.proposal} today={query.data.today} listHref={listHref} />;
}

type Dialog = 'accept' | 'decline' | 'delete' | null;

function LoadedEditor({ client, proposal, today, listHref }: { client: Client; proposal: Proposal; today: string; listHref: string }) {
  const { settings } = useSettings();
  const money = useMoneyStyle();
  const initiatives = useChannel('initiatives.list', { clientId: client.id });
  const update = useChange('proposals.update');
  const exportPdf = useExport('export.proposalPdf');
  const create = useChange('proposals.create');
  const remove = useChange('proposals.delete', {
    beforeRefresh: () => {
      guard.markSaved();
      setDialog(null);
      window.location.hash = listHref;
    },
  });
  const form = useProposalForm(editableOf(proposal));
  const [dialog, setDialog] = useState<Dialog>(null);
  const dirty = form.isDirty();
  // While a dialog is open it owns Ctrl/Cmd+S and Escape.
  const guard = useFormGuard({ active: dialog === null, dirty, onSave: () => saveThen() });
  const locked = isDecided(proposal);
  const pricing = livePricing(form.values, settings);
  const linked = initiatives.data?.initiatives.find((item) => item.id === proposal.initiativeId) ?? null;

  useEffect(() => {
    // The stored proposal changed (saved, accepted, declined): show it, unless the consultant is mid-edit.
    if (form.isDirty()) return;
    form.setValues(editableOf(proposal));
    form.resetDirty(editableOf(proposal));
    // Only when the stored record changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [proposal.updatedAt]);

  /** Saves the edits (when there are any), then runs `next` on the saved proposal. */
  function saveThen(next?: () => void) {
    const checked = form.validate();
    if (checked.hasErrors) {
      notifications.show({ color: 'red', title: 'Not saved', message: 'Please check the highlighted fields.' });
      showFirstError();
      return;
    }
    if (!form.isDirty()) {
      next?.();
      return;
    }
    const values: EditableProposal = form.getValues();
    // A decided proposal keeps everything but its internal notes; an open one is draft or sent.
    const changes = locked ? { internalNotes: values.internalNotes } : { ...values, status: values.status === 'sent' ? ('sent' as const) : ('draft' as const) };
    update.mutate(
      { id: proposal.id, changes },
      {
        onSuccess: ({ proposal: saved }) => {
          guard.markSaved();
          form.setValues(editableOf(saved));
          form.resetDirty(editableOf(saved));
          if (next) next();
          else notifications.show({ color: 'teal', message: `${saved.title} saved.` });
        },
        onError: (error) => {
          if (keptButNotSaved(error)) {
            guard.markSaved();
            form.resetDirty();
            return;
          }
          const fieldErrors = fieldErrorsOf(error, ['changes']);
          if (fieldErrors) {
            form.setErrors(fieldErrors);
            showFirstError();
          }
          notifications.show({ color: 'red', title: 'Not saved', message: error.message });
        },
      },
    );
  }

  function exportNow() {
    saveThen(() => void exportPdf.run({ id: proposal.id }, 'proposal PDF'));
  }

  /** The stored proposal, with any edits saved first, becomes a new draft. */
  function duplicate() {
    saveThen(() =>
      create.mutate(
        { clientId: client.id, from: { kind: 'proposal', proposalId: proposal.id } },
        {
          onSuccess: ({ proposal: copy }) => {
            guard.markSaved();
            navigate({ screen: 'client', clientId: client.id, section: 'proposals', itemId: copy.id });
          },
          onError: (error) => notifications.show({ color: 'red', title: 'Not copied', message: error.message }),
        },
      ),
    );
  }

  const decidedWords = proposal.decision.date ? ` on ${shortDate(proposal.decision.date, money.locale)}` : '';
  const decidedBy = proposal.decision.by ? ` by ${proposal.decision.by}` : '';

  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Anchor href={listHref} size="sm">
            <Group gap={4} component="span" wrap="nowrap">
              <IconArrowLeft size={14} aria-hidden />
              All proposals
            </Group>
          </Anchor>
          <Group gap="sm" wrap="wrap">
            <Title order={3} style={{ overflowWrap: 'anywhere' }}>
              {form.values.title || 'Untitled proposal'}
            </Title>
            <ProposalStatusBadges proposal={proposal} today={today} />
            {dirty && (
              <Text size="sm" c="dimmed">
                Unsaved changes
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => saveThen()} disabled={!dirty} loading={update.isPending} title="Save (Ctrl+S)">
            Save
          </Button>
          <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={exportNow} loading={exportPdf.running}>
            Proposal PDF
          </Button>
          {!locked && (
            <>
              <Button variant="light" color="teal" leftSection={<IconCheck size={16} />} onClick={() => saveThen(() => setDialog('accept'))}>
                Client accepted
              </Button>
              <Button variant="light" color="red" leftSection={<IconX size={16} />} onClick={() => saveThen(() => setDialog('decline'))}>
                Client declined
              </Button>
            </>
          )}
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" px="xs" aria-label="More actions">
                <IconChevronDown size={16} />
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconCopy size={14} />} onClick={duplicate}>
                Duplicate as a new draft
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDialog('delete')}>
                Delete…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>

      {locked && (
        <Alert color={proposal.status === 'accepted' ? 'teal' : 'gray'} variant="light" icon={<IconLock size={18} />} title={`${proposal.status === 'accepted' ? 'Accepted' : 'Declined'}${decidedWords}${decidedBy}`} data-testid="decision-banner">
          {proposal.decision.note && <Text size="sm">“{proposal.decision.note}”</Text>}
          <Text size="sm">It stays as the client answered it; only your internal notes can change. Duplicate it to make a new version.</Text>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <StatCard label="One-time" value={formatMoneyWhole(pricing.oneTimeTotalCents, money)} hint="Lines and labour" testId="summary-one-time" />
        <StatCard label="Monthly" value={formatMoneyWhole(pricing.monthlyTotalCents, money)} hint="Recurring lines" testId="summary-monthly" />
        <StatCard label="First year" value={formatMoneyWhole(pricing.firstYearTotalCents, money)} hint="One-time + 12 months" testId="summary-first-year" />
        <StatCard
          label="Margin on lines (internal)"
          value={formatPercent(pricing.firstYearLines.marginPercent, money.locale)}
          hint={pricing.belowTargetCount > 0 ? `${pricing.belowTargetCount} ${pricing.belowTargetCount === 1 ? 'line' : 'lines'} below your ${formatPercent(settings.targetMarginPercent, money.locale)} target` : `Target ${formatPercent(settings.targetMarginPercent, money.locale)}`}
          testId="summary-margin"
        />
      </SimpleGrid>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          saveThen();
        }}
      >
        <Grid gap="md">
          <Grid.Col span={{ base: 12, xl: 8 }}>
            <ProposalSections form={form} pricing={pricing} settings={settings} money={money} initiatives={initiatives.data?.initiatives ?? []} locked={locked} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 4 }}>
            <Stack style={{ position: 'sticky', top: 16 }}>
              <TotalsPanel pricing={pricing} money={money} />
              <InternalPanel pricing={pricing} lines={form.values.lineItems} money={money} targetMarginPercent={settings.targetMarginPercent} />
            </Stack>
          </Grid.Col>
        </Grid>
      </form>

      {dialog === 'accept' && <AcceptDialog proposal={proposal} client={client} initiative={linked} settings={settings} money={money} today={today} onClose={() => setDialog(null)} />}
      {dialog === 'decline' && <DeclineDialog proposal={proposal} client={client} initiative={linked} today={today} onClose={() => setDialog(null)} />}
      <ConfirmDialog
        opened={dialog === 'delete'}
        title="Delete this proposal?"
        confirmLabel="Delete"
        busy={remove.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          remove.mutate({ ids: [proposal.id] }, { onError: (error) => notifications.show({ color: 'red', message: error.message }) })
        }
      >
        {proposal.title} will be removed. {proposal.status === 'accepted' ? 'Its initiative keeps the costs it was given and its history.' : ''}
      </ConfirmDialog>
      {guard.dialog}
    </Stack>
  );
}
