import { z } from 'zod';
import { cents, percent, quantity } from './money';
import { isoDate, month } from './months';
import { entityId, LONG_TEXT, optionalText, requiredText, timestamp } from './text';

export const ASSET_CATEGORIES = [
  'server',
  'workstation',
  'laptop',
  'firewall',
  'switch',
  'wireless',
  'ups',
  'storage',
  'backupAppliance',
  'phoneSystem',
  'printer',
  'softwareLicence',
  'other',
] as const;
export type AssetCategory = (typeof ASSET_CATEGORIES)[number];

export const ASSET_CATEGORY_LABELS: Record<AssetCategory, string> = {
  server: 'Server',
  workstation: 'Workstation',
  laptop: 'Laptop',
  firewall: 'Firewall',
  switch: 'Switch',
  wireless: 'Wireless',
  ups: 'UPS',
  storage: 'Storage',
  backupAppliance: 'Backup appliance',
  phoneSystem: 'Phone system',
  printer: 'Printer',
  softwareLicence: 'Software licence',
  other: 'Other',
};

/** Default lifespans in months (PRODUCT.md §5); the consultant can change them in settings. */
export const DEFAULT_LIFESPANS: Record<AssetCategory, number> = {
  server: 60,
  workstation: 48,
  laptop: 36,
  firewall: 60,
  switch: 84,
  wireless: 60,
  ups: 60,
  storage: 60,
  backupAppliance: 48,
  phoneSystem: 84,
  printer: 60,
  softwareLicence: 36,
  other: 60,
};

export const lifespanMonths = z
  .number({ error: 'Enter a lifespan in months' })
  .int({ error: 'A lifespan is a whole number of months' })
  .min(1, { error: 'A lifespan is at least 1 month' })
  .max(600, { error: 'A lifespan is at most 600 months' });

export const ASSET_STATUSES = ['active', 'retired'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const assetFields = z.strictObject({
  name: requiredText('Name or model', 200),
  category: z.enum(ASSET_CATEGORIES, { error: 'Choose a category' }),
  quantity: quantity,
  unitCostCents: cents,
  purchaseDate: isoDate.nullable(),
  warrantyEnd: isoDate.nullable(),
  /** Null follows the category default from settings. */
  lifespanMonths: lifespanMonths.nullable(),
  /** Null means the replacement costs the same as the unit did. */
  replacementUnitCostCents: cents.nullable(),
  /** Overrides the computed first due month. */
  plannedReplacementMonth: month.nullable(),
  /** Null uses the default asset markup from settings. */
  markupPercent: percent.nullable(),
  status: z.enum(ASSET_STATUSES, { error: 'Choose active or retired' }),
  serial: optionalText('Serial number', 120),
  location: optionalText('Location or user', 200),
  notes: optionalText('Notes', LONG_TEXT),
});
export type AssetFields = z.infer<typeof assetFields>;

export const newAsset = assetFields.partial().required({ name: true, category: true, unitCostCents: true });
export type NewAsset = z.input<typeof newAsset>;
export const assetPatch = assetFields.partial();
export type AssetPatch = z.input<typeof assetPatch>;

export const ASSET_DEFAULTS: Omit<AssetFields, 'name' | 'category' | 'unitCostCents'> = {
  quantity: 1,
  purchaseDate: null,
  warrantyEnd: null,
  lifespanMonths: null,
  replacementUnitCostCents: null,
  plannedReplacementMonth: null,
  markupPercent: null,
  status: 'active',
  serial: '',
  location: '',
  notes: '',
};

export const asset = assetFields.extend({
  id: entityId,
  clientId: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Asset = z.infer<typeof asset>;
