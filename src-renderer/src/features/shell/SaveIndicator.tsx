import { Badge, Tooltip } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SaveState } from '../../../../src-main/api/contract';

/** Says "Saved" only after the main side reports the write succeeded. */
export function SaveIndicator() {
  const [state, setState] = useState<SaveState | null>(null);
  const queryClient = useQueryClient();

  useEffect(
    () =>
      window.vcio.on('data.saveState', (next) => {
        setState(next);
        if (next.state !== 'saving') void queryClient.invalidateQueries({ queryKey: ['app.status'] });
      }),
    [queryClient],
  );

  if (!state) return null;
  if (state.state === 'saving') {
    return (
      <Badge variant="light" color="gray" data-testid="save-state">
        Saving…
      </Badge>
    );
  }
  if (state.state === 'failed') {
    return (
      <Tooltip label={state.message} multiline w={320}>
        <Badge variant="filled" color="red" data-testid="save-state">
          Not saved
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Tooltip label={`Saved at ${new Date(state.at).toLocaleTimeString()}`}>
      <Badge variant="light" color="teal" data-testid="save-state">
        Saved
      </Badge>
    </Tooltip>
  );
}
