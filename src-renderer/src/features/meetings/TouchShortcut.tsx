import { useHotkeys } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { useScreenRequest } from '../../components/screen-requests';
import { TouchModal } from './TouchModal';

/** Ctrl/Cmd+T anywhere in a client's workspace, or the command palette, opens the touch log (PRODUCT.md §7). */
export function TouchShortcut({ client }: { client: Client }) {
  const [opened, setOpened] = useState(false);
  useHotkeys([['mod+T', () => setOpened(true)]], []);
  useScreenRequest('touch.log', useCallback(() => setOpened(true), []));
  return <TouchModal client={client} opened={opened} onClose={() => setOpened(false)} />;
}
