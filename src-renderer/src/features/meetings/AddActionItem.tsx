import { Autocomplete, Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useChange } from '../../api';
import { fieldErrorsOf } from '../../components/forms';

/** A one-line form for a new action item: what, who, by when. */
export function AddActionItem({ clientId, meetingId, owners }: { clientId: string; meetingId: string | null; owners: readonly string[] }) {
  const create = useChange('actionItems.create');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const textInput = useRef<HTMLInputElement>(null);

  function add() {
    if (text.trim() === '') {
      setErrors({ text: 'Say what is to be done' });
      textInput.current?.focus();
      return;
    }
    create.mutate(
      { clientId, actionItem: { text, owner, dueDate: dueDate || null, meetingId } },
      {
        onSuccess: () => {
          setText('');
          setOwner('');
          setDueDate('');
          setErrors({});
          textInput.current?.focus();
        },
        onError: (error) => {
          setErrors(fieldErrorsOf(error, ['actionItem']) ?? {});
          notifications.show({ color: 'red', title: 'Not added', message: error.message });
        },
      },
    );
  }

  const onEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <Group align="flex-start" gap="xs" wrap="wrap" data-testid="add-action-item">
      <TextInput
        ref={textInput}
        label="New action item"
        placeholder="What is to be done"
        style={{ flex: '3 1 260px' }}
        value={text}
        error={errors.text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onEnter}
      />
      <Autocomplete label="Owner" data={[...new Set(owners)]} style={{ flex: '1 1 160px' }} value={owner} error={errors.owner} onChange={setOwner} onKeyDown={onEnter} />
      <TextInput label="Due" type="date" w={160} value={dueDate} error={errors.dueDate} onChange={(event) => setDueDate(event.currentTarget.value)} onKeyDown={onEnter} />
      <Button mt={25} leftSection={<IconPlus size={16} />} loading={create.isPending} onClick={add}>
        Add
      </Button>
    </Group>
  );
}
