import { Autocomplete, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import type { Initiative } from '../../../../src-main/domain/initiative';
import { DECISION_LABELS, type Decision } from '../../../../src-main/domain/initiative-history';
import { isoDateOfLocalDate } from '../../../../src-main/domain/months';
import { useChange } from '../../api';
import { showFirstError, useFormGuard } from '../../components/form-guard';
import { fieldErrorsOf, keptButNotSaved } from '../../components/forms';
import classes from '../roadmap/roadmap.module.css';

export interface DecisionRequest {
  id: string;
  title: string;
  decision: Decision;
}

/**
 * Records the client's approval or decline of one initiative: who decided, when, and in their own
 * words why. A decline needs its reason; the initiative then leaves the budget but keeps its history.
 */
export function DecisionDialog({
  client,
  request,
  onClose,
  onDecided,
}: {
  client: Client;
  request: DecisionRequest | null;
  onClose: () => void;
  onDecided?: (initiative: Initiative) => void;
}) {
  const decide = useChange('roadmap.decide');
  const deciders = client.contacts.filter((person) => person.decisionMaker).map((person) => person.name);
  const [start, setStart] = useState({ date: '', by: '' });
  const [date, setDate] = useState('');
  const [by, setBy] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const guard = useFormGuard({ active: request !== null, dirty: date !== start.date || by !== start.by || note !== '', onSave: () => submit() });
  const close = () => guard.requestClose(onClose);

  useEffect(() => {
    if (!request) return;
    const fresh = { date: isoDateOfLocalDate(new Date()), by: deciders.length === 1 ? deciders[0]! : '' };
    setStart(fresh);
    setDate(fresh.date);
    setBy(fresh.by);
    setNote('');
    setErrors({});
    // A new request starts a fresh form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const declining = request?.decision === 'declined';
  function submit() {
    if (!request) return;
    if (declining && note.trim() === '') {
      setErrors({ note: 'Write down why the client declined, in their words' });
      showFirstError();
      return;
    }
    decide.mutate(
      { id: request.id, decision: request.decision, date, by, note },
      {
        onSuccess: ({ initiative }) => {
          guard.markSaved();
          onDecided?.(initiative);
          notifications.show({ color: 'teal', message: `${request.title}: ${DECISION_LABELS[request.decision].toLowerCase()} by the client.` });
          onClose();
        },
        onError: (error) => {
          if (keptButNotSaved(error)) {
            guard.markSaved();
            onClose();
            return;
          }
          setErrors(fieldErrorsOf(error, []) ?? {});
          showFirstError();
          notifications.show({ color: 'red', title: 'Not recorded', message: error.message });
        },
      },
    );
  }

  return (
    <Modal opened={request !== null} onClose={close} title={declining ? 'The client declined' : 'The client approved'} centered className={classes.readable} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {guard.dialog}
        <Stack>
          <Text size="sm" fw={600}>
            {request?.title}
          </Text>
          {declining && (
            <Text size="sm" c="dimmed">
              A declined initiative leaves the budget. It stays on the roadmap&apos;s decision log with the reason.
            </Text>
          )}
          <TextInput label="Date of the decision" type="date" required value={date} onChange={(event) => setDate(event.currentTarget.value)} error={errors.date} />
          <Autocomplete
            label="Decided by"
            data={deciders}
            value={by}
            onChange={setBy}
            error={errors.by}
            description={deciders.length === 0 ? `${client.name} has no decision maker on record yet.` : undefined}
            data-autofocus={declining ? undefined : true}
          />
          <Textarea
            label={declining ? 'Reason, in the client’s words' : 'Note'}
            required={declining}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            data-autofocus={declining ? true : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color={declining ? 'red.9' : undefined} loading={decide.isPending}>
              {declining ? 'Record the decline' : 'Record the approval'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
