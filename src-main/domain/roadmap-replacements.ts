import { ASSET_CATEGORY_LABELS, type Asset, type AssetCategory } from './asset';
import type { PriceBasis } from './asset-replacement';
import type { Forecast } from './forecast';
import { INITIATIVE_DEFAULTS, type Initiative, type InitiativeFields } from './initiative';
import { countWord } from './initiative-links';
import { fiscalQuarterOfMonth, quarterKey, quarterLabel, type FiscalQuarter, type Month } from './months';

/**
 * Asset replacements turned into roadmap initiatives in bulk (PRODUCT.md §6). Each asset's next
 * replacement in the plan is offered once; the chosen ones are grouped by category and fiscal
 * quarter and costed from the forecast. The initiative lists its assets in its "why", so by the
 * "Replaced by an initiative" rule of §5 the budget counts that money once: on the initiative.
 */

export interface ReplacementCandidate {
  assetId: string;
  name: string;
  quantity: number;
  month: Month;
  overdue: boolean;
  costCents: number;
  priceCents: number;
  /** As the budget costs it: an asset without a price takes its category's default, or 0 when there is none. */
  priceBasis: PriceBasis;
}

export interface ReplacementGroup {
  /** Stable for the same category, quarter and markup. */
  key: string;
  category: AssetCategory;
  quarter: FiscalQuarter;
  markupPercent: number;
  assets: ReplacementCandidate[];
  costCents: number;
  priceCents: number;
  overdue: boolean;
}

/** Assets already named by an initiative that is not declined: their replacement is in the roadmap already. */
function coveredAssetIds(initiatives: readonly Initiative[]): Set<string> {
  return new Set(initiatives.filter((item) => item.status !== 'declined').flatMap((item) => item.why.assetIds));
}

/** The next replacement of every asset in the plan, grouped by category, quarter and markup, soonest first. */
export function replacementGroups(
  forecast: Pick<Forecast, 'events'>,
  assets: readonly Asset[],
  initiatives: readonly Initiative[],
  fiscalStartMonth: number,
): ReplacementGroup[] {
  const covered = coveredAssetIds(initiatives);
  const byId = new Map(assets.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const groups = new Map<string, ReplacementGroup>();
  // Events come ordered by month, so the first one seen for an asset is its next replacement.
  for (const event of forecast.events) {
    if (event.source !== 'asset' || event.kind !== 'replacement' || seen.has(event.sourceId)) continue;
    seen.add(event.sourceId);
    const item = byId.get(event.sourceId);
    if (!item || covered.has(item.id)) continue;
    const quarter = fiscalQuarterOfMonth(event.month, fiscalStartMonth);
    const key = `${item.category}|${quarterKey(quarter)}|${event.markupPercent}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, category: item.category, quarter, markupPercent: event.markupPercent, assets: [], costCents: 0, priceCents: 0, overdue: false };
      groups.set(key, group);
    }
    group.assets.push({
      assetId: item.id,
      name: item.name,
      quantity: item.quantity,
      month: event.month,
      overdue: event.overdue,
      costCents: event.costCents,
      priceCents: event.priceCents,
      priceBasis: event.unpriced ? 'unpriced' : event.estimated ? 'estimated' : 'priced',
    });
    group.costCents += event.costCents;
    group.priceCents += event.priceCents;
    group.overdue ||= event.overdue;
  }
  const order = (quarter: FiscalQuarter) => quarter.fiscalYear * 4 + quarter.quarter;
  return [...groups.values()].sort(
    (a, b) => order(a.quarter) - order(b.quarter) || ASSET_CATEGORY_LABELS[a.category].localeCompare(ASSET_CATEGORY_LABELS[b.category]) || a.markupPercent - b.markupPercent,
  );
}

/** Keeps only the chosen assets, dropping groups left empty. */
export function chosenGroups(groups: readonly ReplacementGroup[], assetIds: ReadonlySet<string>): ReplacementGroup[] {
  return groups.flatMap((group) => {
    const assets = group.assets.filter((candidate) => assetIds.has(candidate.assetId));
    if (assets.length === 0) return [];
    return [
      {
        ...group,
        assets,
        costCents: assets.reduce((sum, candidate) => sum + candidate.costCents, 0),
        priceCents: assets.reduce((sum, candidate) => sum + candidate.priceCents, 0),
        overdue: assets.some((candidate) => candidate.overdue),
      },
    ];
  });
}

/** How a title counts a category's items: "3 laptops", "1 UPS unit". */
const CATEGORY_NOUNS: Record<AssetCategory, [string, string]> = {
  server: ['server', 'servers'],
  workstation: ['workstation', 'workstations'],
  laptop: ['laptop', 'laptops'],
  firewall: ['firewall', 'firewalls'],
  switch: ['switch', 'switches'],
  wireless: ['wireless access point', 'wireless access points'],
  ups: ['UPS unit', 'UPS units'],
  storage: ['storage device', 'storage devices'],
  backupAppliance: ['backup appliance', 'backup appliances'],
  phoneSystem: ['phone system', 'phone systems'],
  printer: ['printer', 'printers'],
  softwareLicence: ['software licence', 'software licences'],
  other: ['asset', 'assets'],
};

function unitCount(group: ReplacementGroup): number {
  return group.assets.reduce((sum, candidate) => sum + candidate.quantity, 0);
}

/** An initiative costed from defaults or from nothing says so, so that its cost is checked before the client sees it. */
function costNote(group: ReplacementGroup): string {
  const bases = new Set(group.assets.map((candidate) => candidate.priceBasis));
  if (bases.has('unpriced')) return ' Some of these have no price yet: enter their cost.';
  if (bases.has('estimated')) return ' The cost is partly estimated from default replacement costs.';
  return '';
}

/** The new initiative's fields: one-time cost = the grouped replacements' cost, at their markup, in their quarter. */
export function initiativeFromGroup(group: ReplacementGroup): InitiativeFields {
  const [singular, plural] = CATEGORY_NOUNS[group.category];
  const only = group.assets.length === 1 ? group.assets[0]! : null;
  const title = only && only.quantity === 1 ? `Replace ${only.name}` : `Replace ${countWord(unitCount(group), singular, plural)}`;
  const listed = group.assets.map((candidate) => (candidate.quantity > 1 ? `${candidate.name} (×${candidate.quantity})` : candidate.name)).join(', ');
  return {
    ...structuredClone(INITIATIVE_DEFAULTS),
    title: title.slice(0, 200),
    description: `Replaces ${listed}, due in ${quarterLabel(group.quarter)}.${costNote(group)}`.slice(0, 2000),
    why: { ...structuredClone(INITIATIVE_DEFAULTS.why), assetIds: group.assets.map((candidate) => candidate.assetId) },
    businessImpact: {
      ...INITIATIVE_DEFAULTS.businessImpact,
      businessRisk: group.overdue ? 'Already past their planned life: failures become more likely and harder to repair.' : '',
    },
    priority: group.overdue ? 'high' : 'medium',
    status: 'proposed',
    startQuarter: group.quarter,
    oneTimeCostCents: group.costCents,
    oneTimeSpend: 'capex',
    oneTimeMarkupPercent: group.markupPercent,
  };
}
