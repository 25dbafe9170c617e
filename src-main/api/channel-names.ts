/**
 * Every channel of the contract, by name. The preload builds window.vcio from this list alone so
 * that it stays tiny; contract.ts is checked against it at compile time.
 */
export const CHANNEL_NAMES = [
  'app.status',
  'app.retrySave',
  'app.openDataFolder',
  'app.openExternal',
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
  'clients.archive',
  'clients.delete',
  'settings.get',
  'settings.update',
  'settings.setLogo',
  'settings.removeLogo',
  'settings.moveDataFolder',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.undoRestore',
  'sample.load',
  'assets.list',
  'assets.create',
  'assets.update',
  'assets.duplicate',
  'assets.delete',
  'assets.importPreview',
  'assets.importCommit',
  'services.list',
  'services.create',
  'services.update',
  'services.duplicate',
  'services.delete',
  'initiatives.list',
  'initiatives.create',
  'initiatives.update',
  'initiatives.delete',
  'budget.setPlan',
  'budget.forecast',
  'export.clientProfilePdf',
  'export.budgetPdf',
  'export.budgetWorkbook',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Push events from the main side to the renderer. */
export const EVENT_NAMES = ['data.saveState', 'menu.command'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}
