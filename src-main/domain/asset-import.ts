import { z } from 'zod';
import { ASSET_CATEGORIES, ASSET_DEFAULTS, assetFields, type AssetCategory, type AssetFields } from './asset';
import { parseMoney } from './format';
import { dateFromSpreadsheetSerial, detectDateOrder, parseImportDate, type DateOrder, type DateParse } from './import-dates';
import { MAX_CENTS } from './money';

/** Asset import from RMM/PSA exports: the consultant maps columns, sees every row's fate, then confirms. */

export const IMPORT_FIELDS = [
  'name',
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

export const importMapping = z.strictObject({
  /** Field -> the header of the column it comes from. */
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), headerName),
  dateOrder: z.enum(['auto', 'MDY', 'DMY']),
  defaultCategory: z.enum(ASSET_CATEGORIES),
});
export type ImportMapping = z.infer<typeof importMapping>;

/** A cell as read from CSV (text) or XLSX (text, number, or a date already in ISO form). */
export type ImportCell = string | number | null;

export interface ImportTable {
  headers: string[];
  rows: ImportCell[][];
}

export type ImportRowStatus = 'ready' | 'error' | 'duplicate';

export interface ImportRowResult {
  /** The row number as the consultant sees it in the file (header is row 1). */
  rowNumber: number;
  /** The name or model as written in the file, so a rejected row can still be recognised. */
  label: string;
  status: ImportRowStatus;
  asset: AssetFields | null;
  errors: string[];
  warnings: string[];
}

export interface ImportInterpretation {
  dateOrder: DateOrder;
  dateOrderDetected: boolean;
  rows: ImportRowResult[];
  readyCount: number;
  errorCount: number;
  duplicateCount: number;
}

const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'device name', 'device', 'hostname', 'host name', 'computer name', 'computer', 'asset name', 'asset', 'item', 'description', 'product'],
  model: ['model', 'model name', 'product model', 'system model'],
  category: ['category', 'type', 'device type', 'asset type', 'class', 'device class', 'configuration type'],
  quantity: ['quantity', 'qty', 'count', 'units'],
  unitCost: ['unit cost', 'cost', 'price', 'unit price', 'purchase price', 'purchase cost', 'value', 'amount'],
  purchaseDate: ['purchase date', 'purchased', 'date purchased', 'install date', 'installed', 'in service date', 'acquired', 'ship date'],
  warrantyEnd: ['warranty end', 'warranty expiration', 'warranty expires', 'warranty expiry', 'warranty end date', 'warranty', 'expiration date'],
  serial: ['serial', 'serial number', 'serial no', 'sn', 'service tag', 'serial #'],
  location: ['location', 'site', 'user', 'assigned to', 'last user', 'owner', 'department'],
  lifespanMonths: ['lifespan', 'lifespan months', 'life (months)', 'useful life', 'life'],
  replacementUnitCost: ['replacement cost', 'replacement unit cost', 'replacement price'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[_.]+/g, ' ').replace(/\s+/g, ' ').trim();
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
  return { columns, dateOrder: 'auto', defaultCategory: 'other' };
}

/** A remembered mapping fits a file when every header it names is in the file. */
export function mappingFits(mapping: ImportMapping, headers: readonly string[]): boolean {
  const present = new Set(headers);
  const used = Object.values(mapping.columns);
  return used.length > 0 && used.every((header) => header !== undefined && present.has(header));
}

const CATEGORY_KEYWORDS: Array<[RegExp, AssetCategory]> = [
  [/\b(laptop|notebook|ultrabook|macbook|thinkpad|latitude|elitebook|surface laptop)\b/i, 'laptop'],
  [/\b(workstation|desktop|optiplex|imac|tower|pc|all[- ]in[- ]one)\b/i, 'workstation'],
  [/\b(server|hypervisor|host|esxi|hyper-v|poweredge|proliant)\b/i, 'server'],
  [/\b(firewall|utm|fortigate|sonicwall|meraki mx|palo alto|watchguard)\b/i, 'firewall'],
  [/\b(switch|switches)\b/i, 'switch'],
  [/\b(wireless|wi-?fi|access point|wap|ap)\b/i, 'wireless'],
  [/\b(ups|battery backup|uninterruptible)\b/i, 'ups'],
  [/\b(nas|san|storage|disk array)\b/i, 'storage'],
  [/\b(backup appliance|bdr|datto|backup)\b/i, 'backupAppliance'],
  [/\b(phone|pbx|voip|telephony)\b/i, 'phoneSystem'],
  [/\b(printer|mfp|copier|plotter)\b/i, 'printer'],
  [/\b(licen[cs]e|software|subscription)\b/i, 'softwareLicence'],
];

export function categoryFromText(text: string): AssetCategory | undefined {
  const trimmed = text.trim();
  const exact = ASSET_CATEGORIES.find((category) => category.toLowerCase() === trimmed.toLowerCase());
  if (exact) return exact;
  return CATEGORY_KEYWORDS.find(([pattern]) => pattern.test(trimmed))?.[1];
}

function cellText(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

function moneyOf(cell: ImportCell | undefined): { cents: number } | { message: string } | null {
  if (cell === null || cell === undefined || cellText(cell) === '') return null;
  if (typeof cell === 'number') {
    const centsValue = Math.round(cell * 100);
    if (cell < 0) return { message: `${cell} is negative; amounts cannot be negative` };
    if (Math.abs(cell * 100 - centsValue) > 1e-6) return { message: `${cell} has more than two decimals` };
    if (centsValue > MAX_CENTS) return { message: `${cell} is too large` };
    return { cents: centsValue };
  }
  const parsed = parseMoney(cell);
  return parsed.ok ? { cents: parsed.cents } : { message: parsed.message };
}

function dateOf(cell: ImportCell | undefined, order: DateOrder): DateParse | null {
  if (cell === null || cell === undefined || cellText(cell) === '') return null;
  if (typeof cell === 'number') return dateFromSpreadsheetSerial(cell);
  return parseImportDate(cell, order);
}

function wholeNumberOf(cell: ImportCell | undefined, label: string, min: number, max: number): { value: number } | { message: string } | null {
  const text = cellText(cell);
  if (text === '') return null;
  const value = typeof cell === 'number' ? cell : Number(text.replace(/[\s,]/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) return { message: `${label} "${text}" must be a whole number from ${min} to ${max}` };
  return { value };
}

export function interpretAssetRows(
  table: ImportTable,
  mapping: ImportMapping,
  context: { existingSerials: ReadonlySet<string>; locale: string },
): ImportInterpretation {
  const indexOf = (field: ImportField): number => {
    const header = mapping.columns[field];
    return header === undefined ? -1 : table.headers.indexOf(header);
  };
  const column = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, indexOf(field)])) as Record<ImportField, number>;
  const cellOf = (row: ImportCell[], field: ImportField): ImportCell | undefined => (column[field] >= 0 ? row[column[field]] : undefined);

  const dateTexts = table.rows.flatMap((row) =>
    (['purchaseDate', 'warrantyEnd'] as const).map((field) => cellOf(row, field)).filter((cell): cell is string => typeof cell === 'string'),
  );
  const detected = detectDateOrder(dateTexts);
  const fallbackOrder: DateOrder = context.locale === 'en-US' ? 'MDY' : 'DMY';
  const dateOrder: DateOrder = mapping.dateOrder === 'auto' ? (detected.order ?? fallbackOrder) : mapping.dateOrder;

  const seenSerials = new Map<string, number>();
  const rows = table.rows.map((row, index): ImportRowResult => {
    const errors: string[] = [];
    const warnings: string[] = [];
    const name = cellText(cellOf(row, 'name'));
    const model = cellText(cellOf(row, 'model'));
    const fullName = name && model && !name.includes(model) ? `${name} (${model})` : name || model;
    if (!fullName) errors.push('No name or model');

    const categoryText = cellText(cellOf(row, 'category'));
    let category: AssetCategory = mapping.defaultCategory;
    if (categoryText) {
      const inferred = categoryFromText(categoryText) ?? categoryFromText(fullName);
      if (inferred) category = inferred;
      else warnings.push(`Category "${categoryText}" not recognised; using ${mapping.defaultCategory}`);
    } else {
      category = categoryFromText(fullName) ?? mapping.defaultCategory;
    }

    const quantity = wholeNumberOf(cellOf(row, 'quantity'), 'Quantity', 1, 1_000_000);
    if (quantity && 'message' in quantity) errors.push(quantity.message);

    const unitCost = moneyOf(cellOf(row, 'unitCost'));
    if (unitCost && 'message' in unitCost) errors.push(`Unit cost: ${unitCost.message}`);
    if (unitCost === null) warnings.push('No unit cost; imported as 0');
    const replacementCost = moneyOf(cellOf(row, 'replacementUnitCost'));
    if (replacementCost && 'message' in replacementCost) errors.push(`Replacement cost: ${replacementCost.message}`);

    const purchase = dateOf(cellOf(row, 'purchaseDate'), dateOrder);
    if (purchase && !purchase.ok) errors.push(`Purchase date: ${purchase.message}`);
    if (purchase === null) warnings.push('No purchase date: the replacement month is unknown');
    const warranty = dateOf(cellOf(row, 'warrantyEnd'), dateOrder);
    if (warranty && !warranty.ok) errors.push(`Warranty end: ${warranty.message}`);

    const lifespan = wholeNumberOf(cellOf(row, 'lifespanMonths'), 'Lifespan', 1, 600);
    if (lifespan && 'message' in lifespan) errors.push(lifespan.message);

    const serial = cellText(cellOf(row, 'serial'));
    const rowNumber = index + 2;
    const label = fullName.slice(0, 200);
    if (errors.length > 0) return { rowNumber, label, status: 'error', asset: null, errors, warnings };

    const candidate = {
      ...ASSET_DEFAULTS,
      name: fullName.slice(0, 200),
      category,
      quantity: quantity && 'value' in quantity ? quantity.value : 1,
      unitCostCents: unitCost && 'cents' in unitCost ? unitCost.cents : 0,
      replacementUnitCostCents: replacementCost && 'cents' in replacementCost ? replacementCost.cents : null,
      purchaseDate: purchase && purchase.ok ? purchase.date : null,
      warrantyEnd: warranty && warranty.ok ? warranty.date : null,
      lifespanMonths: lifespan && 'value' in lifespan ? lifespan.value : null,
      serial: serial.slice(0, 120),
      location: cellText(cellOf(row, 'location')).slice(0, 200),
      notes: cellText(cellOf(row, 'notes')).slice(0, 20_000),
    };
    const validated = assetFields.safeParse(candidate);
    if (!validated.success) {
      return { rowNumber, label, status: 'error', asset: null, errors: validated.error.issues.map((issue) => issue.message), warnings };
    }
    const serialKey = serial.toLowerCase();
    if (serialKey && context.existingSerials.has(serialKey)) {
      return { rowNumber, label, status: 'duplicate', asset: validated.data, errors: [`Serial ${serial} is already recorded for this client`], warnings };
    }
    const earlierRow = serialKey ? seenSerials.get(serialKey) : undefined;
    if (earlierRow !== undefined) {
      return { rowNumber, label, status: 'duplicate', asset: validated.data, errors: [`Serial ${serial} is already on row ${earlierRow} of this file`], warnings };
    }
    if (serialKey) seenSerials.set(serialKey, rowNumber);
    return { rowNumber, label, status: 'ready', asset: validated.data, errors, warnings };
  });

  return {
    dateOrder,
    dateOrderDetected: detected.order !== undefined,
    rows,
    readyCount: rows.filter((row) => row.status === 'ready').length,
    errorCount: rows.filter((row) => row.status === 'error').length,
    duplicateCount: rows.filter((row) => row.status === 'duplicate').length,
  };
}
