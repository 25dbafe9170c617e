import { AppError } from '../errors';
import type { HandlerMap } from '../registry';

type BackupChannels = 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.undoRestore';

export const backupHandlers: HandlerMap<BackupChannels> = {
  'backups.list': async (_input, context) => ({
    backups: await context.store.backups.list(),
    undoAvailable: await context.store.undoAvailable(),
  }),

  'backups.create': async (_input, context) => ({ backup: await context.store.createBackup('manual') }),

  'backups.restore': async ({ id }, context) => {
    const restored = await context.store.restore(id);
    if (!restored) throw new AppError('NOT_FOUND', 'That backup no longer exists.');
    return { restored, undoAvailable: await context.store.undoAvailable() };
  },

  'backups.undoRestore': async (_input, context) => ({ undone: await context.store.undoRestore() }),
};
