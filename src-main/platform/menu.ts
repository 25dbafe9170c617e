import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../domain/app-state';

/** The application menu; commands go to the renderer, which knows how to carry them out. */
export function installApplicationMenu(send: (command: MenuCommand) => void, isMac: boolean): void {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New client', 'client.new', 'CmdOrCtrl+N'),
        { type: 'separator' },
        item('Back up now', 'backup.now'),
        item('Show data folder', 'data.openFolder'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        item('Dashboard', 'goto.dashboard', 'CmdOrCtrl+1'),
        item('Clients', 'goto.clients', 'CmdOrCtrl+2'),
        item('Settings', 'goto.settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        item('Find client or screen…', 'palette.open', 'CmdOrCtrl+K'),
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
