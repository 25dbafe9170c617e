import { z } from 'zod';
import { entityId } from '../../domain/text';
import { byClient, channel, savedFile } from './shared';

export const exportChannels = {
  'export.clientProfilePdf': channel(z.strictObject({ clientId: entityId, includePrivateNotes: z.boolean().default(false) }), savedFile),
  'export.budgetPdf': channel(byClient, savedFile),
  'export.budgetWorkbook': channel(z.strictObject({ clientId: entityId, internal: z.boolean().default(false) }), savedFile),
};
