import { Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import type { Initiative } from '../../../../src-main/domain/initiative';
import { isValidIsoDate } from '../../../../src-main/domain/months';
import type { Proposal } from '../../../../src-main/domain/proposal';
import { useChange } from '../../api';
import { useFormGuard } from '../../components/form-guard';
import { DecisionFields, firstDecisionMaker, type DecisionValues } from './DecisionFields';

/** The client said no: the reason goes on the proposal and on the initiative's decision log. */
export function DeclineDialog({ proposal, client, initiative, today, onClose }: { proposal: Proposal; client: Client; initiative: Initiative | null; today: string; onClose: () => void }) {
  const decline = useChange('proposals.decline');
  const [decision, setDecision] = useState<DecisionValues>({ date: today, by: firstDecisionMaker(client) });
  const [reason, setReason] = useState('');
  const [declineInitiative, setDeclineInitiative] = useState(true);
  const [errors, setErrors] = useState<{ date?: string; reason?: string }>({});

  const guard = useFormGuard({ active: true, dirty: reason.trim() !== '', onSave: () => submit() });
  const close = () => guard.requestClose(onClose);

  function submit() {
    const found = {
      ...(isValidIsoDate(decision.date) ? {} : { date: 'Enter the day the client declined' }),
      ...(reason.trim() ? {} : { reason: 'Write down why, in the client’s words: it helps the next proposal' }),
    };
    setErrors(found);
    if (found.date || found.reason) return;
    decline.mutate(
      { id: proposal.id, date: decision.date, by: decision.by.trim(), note: reason.trim(), declineInitiative },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Proposal declined', message: initiative ? `The reason is on “${initiative.title}”.` : 'The reason is recorded on the proposal.' });
          guard.markSaved();
          onClose();
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Not recorded', message: error.message }),
      },
    );
  }

  return (
    <Modal opened onClose={close} title="The client declined this proposal" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {guard.dialog}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <DecisionFields client={client} values={decision} onChange={(next) => { setDecision(next); setErrors({ ...errors, date: undefined }); }} dateError={errors.date} />
          <Textarea
            label="Reason"
            required
            placeholder="Too close to the insurance renewal; ask again in the spring"
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => { setReason(event.currentTarget.value); setErrors({ ...errors, reason: undefined }); }}
            error={errors.reason}
            maxLength={2000}
          />
          {initiative && (
            <Checkbox
              label={`Decline the initiative “${initiative.title}” too`}
              description="It leaves the budget and keeps its history. Leave this unticked when only this version was turned down."
              checked={declineInitiative}
              onChange={(event) => setDeclineInitiative(event.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={decline.isPending}>
              Record the decline
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
