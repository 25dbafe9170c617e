import { z } from 'zod';
import { channel, nothing } from './shared';

export const sampleChannels = {
  'sample.load': channel(nothing, z.strictObject({ clientsAdded: z.number().int() })),
};
