import { z } from 'zod';
import { ASSET_CATEGORIES, type AssetCategory } from './asset';

/** Asset import from RMM/PSA exports: the consultant maps columns, sees every row's fate, then confirms. */

export const IMPORT_FIELDS = [
  'name',
  'manufacturer',
  'model',
  'category',
  'quantity',
  'unitCost',
  'purchaseDate',
  'warrantyEnd',
  'serial',
  'location',
  'lifespanMonths',
  'replacementUnitCost',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  manufacturer: 'Manufacturer',
  model: 'Model',
  category: 'Category',
  quantity: 'Quantity',
  unitCost: 'Unit cost',
  purchaseDate: 'Purchase date',
  warrantyEnd: 'Warranty end',
  serial: 'Serial number',
  location: 'Location or user',
  lifespanMonths: 'Lifespan (months)',
  replacementUnitCost: 'Replacement unit cost',
  notes: 'Notes',
};

const headerName = z.string().max(200);

/** How the type names of one source map to categories, keyed by the normalised type text. */
export const categoryMap = z
  .record(z.string().max(200), z.enum(ASSET_CATEGORIES))
  .refine((map) => Object.keys(map).length <= 500, { error: 'At most 500 device types can be mapped' });
export type CategoryMap = z.infer<typeof categoryMap>;

export const importMapping = z.strictObject({
  /** Field -> the header of the column it comes from. */
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), headerName),
  dateOrder: z.enum(['auto', 'MDY', 'DMY']),
  defaultCategory: z.enum(ASSET_CATEGORIES),
  /** The consultant's choices for type names of this source (remembered with the mapping). */
  categoryMap: categoryMap.default({}),
});
export type ImportMapping = z.infer<typeof importMapping>;

/** A cell as read from CSV (text) or XLSX (text, number, or a date already in ISO form). */
export type ImportCell = string | number | null;

export interface ImportTable {
  headers: string[];
  rows: ImportCell[][];
}

/** Header names as people and RMM/PSA tools (NinjaOne, Datto RMM, ConnectWise Automate...) write them, best first. */
const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  name: [
    'name', 'device name', 'display name', 'device', 'hostname', 'host name', 'device hostname', 'computer name', 'computer',
    'system name', 'machine name', 'configuration name', 'asset name', 'asset', 'item', 'description', 'product',
  ],
  manufacturer: ['manufacturer', 'make', 'vendor', 'brand', 'system manufacturer', 'device manufacturer', 'oem'],
  model: ['model', 'model name', 'product model', 'system model', 'device model', 'model number'],
  category: [
    'category', 'type', 'device type', 'device role', 'role', 'asset type', 'class', 'device class', 'device category', 'node class',
    'configuration type',
  ],
  quantity: ['quantity', 'qty', 'count', 'units'],
  unitCost: ['unit cost', 'cost', 'price', 'unit price', 'purchase price', 'purchase cost', 'value', 'amount'],
  purchaseDate: [
    'purchase date', 'purchased', 'date purchased', 'purchased on', 'install date', 'installed', 'in service date', 'acquired',
    'ship date', 'warranty start date', 'warranty start', 'manufacture date',
  ],
  warrantyEnd: [
    'warranty end', 'warranty expiration', 'warranty expires', 'warranty expiry', 'warranty end date', 'warranty expiration date',
    'warranty expiry date', 'warranty date', 'warranty', 'expiration date',
  ],
  serial: ['serial', 'serial number', 'serial no', 'sn', 'service tag', 'serial #', 'bios serial number', 'system serial number'],
  location: [
    'location', 'site', 'site name', 'user', 'assigned to', 'last user', 'last logged in user', 'last logged on user', 'contact', 'owner', 'department',
  ],
  lifespanMonths: ['lifespan', 'lifespan months', 'life (months)', 'useful life', 'life'],
  replacementUnitCost: ['replacement cost', 'replacement unit cost', 'replacement price'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[_.-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A first guess at the mapping from the file's headers. */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const columns: Partial<Record<ImportField, string>> = {};
  const taken = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    for (const synonym of HEADER_SYNONYMS[field]) {
      const header = headers.find((candidate) => normalizeHeader(candidate) === synonym && !taken.has(candidate));
      if (header !== undefined) {
        columns[field] = header;
        taken.add(header);
        break;
      }
    }
  }
  return { columns, dateOrder: 'auto', defaultCategory: 'other', categoryMap: {} };
}

/** A remembered mapping fits a file when every header it names is in the file. */
export function mappingFits(mapping: ImportMapping, headers: readonly string[]): boolean {
  const present = new Set(headers);
  const used = Object.values(mapping.columns);
  return used.length > 0 && used.every((header) => header !== undefined && present.has(header));
}

/** Device descriptions and the type names RMM tools use, singular or plural ("Laptops", "UPSs", "Windows Server"). */
const CATEGORY_KEYWORDS: Array<[RegExp, AssetCategory]> = [
  [/\b(laptops?|notebooks?|ultrabooks?|macbooks?|thinkpads?|latitude|elitebook|probook|surface laptop|toughbooks?|chromebooks?|portables?)\b/i, 'laptop'],
  [/\b(workstations?|desktops?|optiplex|imacs?|mac mini|towers?|pcs?|all[- ]in[- ]ones?|thin clients?)\b/i, 'workstation'],
  [/\b(servers?|hypervisors?|hosts?|esxi|hyper-v|poweredge|proliant|domain controllers?)\b/i, 'server'],
  [/\b(firewalls?|utm|fortigate|sonicwall|meraki mx|palo alto|watchguard|firebox)\b/i, 'firewall'],
  [/\b(switch|switches|network switch)\b/i, 'switch'],
  [/\b(wireless|wi-?fi|wlan|access points?|waps?|aps)\b/i, 'wireless'],
  [/\b(ups|upss|upses|battery backups?|uninterruptible)\b/i, 'ups'],
  [/\b(nas|sans?|storage|disk arrays?)\b/i, 'storage'],
  [/\b(backup appliances?|bdrs?|datto|siris|backups?)\b/i, 'backupAppliance'],
  [/\b(phones?|pbx|voip|telephony|handsets?)\b/i, 'phoneSystem'],
  [/\b(printers?|mfps?|copiers?|plotters?|multifunction)\b/i, 'printer'],
  [/\b(licen[cs]es?|software|subscriptions?)\b/i, 'softwareLicence'],
];

export function categoryFromText(text: string): AssetCategory | undefined {
  const trimmed = text.trim();
  const exact = ASSET_CATEGORIES.find((category) => category.toLowerCase() === trimmed.toLowerCase());
  if (exact) return exact;
  return CATEGORY_KEYWORDS.find(([pattern]) => pattern.test(trimmed))?.[1];
}

/** The key a type name is remembered under: "Windows  Laptop " and "windows laptop" are one type. */
export function typeKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 200);
}

export type CategorySource = 'chosen' | 'recognised' | 'default';

/** The category of a type name: the consultant's choice for this source, else recognised, else the default. */
export function categoryOfType(text: string, mapping: Pick<ImportMapping, 'categoryMap' | 'defaultCategory'>): { category: AssetCategory; source: CategorySource } {
  const chosen = mapping.categoryMap[typeKey(text)];
  if (chosen) return { category: chosen, source: 'chosen' };
  const recognised = categoryFromText(text);
  return recognised ? { category: recognised, source: 'recognised' } : { category: mapping.defaultCategory, source: 'default' };
}

