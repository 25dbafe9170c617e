import type { CatalogueItem, ProposalLineItem } from './proposal';

/**
 * The consultant's standard builds (PRODUCT.md §8): a few configurations quoted again and again, so a
 * proposal is assembled in minutes and the orders to the distributor stay simple. Costs are typical
 * small-business distributor prices; the consultant edits them in settings.
 */
export const DEFAULT_CATALOGUE: readonly CatalogueItem[] = [
  {
    id: 'catalogue-workstation-standard',
    name: 'Office workstation (standard build)',
    kind: 'hardware',
    description: 'Small form factor desktop, Core i5, 16 GB memory, 512 GB SSD, Windows 11 Pro, 3-year next-business-day warranty',
    unitCostCents: 94_900,
    markupPercent: 30,
    billing: 'oneTime',
  },
  {
    id: 'catalogue-workstation-performance',
    name: 'Performance workstation (power users)',
    kind: 'hardware',
    description: 'Tower desktop, Core i7, 32 GB memory, 1 TB SSD, dedicated graphics for two monitors, Windows 11 Pro, 3-year warranty',
    unitCostCents: 154_900,
    markupPercent: 30,
    billing: 'oneTime',
  },
  {
    id: 'catalogue-laptop-business',
    name: 'Business laptop with dock',
    kind: 'hardware',
    description: '14-inch business laptop, Core i5, 16 GB memory, 512 GB SSD, USB-C docking station, 3-year warranty',
    unitCostCents: 132_500,
    markupPercent: 30,
    billing: 'oneTime',
  },
  {
    id: 'catalogue-firewall',
    name: 'Next-generation firewall with 3-year security services',
    kind: 'hardware',
    description: 'Small-office firewall for up to 50 users with intrusion prevention, web filtering and support for three years',
    unitCostCents: 189_000,
    markupPercent: 30,
    billing: 'oneTime',
  },
  {
    id: 'catalogue-switch-24-poe',
    name: '24-port PoE managed switch',
    kind: 'hardware',
    description: 'Layer 2 managed switch, 24 gigabit PoE+ ports, 4 SFP+ uplinks, lifetime warranty',
    unitCostCents: 118_000,
    markupPercent: 30,
    billing: 'oneTime',
  },
  {
    id: 'catalogue-access-point',
    name: 'Wireless access point (Wi-Fi 6)',
    kind: 'hardware',
    description: 'Ceiling-mounted Wi-Fi 6 access point with PoE, cloud-managed',
    unitCostCents: 32_900,
    markupPercent: 35,
    billing: 'oneTime',
  },
  {
    id: 'catalogue-ups-1500',
    name: 'UPS 1500 VA (rack or tower)',
    kind: 'hardware',
    description: 'Line-interactive UPS with network management card, about 10 minutes of runtime for a small server and switch',
    unitCostCents: 68_500,
    markupPercent: 30,
    billing: 'oneTime',
  },
  {
    id: 'catalogue-m365-business-premium',
    name: 'Microsoft 365 Business Premium licence',
    kind: 'software',
    description: 'Per user per month: Office apps, Exchange email, Intune device management and Defender for Business',
    unitCostCents: 1_980,
    markupPercent: 11.11,
    billing: 'monthly',
  },
  {
    id: 'catalogue-m365-backup',
    name: 'Cloud backup for Microsoft 365',
    kind: 'service',
    description: 'Per user per month: daily backup of mailboxes, OneDrive, SharePoint and Teams, one-year retention',
    unitCostCents: 300,
    markupPercent: 50,
    billing: 'monthly',
  },
];

/** A line's description holds at most this many characters (the proposal schema's limit). */
const LINE_DESCRIPTION_MAX = 300;

/** A line item picked from the catalogue: the build's name and description, cost, markup and billing. */
export function lineFromCatalogue(item: CatalogueItem, id: string, quantity = 1): ProposalLineItem {
  const description = item.description ? `${item.name}: ${item.description}` : item.name;
  return {
    id,
    kind: item.kind,
    description: description.length > LINE_DESCRIPTION_MAX ? `${description.slice(0, LINE_DESCRIPTION_MAX - 1).trimEnd()}…` : description,
    quantity,
    unitCostCents: item.unitCostCents,
    markupPercent: item.markupPercent,
    billing: item.billing,
    catalogueItemId: item.id,
  };
}
