import { z } from 'zod';
import { backupId, backupInfo } from '../../domain/app-state';
import { channel, nothing } from './shared';

export const backupChannels = {
  'backups.list': channel(nothing, z.strictObject({ backups: z.array(backupInfo), undoAvailable: z.boolean() })),
  'backups.create': channel(nothing, z.strictObject({ backup: backupInfo })),
  'backups.restore': channel(z.strictObject({ id: backupId }), z.strictObject({ restored: backupInfo, undoAvailable: z.boolean() })),
  'backups.undoRestore': channel(nothing, z.strictObject({ undone: z.boolean() })),
};
