import type { Asset } from '../../../../src-main/domain/asset';
import { hasNoPrice, type ReplacementOutlook } from '../../../../src-main/domain/asset-replacement';
import type { ReplacementCostTable } from '../../../../src-main/domain/settings';

/**
 * The views of the asset list that other screens link to (#/clients/<id>/assets/<filter>): the
 * budget, the client's page and the dashboard send the consultant straight to what needs fixing.
 */
export const ASSET_FILTERS = ['estimated', 'unpriced', 'no-price', 'overdue', 'replaced', 'age-unknown'] as const;
export type AssetFilter = (typeof ASSET_FILTERS)[number];

export const ASSET_FILTER_LABELS: Record<AssetFilter, string> = {
  estimated: 'Without a price, estimated at the category default',
  unpriced: 'Without a price, and no default for their category',
  'no-price': 'Without a price',
  overdue: 'Overdue for replacement',
  replaced: 'Replaced by an initiative',
  'age-unknown': 'Age unknown',
};

export function assetFilterOf(value: string | undefined): AssetFilter | null {
  return (ASSET_FILTERS as readonly string[]).includes(value ?? '') ? (value as AssetFilter) : null;
}

export function matchesFilter(asset: Asset, filter: AssetFilter, outlook: ReplacementOutlook, defaults: ReplacementCostTable): boolean {
  const active = asset.status === 'active';
  switch (filter) {
    case 'estimated':
      return active && hasNoPrice(asset) && defaults[asset.category] !== null;
    case 'unpriced':
      return active && hasNoPrice(asset) && defaults[asset.category] === null;
    case 'no-price':
      return active && hasNoPrice(asset);
    case 'overdue':
      return outlook.overdue;
    case 'replaced':
      return outlook.replacedBy !== null;
    case 'age-unknown':
      return outlook.ageUnknown;
  }
}
