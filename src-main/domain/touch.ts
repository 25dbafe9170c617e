import { z } from 'zod';
import { isoDate } from './months';
import { entityId, optionalText, timestamp } from './text';

/** A logged contact with a decision maker, or an escalated issue (PRODUCT.md §7). */

export const TOUCH_KINDS = ['touch', 'escalation'] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const TOUCH_CHANNELS = ['call', 'email', 'video', 'visit'] as const;
export type TouchChannel = (typeof TOUCH_CHANNELS)[number];
export const TOUCH_CHANNEL_LABELS: Record<TouchChannel, string> = { call: 'Call', email: 'Email', video: 'Video call', visit: 'Visit' };

export const touchFields = z.strictObject({
  kind: z.enum(TOUCH_KINDS),
  date: isoDate,
  channel: z.enum(TOUCH_CHANNELS, { error: 'Choose how you were in touch' }),
  /** The decision maker contacted, when it was one of the client's contacts. */
  contactId: entityId.nullable(),
  summary: optionalText('Summary', 4000),
});
export type TouchFields = z.infer<typeof touchFields>;

export const newTouch = touchFields.partial().required({ date: true, channel: true });
export const touchPatch = touchFields.partial();
export const TOUCH_DEFAULTS: Omit<TouchFields, 'date' | 'channel'> = { kind: 'touch', contactId: null, summary: '' };

export const touch = touchFields.extend({
  id: entityId,
  clientId: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Touch = z.infer<typeof touch>;

export const TOUCH_KIND_LABELS: Record<TouchKind, string> = { touch: 'Touch', escalation: 'Escalated issue' };

/**
 * Unique touches: contacts with a decision maker, counted once a person a day (a call followed by
 * an email the same day to the same person is one touch). A touch logged without naming the
 * contact counts on its own. Escalations are not touches.
 */
export function uniqueTouchCount(touches: readonly Pick<Touch, 'id' | 'kind' | 'clientId' | 'contactId' | 'date'>[]): number {
  const keys = new Set<string>();
  for (const entry of touches) {
    if (entry.kind === 'touch') keys.add(`${entry.clientId}|${entry.contactId ?? entry.id}|${entry.date}`);
  }
  return keys.size;
}
