import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChannelName } from '../../../src-main/api/contract/channel-names';
import type { ChannelInput, ChannelOutput, SavedFile } from '../../../src-main/api/contract';
import { ApiError, call } from '../api';

/** The channels that save a document where the consultant chooses. */
export type ExportChannel = { [C in ChannelName]: ChannelOutput<C> extends SavedFile ? C : never }[ChannelName];

function openSaved(exportId: string, action: 'open' | 'showInFolder') {
  call('app.openExport', { exportId, action }).catch((error: Error) => notifications.show({ color: 'red', title: 'The file could not be opened', message: error.message }));
}

function SavedMessage({ saved }: { saved: SavedFile }) {
  return (
    <Stack gap={6}>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {saved.savedTo}
      </Text>
      {saved.notice && (
        <Text size="sm" c="var(--mantine-color-orange-text)" data-testid="export-notice">
          {saved.notice}
        </Text>
      )}
      {saved.exportId && (
        <Group gap="xs">
          <Button size="compact-sm" leftSection={<IconExternalLink size={14} />} onClick={() => openSaved(saved.exportId!, 'open')}>
            Open
          </Button>
          <Button size="compact-sm" variant="default" leftSection={<IconFolderOpen size={14} />} onClick={() => openSaved(saved.exportId!, 'showInFolder')}>
            Show in folder
          </Button>
        </Group>
      )}
    </Stack>
  );
}

let exportCount = 0;

/**
 * Runs an export with feedback: a notification while it works (exports of a large client take a
 * moment), then where the file went with "Open" and "Show in folder", or why it failed and what to
 * do. A cancelled save dialog says nothing.
 */
export function useExport<C extends ExportChannel>(channel: C) {
  const [running, setRunning] = useState(false);
  const run = async (input: ChannelInput<C>, documentName: string): Promise<SavedFile | null> => {
    exportCount += 1;
    const id = `export-${exportCount}`;
    setRunning(true);
    notifications.show({ id, loading: true, title: `Exporting the ${documentName}…`, message: 'Choose where to save it; the file is written when you confirm.', autoClose: false, withCloseButton: false });
    try {
      const saved = (await call(channel, input)) as SavedFile;
      if (!saved.savedTo) {
        notifications.hide(id);
        return null;
      }
      // A note about the document (made without the logo) stays until it is read.
      notifications.update({ id, loading: false, color: saved.notice ? 'orange' : 'teal', title: `The ${documentName} is saved`, message: <SavedMessage saved={saved} />, autoClose: saved.notice ? false : 12_000, withCloseButton: true });
      return saved;
    } catch (error) {
      const message = error instanceof ApiError ? error.message : String(error);
      notifications.update({
        id,
        loading: false,
        color: 'red',
        title: `The ${documentName} was not exported`,
        message: `${message} Nothing was saved; your data is unchanged. Fix what the message says, or try again.`,
        autoClose: false,
        withCloseButton: true,
      });
      return null;
    } finally {
      setRunning(false);
    }
  };
  return { run, running };
}
