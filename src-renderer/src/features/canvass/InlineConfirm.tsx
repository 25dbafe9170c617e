import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A question asked in place of a dialog's content ("Discard your changes?"), answered there. */
export function InlineConfirm({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  onCancel,
  busy,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const headingId = useId();
  return (
    <Stack role="alertdialog" aria-labelledby={headingId} aria-modal={false}>
      <Title order={3} fz="md" id={headingId}>
        {title}
      </Title>
      <Text size="sm" component="div">
        {children}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus autoFocus>
          {cancelLabel}
        </Button>
        <Button color="red" onClick={onConfirm} loading={busy ?? false}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
