import { Alert, Button, Group, List, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney, formatNumber, type MoneyStyle } from '../../../../src-main/domain/format';
import { INITIATIVE_STATUS_LABELS, type Initiative } from '../../../../src-main/domain/initiative';
import { isValidIsoDate, monthOfDate, quarterKey, quarterLabel } from '../../../../src-main/domain/months';
import type { Proposal } from '../../../../src-main/domain/proposal';
import { isExpired } from '../../../../src-main/domain/proposal-dates';
import { initiativeCostsFor, statusAfterAcceptance } from '../../../../src-main/domain/proposal-decision';
import type { Settings } from '../../../../src-main/domain/settings';
import { useChange } from '../../api';
import { useFormGuard } from '../../components/form-guard';
import { quarterFromKey, quarterOptions, UNSCHEDULED } from '../initiatives/quarter-options';
import { shortDate } from './dates';
import { DecisionFields, firstDecisionMaker, type DecisionValues } from './DecisionFields';

interface AcceptProps {
  proposal: Proposal;
  client: Client;
  initiative: Initiative | null;
  settings: Settings;
  money: MoneyStyle;
  today: string;
  onClose: () => void;
}

/** The client said yes: when, who, and where the work goes on the roadmap; what changes is shown before it happens. */
export function AcceptDialog(props: AcceptProps) {
  const { proposal, client, initiative, settings, money, today, onClose } = props;
  const accept = useChange('proposals.accept');
  const [decision, setDecision] = useState<DecisionValues>({ date: today, by: firstDecisionMaker(client) });
  const [note, setNote] = useState('');
  const [quarter, setQuarter] = useState(initiative?.startQuarter ? quarterKey(initiative.startQuarter) : UNSCHEDULED);
  const [dateError, setDateError] = useState<string | undefined>();
  const startQuarter = quarterFromKey(quarter);
  const mapping = initiativeCostsFor(proposal, settings);
  const status = statusAfterAcceptance(initiative?.status ?? null, startQuarter);
  const amount = (cents: number) => formatMoney(cents, money);

  const guard = useFormGuard({ active: true, dirty: note.trim() !== '', onSave: () => submit() });
  const close = () => guard.requestClose(onClose);

  function submit() {
    if (!isValidIsoDate(decision.date)) {
      setDateError('Enter the day the client accepted');
      return;
    }
    accept.mutate(
      { id: proposal.id, date: decision.date, by: decision.by.trim(), note: note.trim(), startQuarter },
      {
        onSuccess: (result) => {
          const where = result.initiative.startQuarter ? `scheduled for ${quarterLabel(result.initiative.startQuarter)}, in the budget` : 'approved, not yet scheduled';
          const gap = result.oneTimeDifferenceCents + result.monthlyDifferenceCents;
          notifications.show({
            color: 'teal',
            title: 'Proposal accepted',
            message: `“${result.initiative.title}” is ${where}.${gap !== 0 ? ` The budget prices it ${amount(Math.abs(gap))} ${gap < 0 ? 'lower' : 'higher'}: a markup keeps two decimals.` : ''}`,
          });
          guard.markSaved();
          onClose();
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Not accepted', message: error.message }),
      },
    );
  }

  return (
    <Modal opened onClose={close} title="The client accepted this proposal" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {guard.dialog}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {isExpired(proposal, today) && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="This proposal has expired">
              Its prices held until {shortDate(proposal.validUntil, money.locale)}. Check that the equipment prices still stand before ordering.
            </Alert>
          )}
          <DecisionFields client={client} values={decision} onChange={(next) => { setDecision(next); setDateError(undefined); }} dateError={dateError} />
          <Select
            label="Start quarter"
            description={initiative?.startQuarter ? 'Where the work sits on the roadmap now; change it if the client asked for another quarter.' : 'The initiative has no quarter yet: choose when the work starts so the budget includes it.'}
            data={quarterOptions(monthOfDate(today), client.fiscalYearStartMonth, startQuarter)}
            value={quarter}
            onChange={(value) => setQuarter(value ?? UNSCHEDULED)}
            allowDeselect={false}
          />
          <Textarea label="Note" placeholder="Anything the client said, e.g. a preferred week" autosize minRows={2} value={note} onChange={(event) => setNote(event.currentTarget.value)} maxLength={2000} />
          <div>
            <Text size="sm" fw={600} mb={4}>
              {initiative ? `This updates the initiative “${initiative.title}”:` : `This adds the initiative “${proposal.title}” to the roadmap:`}
            </Text>
            <List size="sm" spacing={2} data-testid="accept-effects">
              <List.Item>
                One-time cost {initiative ? `${amount(initiative.oneTimeCostCents)} → ` : ''}
                {amount(mapping.costs.oneTimeCostCents)}, client price {amount(mapping.budgetOneTimeCents)}
              </List.Item>
              <List.Item>
                Monthly cost {initiative ? `${amount(initiative.recurringMonthlyCostCents)} → ` : ''}
                {amount(mapping.costs.recurringMonthlyCostCents)}, client price {amount(mapping.budgetMonthlyCents)}
              </List.Item>
              <List.Item>
                Labour {initiative ? `${formatNumber(initiative.labourHours, money.locale)} h → ` : ''}
                {formatNumber(mapping.costs.labourHours, money.locale)} h
              </List.Item>
              <List.Item>
                Status {initiative ? `${INITIATIVE_STATUS_LABELS[initiative.status]} → ` : ''}
                {INITIATIVE_STATUS_LABELS[status]}
                {startQuarter ? `, starting ${quarterLabel(startQuarter)}` : ', not in the budget until it has a quarter'}
              </List.Item>
            </List>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={accept.isPending}>
              Accept proposal
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
