import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { call } from '../../api';
import { navigate } from '../../router';
import { openCommandPalette } from './CommandPalette';

/** Carries out the application menu's commands. */
export function useMenuCommands(): void {
  useEffect(
    () =>
      window.vcio.on('menu.command', ({ command }) => {
        switch (command) {
          case 'goto.dashboard':
            return navigate({ screen: 'dashboard' });
          case 'goto.clients':
            return navigate({ screen: 'clients' });
          case 'goto.settings':
            return navigate({ screen: 'settings', tab: 'consultant' });
          case 'client.new':
            return navigate({ screen: 'clients', creating: true });
          case 'palette.open':
            return openCommandPalette();
          case 'backup.now':
            void call('backups.create', {}).then(
              () => notifications.show({ color: 'teal', message: 'Backup made.' }),
              (error: Error) => notifications.show({ color: 'red', message: error.message }),
            );
            return;
          case 'data.openFolder':
            void call('app.openDataFolder', {});
            return;
        }
      }),
    [],
  );
}
