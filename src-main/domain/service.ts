import { z } from 'zod';
import { cents, percent, quantity } from './money';
import { isoDate } from './months';
import { entityId, LONG_TEXT, optionalText, requiredText, timestamp } from './text';

export const SERVICE_CATEGORIES = [
  'cloudSubscription',
  'internet',
  'backupService',
  'security',
  'telephony',
  'hosting',
  'support',
  'otherService',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, string> = {
  cloudSubscription: 'Cloud subscription',
  internet: 'Internet',
  backupService: 'Backup service',
  security: 'Security service',
  telephony: 'Telephony',
  hosting: 'Hosting',
  support: 'Support contract',
  otherService: 'Other service',
};

export const BILLING_CYCLES = ['monthly', 'annual'] as const;
export type BillingCycle = (typeof BILLING_CYCLES)[number];

/** Field by field; the date order is checked on the whole record (`serviceFields`). */
export const serviceObject = z.strictObject({
  name: requiredText('Service name', 200),
  category: z.enum(SERVICE_CATEGORIES, { error: 'Choose a category' }),
  vendor: optionalText('Vendor', 120),
  quantity: quantity,
  unitCostCents: cents,
  billing: z.enum(BILLING_CYCLES, { error: 'Choose monthly or annual billing' }),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  /** Null uses the default service markup from settings. */
  markupPercent: percent.nullable(),
  notes: optionalText('Notes', LONG_TEXT),
});

function endsAfterItStarts(value: { startDate: string; endDate: string | null }): boolean {
  return value.endDate === null || value.endDate >= value.startDate;
}
const END_BEFORE_START = { error: 'The end date cannot be before the start date', path: ['endDate'] };

export const serviceFields = serviceObject.refine(endsAfterItStarts, END_BEFORE_START);
export type ServiceFields = z.infer<typeof serviceObject>;

export const newService = serviceObject.partial().required({ name: true, unitCostCents: true, startDate: true });
export type NewService = z.input<typeof newService>;
export const servicePatch = serviceObject.partial();
export type ServicePatch = z.input<typeof servicePatch>;

export const SERVICE_DEFAULTS: Omit<ServiceFields, 'name' | 'unitCostCents' | 'startDate'> = {
  category: 'otherService',
  vendor: '',
  quantity: 1,
  billing: 'monthly',
  endDate: null,
  markupPercent: null,
  notes: '',
};

export const service = serviceObject
  .extend({ id: entityId, clientId: entityId, createdAt: timestamp, updatedAt: timestamp })
  .refine(endsAfterItStarts, END_BEFORE_START);
export type Service = z.infer<typeof service>;
