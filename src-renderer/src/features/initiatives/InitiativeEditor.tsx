import { Button, Divider, Drawer, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney } from '../../../../src-main/domain/format';
import {
  INITIATIVE_DEFAULTS,
  INITIATIVE_STATUS_LABELS,
  INITIATIVE_STATUSES,
  initiativeFields,
  PRIORITIES,
  PRIORITY_LABELS,
  type Initiative,
  type InitiativeFields,
} from '../../../../src-main/domain/initiative';
import { labourCents, marginFromMarkup, priceWithMarkup } from '../../../../src-main/domain/money';
import { quarterKey } from '../../../../src-main/domain/months';
import { NO_LINK_TARGETS } from '../../../../src-main/domain/initiative-links';
import { useChange, useChannel } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { GoalPicker } from '../canvass/GoalPicker';
import { showFirstError, useFormGuard } from '../../components/form-guard';
import { fieldErrorsOf, keptButNotSaved, zodErrors } from '../../components/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { useToday } from '../../components/useToday';
import classes from '../roadmap/roadmap.module.css';
import { DecisionDialog, type DecisionRequest } from './DecisionDialog';
import { InitiativeCardPreview } from './InitiativeCardPreview';
import { InitiativeDecisionSection } from './InitiativeDecisionSection';
import { InitiativeHistory } from './InitiativeHistory';
import { InitiativeWhyLinks } from './InitiativeWhyLinks';
import { quarterFromKey, quarterOptions, UNSCHEDULED } from './quarter-options';
import { ReplacedAssetsPicker } from './ReplacedAssetsPicker';

const EMPTY: InitiativeFields = { ...INITIATIVE_DEFAULTS, title: '' };

/** The editable fields: the roadmap's rank and the history are kept by the main side. */
function fieldsOf(item: Initiative): InitiativeFields {
  const { id: _id, clientId: _clientId, createdAt: _createdAt, updatedAt: _updatedAt, rank: _rank, history: _history, ...fields } = item;
  return fields;
}

/** What the form saves: decisions are recorded on their own (roadmap.decide), so an edit never overwrites one. */
function changesOf(fields: InitiativeFields): Omit<InitiativeFields, 'clientDecision'> {
  const { clientDecision: _clientDecision, ...changes } = fields;
  return changes;
}

/** Create or edit an initiative: what it is, why, when, and what it costs (PRODUCT.md §5, §6). */
export function InitiativeEditor({ client, initiative, onClose }: { client: Client; initiative: Initiative | 'new' | null; onClose: () => void }) {
  const create = useChange('initiatives.create');
  const update = useChange('initiatives.update');
  const remove = useChange('initiatives.delete', {
    beforeRefresh: () => {
      setConfirmingDelete(false);
      onClose();
    },
  });
  const money = useMoneyStyle();
  const { settings } = useSettings();
  const today = useToday();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deciding, setDeciding] = useState<DecisionRequest | null>(null);
  const form = useForm<InitiativeFields>({ mode: 'controlled', initialValues: EMPTY, validate: (values) => zodErrors(initiativeFields, values) });
  const opened = initiative !== 'new' && initiative !== null ? initiative : null;
  // The stored initiative as it is now (its history and decision change while the drawer is open).
  const list = useChannel('initiatives.list', { clientId: client.id }, { enabled: initiative !== null });
  const existing = (opened && list.data?.initiatives.find((item) => item.id === opened.id)) ?? opened;
  const targets = useChannel('roadmap.linkTargets', { clientId: client.id }, { enabled: initiative !== null });

  useEffect(() => {
    if (initiative === null) return;
    const start = opened ? fieldsOf(opened) : EMPTY;
    form.setValues(start);
    form.resetDirty(start);
    form.clearErrors();
    // Reset when another initiative is opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initiative]);

  // While the decision dialog is open, Ctrl+S belongs to it.
  const guard = useFormGuard({ active: initiative !== null && deciding === null, dirty: form.isDirty(), onSave: () => save() });
  const close = () => guard.requestClose(onClose);

  const values = form.values;
  const oneTimeMarkup = values.oneTimeMarkupPercent ?? settings.markups.initiativeOneTime;
  const recurringMarkup = values.recurringMarkupPercent ?? settings.markups.recurring;
  const safe = (cents: number) => (Number.isFinite(cents) ? cents : 0);

  function submit(fields: InitiativeFields) {
    const onError = (error: Error) => {
      if (keptButNotSaved(error)) {
        guard.markSaved();
        onClose();
        return;
      }
      const fieldErrors = fieldErrorsOf(error, ['initiative', 'changes']);
      if (fieldErrors) form.setErrors(fieldErrors);
      notifications.show({ color: 'red', title: 'Not saved', message: error.message });
    };
    const onSuccess = () => {
      guard.markSaved();
      notifications.show({ color: 'teal', message: `${fields.title} saved.` });
      onClose();
    };
    if (existing) update.mutate({ id: existing.id, changes: changesOf(fields) }, { onSuccess, onError });
    else create.mutate({ clientId: client.id, initiative: fields }, { onSuccess, onError });
  }
  const save = form.onSubmit(submit, showFirstError);

  return (
    <Drawer
      opened={initiative !== null}
      onClose={close}
      title={existing ? 'Edit initiative' : 'New initiative'}
      position="right"
      size={720}
      padding="lg"
      className={classes.readable}
      closeButtonProps={{ 'aria-label': 'Close the initiative' }}
    >
      {guard.dialog}
      <form onSubmit={save} noValidate>
        <Stack>
          <TextInput label="Title" required data-autofocus placeholder="Replace the end-of-life firewall" {...form.getInputProps('title')} />
          <Textarea label="Description" description="In business language: what changes for the client" autosize minRows={2} {...form.getInputProps('description')} />
          <SimpleGrid cols={3}>
            <Select label="Status" data={INITIATIVE_STATUSES.map((value) => ({ value, label: INITIATIVE_STATUS_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('status')} />
            <Select label="Priority" data={PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('priority')} />
            <TextInput label="Owner" {...form.getInputProps('owner')} />
            <Select
              label="Start quarter"
              data={quarterOptions(today, client.fiscalYearStartMonth, values.startQuarter)}
              value={values.startQuarter ? quarterKey(values.startQuarter) : UNSCHEDULED}
              onChange={(value) => form.setFieldValue('startQuarter', quarterFromKey(value))}
              allowDeselect={false}
              error={form.errors.startQuarter}
            />
            <NumberInput label="Duration (quarters)" min={1} max={40} allowDecimal={false} {...form.getInputProps('durationQuarters')} />
          </SimpleGrid>

          <Divider label="Costs" labelPosition="left" />
          <SimpleGrid cols={3}>
            <MoneyInput label="One-time cost" money={money} {...form.getInputProps('oneTimeCostCents')} />
            <NumberInput
              label="One-time markup"
              suffix="%"
              decimalScale={2}
              min={0}
              placeholder={`${settings.markups.initiativeOneTime}% (default)`}
              value={values.oneTimeMarkupPercent ?? ''}
              onChange={(next) => form.setFieldValue('oneTimeMarkupPercent', next === '' ? null : Number(next))}
              error={form.errors.oneTimeMarkupPercent}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Counted as
              </Text>
              <SegmentedControl
                data={[
                  { value: 'capex', label: 'Capex' },
                  { value: 'opex', label: 'Opex' },
                ]}
                {...form.getInputProps('oneTimeSpend')}
              />
            </Stack>
            <MoneyInput label="Recurring monthly cost" money={money} {...form.getInputProps('recurringMonthlyCostCents')} />
            <NumberInput
              label="Recurring markup"
              suffix="%"
              decimalScale={2}
              min={0}
              placeholder={`${settings.markups.recurring}% (default)`}
              value={values.recurringMarkupPercent ?? ''}
              onChange={(next) => form.setFieldValue('recurringMarkupPercent', next === '' ? null : Number(next))}
              error={form.errors.recurringMarkupPercent}
            />
            <NumberInput label="Labour hours" min={0} decimalScale={2} {...form.getInputProps('labourHours')} />
          </SimpleGrid>
          <Text size="sm" c="dimmed" data-testid="initiative-prices">
            Client price: {formatMoney(priceWithMarkup(safe(values.oneTimeCostCents), oneTimeMarkup), money)} one-time ({oneTimeMarkup}% markup ={' '}
            {marginFromMarkup(oneTimeMarkup)}% margin), {formatMoney(priceWithMarkup(safe(values.recurringMonthlyCostCents), recurringMarkup), money)} a month, labour{' '}
            {formatMoney(labourCents(Number.isFinite(values.labourHours) ? values.labourHours : 0, settings.labourRateCents), money)} at{' '}
            {formatMoney(settings.labourRateCents, money)}/h.
          </Text>

          <Divider label="Why and impact" labelPosition="left" />
          <GoalPicker clientId={client.id} value={values.why.goalIds} onChange={(goalIds) => form.setFieldValue('why.goalIds', goalIds)} error={form.errors['why.goalIds'] as string | undefined} />
          <ReplacedAssetsPicker
            client={client}
            initiativeId={existing?.id ?? null}
            value={values.why.assetIds}
            onChange={(assetIds) => form.setFieldValue('why.assetIds', assetIds)}
            onUseCost={(cents) => form.setFieldValue('oneTimeCostCents', cents)}
          />
          <InitiativeWhyLinks clientId={client.id} why={values.why} targets={targets.data ?? NO_LINK_TARGETS} />
          <Textarea label="Client request" autosize minRows={1} {...form.getInputProps('why.clientRequest')} />
          <SimpleGrid cols={3}>
            <Textarea label="Productivity" autosize minRows={2} {...form.getInputProps('businessImpact.productivity')} />
            <Textarea label="Business risk" autosize minRows={2} {...form.getInputProps('businessImpact.businessRisk')} />
            <Textarea label="Opportunity cost" autosize minRows={2} {...form.getInputProps('businessImpact.opportunityCost')} />
          </SimpleGrid>

          <Divider label="Card preview" labelPosition="left" />
          <InitiativeCardPreview clientId={client.id} values={values} targets={targets.data ?? NO_LINK_TARGETS} />

          {existing && (
            <>
              <Divider label="Client decision" labelPosition="left" />
              <InitiativeDecisionSection
                initiative={existing}
                unsaved={form.isDirty()}
                onDecide={(decision) => setDeciding({ id: existing.id, title: existing.title, decision })}
              />
              <Divider label="History" labelPosition="left" />
              <InitiativeHistory history={existing.history} locale={money.locale} />
            </>
          )}

          <Group justify="space-between" mt="md">
            {existing ? (
              <Button variant="subtle" color="red" onClick={() => setConfirmingDelete(true)}>
                Delete initiative
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending || update.isPending}>
                {existing ? 'Save changes' : 'Add initiative'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirmingDelete}
        title="Delete this initiative?"
        confirmLabel="Delete"
        busy={remove.isPending}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() =>
          existing &&
          remove.mutate({ ids: [existing.id] }, { onError: (error) => notifications.show({ color: 'red', message: error.message }) })
        }
      >
        {existing?.title} and its costs will be removed from the budget. To keep it on record, set its status to Declined or Deferred instead.
      </ConfirmDialog>
      <DecisionDialog
        client={client}
        request={deciding}
        onClose={() => setDeciding(null)}
        onDecided={(decided) => {
          const fields = fieldsOf(decided);
          form.setValues(fields);
          form.resetDirty(fields);
        }}
      />
    </Drawer>
  );
}
