import { ASSET_DEFAULTS, assetFields, type Asset, type AssetCategory, type AssetFields } from './asset';
import { categoryOfType, IMPORT_FIELDS, typeKey, type CategorySource, type ImportCell, type ImportField, type ImportMapping, type ImportTable } from './asset-import';
import { hasNoPrice } from './asset-replacement';
import { parseMoney } from './format';
import { dateFromSpreadsheetSerial, detectDateOrder, parseImportDate, type DateOrder, type DateParse } from './import-dates';
import { MAX_CENTS } from './money';
import type { ReplacementCostTable } from './settings';

/**
 * What each row of an RMM or PSA export becomes: a new asset, an update of one the client already
 * has (matched by serial number, else by name and model), unchanged, a repeat of an earlier row, or
 * rejected when nothing in it identifies a device. Everything else that is wrong with a row (a bad
 * date, price or quantity) is reported as a warning and left out, so the device is still imported.
 */

export type ImportRowStatus = 'new' | 'update' | 'unchanged' | 'error' | 'duplicate';

/** The fields an import writes; the rest (markup, planned month, status) stay the consultant's. */
export const IMPORTED_FIELDS = [
  'name',
  'category',
  'quantity',
  'unitCostCents',
  'replacementUnitCostCents',
  'purchaseDate',
  'warrantyEnd',
  'lifespanMonths',
  'serial',
  'location',
  'notes',
] as const satisfies readonly (keyof AssetFields)[];
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

export interface FieldChange {
  field: ImportedField;
  from: string | number | null;
  to: string | number | null;
}

export interface ImportRowResult {
  /** The row number as the consultant sees it in the file (header is row 1). */
  rowNumber: number;
  /** The name or model as written in the file, so a rejected row can still be recognised. */
  label: string;
  status: ImportRowStatus;
  /** The asset as the row describes it (for an update: the stored asset with the changes applied). */
  asset: AssetFields | null;
  /** The client's asset this row updates or leaves unchanged. */
  matchId: string | null;
  changes: FieldChange[];
  errors: string[];
  warnings: string[];
}

export interface ImportTypeValue {
  /** The type name as first written in the file. */
  text: string;
  key: string;
  count: number;
  /** Null when the type is not recognised: each row's category then comes from its name, else the default. */
  category: AssetCategory | null;
  source: CategorySource;
}

export interface ImportInterpretation {
  dateOrder: DateOrder;
  dateOrderDetected: boolean;
  rows: ImportRowResult[];
  counts: Record<ImportRowStatus, number>;
  /** The distinct type names of the category column, with the category each maps to. */
  types: ImportTypeValue[];
  /** Rows of devices (new, updated or unchanged) that carry no price: estimated at a category default, or unpriced. */
  noPrice: { estimated: number; unpriced: number };
  /** Active assets of the client that no row of the file matches. */
  missing: Pick<Asset, 'id' | 'name' | 'serial' | 'category'>[];
}

export interface ImportContext {
  /** The client's assets, retired ones included, to match rows against. */
  existing: readonly Asset[];
  locale: string;
  replacementCosts: ReplacementCostTable;
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

/** "FRONT-DESK-01 (Dell OptiPlex 7010)"; the name alone when it already says the model. */
function deviceName(name: string, manufacturer: string, model: string): string {
  const maker = manufacturer && model && !model.toLowerCase().startsWith(manufacturer.toLowerCase()) ? `${manufacturer} ` : '';
  const product = model ? `${maker}${model}` : '';
  if (name && product && !name.toLowerCase().includes(model.toLowerCase())) return `${name} (${product})`;
  return name || product;
}

/** The value an import field has in a row, with the warnings of a value that could not be read. */
interface RowReading {
  name: string;
  typeText: string;
  category: AssetCategory;
  categoryFromFile: boolean;
  serial: string;
  /** Only the fields the row gives a readable value for. */
  given: Partial<Pick<AssetFields, ImportedField>>;
  warnings: string[];
}

function readRow(cellOf: (field: ImportField) => ImportCell | undefined, mapping: ImportMapping, dateOrder: DateOrder): RowReading | { error: string } {
  const warnings: string[] = [];
  const given: RowReading['given'] = {};
  const serial = cellText(cellOf('serial')).slice(0, 120);
  const manufacturer = cellText(cellOf('manufacturer'));
  let name = deviceName(cellText(cellOf('name')), manufacturer, cellText(cellOf('model')));
  if (!name) {
    if (!serial) return { error: 'Nothing identifies this device: no name, model or serial number' };
    name = `${manufacturer ? `${manufacturer} device` : 'Device'} ${serial}`;
    warnings.push('No name or model: named after its serial number');
  }
  name = name.slice(0, 200);

  const typeText = cellText(cellOf('category'));
  const fromType = typeText ? categoryOfType(typeText, mapping) : null;
  const categoryFromFile = fromType !== null && fromType.source !== 'default';
  const category = categoryFromFile ? fromType.category : categoryOfType(name, { categoryMap: {}, defaultCategory: mapping.defaultCategory }).category;
  if (typeText && !categoryFromFile) warnings.push(`Type "${typeText}" not recognised; using ${category}`);

  const quantity = wholeNumberOf(cellOf('quantity'), 'Quantity', 1, 1_000_000);
  if (quantity && 'message' in quantity) warnings.push(`${quantity.message}; using 1`);
  else if (quantity) given.quantity = quantity.value;

  const unitCost = moneyOf(cellOf('unitCost'));
  if (unitCost && 'message' in unitCost) warnings.push(`Unit cost: ${unitCost.message}; left without a price`);
  else if (unitCost) given.unitCostCents = unitCost.cents;
  const replacementCost = moneyOf(cellOf('replacementUnitCost'));
  if (replacementCost && 'message' in replacementCost) warnings.push(`Replacement cost: ${replacementCost.message}; left out`);
  else if (replacementCost) given.replacementUnitCostCents = replacementCost.cents;
  if (!unitCost && !replacementCost) warnings.push('No price');

  const purchase = dateOf(cellOf('purchaseDate'), dateOrder);
  if (purchase && !purchase.ok) warnings.push(`Purchase date: ${purchase.message}; age unknown`);
  else if (purchase) given.purchaseDate = purchase.date;
  else warnings.push('No purchase date: age unknown');
  const warranty = dateOf(cellOf('warrantyEnd'), dateOrder);
  if (warranty && !warranty.ok) warnings.push(`Warranty end: ${warranty.message}; left out`);
  else if (warranty) given.warrantyEnd = warranty.date;

  const lifespan = wholeNumberOf(cellOf('lifespanMonths'), 'Lifespan', 1, 600);
  if (lifespan && 'message' in lifespan) warnings.push(`${lifespan.message}; using the category default`);
  else if (lifespan) given.lifespanMonths = lifespan.value;

  if (serial) given.serial = serial;
  const location = cellText(cellOf('location')).slice(0, 200);
  if (location) given.location = location;
  const notes = cellText(cellOf('notes')).slice(0, 20_000);
  if (notes) given.notes = notes;
  return { name, typeText, category, categoryFromFile, serial, given, warnings };
}

/** Pairs rows with the client's assets: by serial number, else by name and model when one side has no serial. */
class AssetMatcher {
  private readonly taken = new Set<string>();
  private readonly bySerial = new Map<string, Asset>();
  private readonly byName = new Map<string, Asset[]>();

  constructor(existing: readonly Asset[]) {
    for (const item of existing) {
      if (item.serial) this.bySerial.set(item.serial.toLowerCase(), item);
      const key = item.name.toLowerCase();
      this.byName.set(key, [...(this.byName.get(key) ?? []), item]);
    }
  }

  match(name: string, serial: string): Asset | undefined {
    const bySerial = serial ? this.bySerial.get(serial.toLowerCase()) : undefined;
    const found =
      bySerial && !this.taken.has(bySerial.id)
        ? bySerial
        : (this.byName.get(name.toLowerCase()) ?? []).find((item) => !this.taken.has(item.id) && (!item.serial || !serial));
    if (found) this.taken.add(found.id);
    return found;
  }

  isTaken(id: string): boolean {
    return this.taken.has(id);
  }
}

function changesOf(stored: Asset, reading: RowReading): FieldChange[] {
  const proposed: Partial<Pick<AssetFields, ImportedField>> = { ...reading.given, name: reading.name };
  if (reading.categoryFromFile) proposed.category = reading.category;
  const changes: FieldChange[] = [];
  for (const field of IMPORTED_FIELDS) {
    const to = proposed[field];
    if (to === undefined || to === stored[field]) continue;
    // The same serial in another case is the same device, not a change.
    if (field === 'serial' && String(to).toLowerCase() === stored.serial.toLowerCase()) continue;
    changes.push({ field, from: stored[field], to });
  }
  return changes;
}

function typeValues(rows: readonly RowReading[], mapping: ImportMapping): ImportTypeValue[] {
  const values = new Map<string, ImportTypeValue>();
  for (const row of rows) {
    if (!row.typeText) continue;
    const key = typeKey(row.typeText);
    const known = values.get(key);
    if (known) known.count += 1;
    else {
      const mapped = categoryOfType(row.typeText, mapping);
      values.set(key, { text: row.typeText, key, count: 1, category: mapped.source === 'default' ? null : mapped.category, source: mapped.source });
    }
  }
  return [...values.values()].sort((a, b) => a.text.localeCompare(b.text));
}

export function interpretAssetRows(table: ImportTable, mapping: ImportMapping, context: ImportContext): ImportInterpretation {
  const column = Object.fromEntries(
    IMPORT_FIELDS.map((field) => {
      const header = mapping.columns[field];
      return [field, header === undefined ? -1 : table.headers.indexOf(header)];
    }),
  ) as Record<ImportField, number>;
  const cellsOf = (row: ImportCell[]) => (field: ImportField) => (column[field] >= 0 ? row[column[field]] : undefined);

  const dateTexts = table.rows.flatMap((row) =>
    (['purchaseDate', 'warrantyEnd'] as const).map(cellsOf(row)).filter((cell): cell is string => typeof cell === 'string'),
  );
  const detected = detectDateOrder(dateTexts);
  const fallbackOrder: DateOrder = context.locale === 'en-US' ? 'MDY' : 'DMY';
  const dateOrder: DateOrder = mapping.dateOrder === 'auto' ? (detected.order ?? fallbackOrder) : mapping.dateOrder;

  const matcher = new AssetMatcher(context.existing);
  const seenSerials = new Map<string, number>();
  const readings: RowReading[] = [];
  const rows = table.rows.map((cells, index): ImportRowResult => {
    const rowNumber = index + 2;
    const reading = readRow(cellsOf(cells), mapping, dateOrder);
    const base = { rowNumber, matchId: null, changes: [] };
    if ('error' in reading) return { ...base, label: '', status: 'error', asset: null, errors: [reading.error], warnings: [] };
    readings.push(reading);
    const { name: label, serial, warnings } = reading;
    const serialKey = serial.toLowerCase();
    const earlierRow = serialKey ? seenSerials.get(serialKey) : undefined;
    if (earlierRow !== undefined) {
      return { ...base, label, status: 'duplicate', asset: null, errors: [`Serial ${serial} is already on row ${earlierRow} of this file`], warnings };
    }
    if (serialKey) seenSerials.set(serialKey, rowNumber);

    const stored = matcher.match(reading.name, serial);
    if (stored) {
      const changes = changesOf(stored, reading);
      const { id: _id, clientId: _clientId, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = stored;
      const asset = { ...fields, ...Object.fromEntries(changes.map((change) => [change.field, change.to])) } as AssetFields;
      return { ...base, label, status: changes.length > 0 ? 'update' : 'unchanged', asset, matchId: stored.id, changes, errors: [], warnings };
    }
    const asset = assetFields.safeParse({ ...ASSET_DEFAULTS, unitCostCents: 0, ...reading.given, name: reading.name, category: reading.category });
    if (!asset.success) return { ...base, label, status: 'error', asset: null, errors: asset.error.issues.map((issue) => issue.message), warnings };
    return { ...base, label, status: 'new', asset: asset.data, errors: [], warnings };
  });

  const counts: Record<ImportRowStatus, number> = { new: 0, update: 0, unchanged: 0, error: 0, duplicate: 0 };
  const noPrice = { estimated: 0, unpriced: 0 };
  for (const row of rows) {
    counts[row.status] += 1;
    if (row.asset && row.status !== 'duplicate' && hasNoPrice(row.asset)) {
      if (context.replacementCosts[row.asset.category] === null) noPrice.unpriced += 1;
      else noPrice.estimated += 1;
    }
  }
  return {
    dateOrder,
    dateOrderDetected: detected.order !== undefined,
    rows,
    counts,
    types: typeValues(readings, mapping),
    noPrice,
    missing: context.existing
      .filter((item) => item.status === 'active' && !matcher.isTaken(item.id))
      .map((item) => ({ id: item.id, name: item.name, serial: item.serial, category: item.category })),
  };
}
