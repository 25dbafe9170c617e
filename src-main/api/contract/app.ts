import { z } from 'zod';
import { appStatus } from '../../domain/app-state';
import { entityId } from '../../domain/text';
import { channel, nothing } from './shared';

export const appChannels = {
  'app.status': channel(nothing, appStatus),
  'app.retrySave': channel(nothing, appStatus),
  'app.openDataFolder': channel(nothing, z.strictObject({ opened: z.boolean() })),
  'app.openExternal': channel(z.strictObject({ url: z.string().max(2000) }), z.strictObject({ opened: z.boolean() })),
  /** Opens a file an export just saved, or shows it in its folder. */
  'app.openExport': channel(z.strictObject({ exportId: entityId, action: z.enum(['open', 'showInFolder']) }), z.strictObject({ opened: z.boolean() })),
};
