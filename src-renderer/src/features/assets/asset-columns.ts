/** The asset grid's columns the consultant may hide; name, category, quantity, cost and next due always show. */
export const OPTIONAL_ASSET_COLUMNS = [
  { key: 'purchased', label: 'Purchased', width: 96, shownByDefault: true },
  { key: 'age', label: 'Age', width: 66, shownByDefault: false },
  { key: 'warranty', label: 'Warranty end', width: 96, shownByDefault: true },
  { key: 'lifespan', label: 'Lifespan', width: 76, shownByDefault: true },
  { key: 'planned', label: 'Planned replacement', width: 92, shownByDefault: false },
] as const;

export type OptionalAssetColumn = (typeof OPTIONAL_ASSET_COLUMNS)[number]['key'];

const STORAGE_KEY = 'vcio-desk.asset-columns';

/** The columns chosen last time on this computer (a preference of the screen, not practice data). */
export function loadAssetColumns(): Set<OptionalAssetColumn> {
  const known = new Set<string>(OPTIONAL_ASSET_COLUMNS.map((column) => column.key));
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(stored)) return new Set(stored.filter((key): key is OptionalAssetColumn => typeof key === 'string' && known.has(key)));
  } catch {
    // An unreadable preference falls back to the defaults.
  }
  return new Set(OPTIONAL_ASSET_COLUMNS.filter((column) => column.shownByDefault).map((column) => column.key));
}

export function saveAssetColumns(columns: ReadonlySet<OptionalAssetColumn>): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...columns]));
  } catch {
    // Not remembering the choice is harmless: the grid still shows what was chosen now.
  }
}
