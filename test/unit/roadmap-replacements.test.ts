import { describe, expect, it } from 'vitest';
import { clientForecast } from '../../src-main/domain/budget-plan';
import { fiscalQuarterOfMonth, quarterKey } from '../../src-main/domain/months';
import { chosenGroups, initiativeFromGroup, replacementGroups } from '../../src-main/domain/roadmap-replacements';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';
import { makeAsset, makeClient, makeInitiative } from './factories';

/**
 * Asset replacements turned into initiatives in bulk (PRODUCT.md §6): each asset's next replacement
 * in the plan, grouped by category and quarter (and markup, so a price is never blended), costed
 * from the forecast, and linked to its assets so that the budget can count the money once (§5).
 */

const TODAY = '2026-11';
const client = makeClient({ fiscalYearStartMonth: 7 });
const assets = [
  makeAsset({ id: 'lap-a', name: 'ThinkPad T14', category: 'laptop', quantity: 4, unitCostCents: 150_000, purchaseDate: '2024-02-10' }),
  makeAsset({ id: 'lap-b', name: 'ThinkPad E14', category: 'laptop', quantity: 2, unitCostCents: 120_000, purchaseDate: '2024-03-10' }),
  makeAsset({ id: 'lap-c', name: 'MacBook Air', category: 'laptop', quantity: 1, unitCostCents: 140_000, purchaseDate: '2024-01-10', markupPercent: 20 }),
  makeAsset({ id: 'pc-old', name: 'Reception PC', category: 'workstation', quantity: 1, unitCostCents: 100_000, purchaseDate: '2021-01-10' }),
  makeAsset({ id: 'licence', name: 'Backup licence', category: 'softwareLicence', quantity: 1, unitCostCents: 30_000, purchaseDate: '2026-08-01', lifespanMonths: 12 }),
  makeAsset({ id: 'server', name: 'File server', category: 'server', quantity: 1, unitCostCents: 800_000, purchaseDate: '2022-05-10' }),
  makeAsset({ id: 'gone', name: 'Retired printer', category: 'printer', quantity: 1, unitCostCents: 50_000, purchaseDate: '2020-01-10', status: 'retired' }),
];
const serverMove = makeInitiative({ id: 'move-to-cloud', title: 'Move the file server to the cloud', startQuarter: null, why: { standardIds: [], reviewIds: [], goalIds: [], assetIds: ['server'], clientRequest: '' } });
const items = { client, assets, services: [], initiatives: [serverMove], settings: DEFAULT_SETTINGS };
const forecast = clientForecast(items, TODAY);
const groups = replacementGroups(forecast, assets, [serverMove], 7);

describe('replacement groups', () => {
  it('offers each asset once, at its next replacement, and leaves out assets an initiative already names', () => {
    const offered = groups.flatMap((group) => group.assets.map((candidate) => candidate.assetId));
    expect(offered.sort()).toEqual(['lap-a', 'lap-b', 'lap-c', 'licence', 'pc-old']);
    // The licence is replaced every 12 months; only its next replacement is offered.
    const licence = groups.find((group) => group.category === 'softwareLicence')!;
    expect(licence.assets.map((candidate) => candidate.month)).toEqual(['2027-08']);
  });

  it('groups by category and fiscal quarter, keeping a different markup apart', () => {
    const laptops = groups.filter((group) => group.category === 'laptop');
    expect(laptops.map((group) => [quarterKey(group.quarter), group.markupPercent, group.assets.map((candidate) => candidate.assetId)])).toEqual([
      ['FY2027-Q3', 20, ['lap-c']],
      ['FY2027-Q3', 30, ['lap-a', 'lap-b']],
    ]);
    const together = laptops[1]!;
    // 4 × $1,500 + 2 × $1,200 = $8,400 cost; priced by the forecast's own events.
    expect(together.costCents).toBe(840_000);
    const events = forecast.events.filter((event) => event.kind === 'replacement' && ['lap-a', 'lap-b'].includes(event.sourceId));
    expect(together.priceCents).toBe(events.reduce((sum, event) => sum + event.priceCents, 0));
  });

  it('puts an overdue replacement in the quarter where the budget places it, flagged', () => {
    const overdueEvent = forecast.events.find((event) => event.sourceId === 'pc-old')!;
    const group = groups.find((candidate) => candidate.category === 'workstation')!;
    expect(group.overdue).toBe(true);
    expect(quarterKey(group.quarter)).toBe(quarterKey(fiscalQuarterOfMonth(overdueEvent.month, 7)));
  });

  it('says which replacements the budget costs without a price of their own, as the budget does', () => {
    // Imported without prices: a laptop takes the laptop default, a licence has no default and counts as 0.
    const unpricedAssets = [
      makeAsset({ id: 'lap-np', name: 'Loaner laptop', category: 'laptop', quantity: 2, unitCostCents: 0, purchaseDate: '2024-02-10' }),
      makeAsset({ id: 'lic-np', name: 'CAD licence', category: 'softwareLicence', quantity: 1, unitCostCents: 0, purchaseDate: '2026-08-01', lifespanMonths: 12 }),
      assets[0]!,
    ];
    const unpricedItems = { client, assets: unpricedAssets, services: [], initiatives: [], settings: DEFAULT_SETTINGS };
    const candidates = new Map(
      replacementGroups(clientForecast(unpricedItems, TODAY), unpricedAssets, [], 7).flatMap((group) => group.assets.map((candidate) => [candidate.assetId, candidate])),
    );
    expect(candidates.get('lap-np')).toMatchObject({ priceBasis: 'estimated', costCents: 2 * DEFAULT_SETTINGS.replacementCosts.laptop! });
    expect(candidates.get('lic-np')).toMatchObject({ priceBasis: 'unpriced', costCents: 0 });
    expect(candidates.get('lap-a')).toMatchObject({ priceBasis: 'priced', costCents: 600_000 });
    // The initiative made from them says its cost needs checking.
    const laptops = replacementGroups(clientForecast(unpricedItems, TODAY), unpricedAssets, [], 7).find((group) => group.category === 'laptop')!;
    expect(initiativeFromGroup(laptops).description).toContain('partly estimated');
    const licences = replacementGroups(clientForecast(unpricedItems, TODAY), unpricedAssets, [], 7).find((group) => group.category === 'softwareLicence')!;
    expect(initiativeFromGroup(licences).description).toContain('no price yet');
  });

  it('lists groups soonest first', () => {
    const order = groups.map((group) => group.quarter.fiscalYear * 4 + group.quarter.quarter);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('initiatives from chosen replacements', () => {
  it('keeps only the chosen assets and re-adds the figures', () => {
    const chosen = chosenGroups(groups, new Set(['lap-b', 'pc-old']));
    expect(chosen.map((group) => [group.category, group.assets.length, group.costCents])).toEqual([
      ['workstation', 1, 100_000],
      ['laptop', 1, 240_000],
    ]);
  });

  it('makes a proposed initiative in the quarter, costed as the replacements with their markup, listing its assets', () => {
    const laptops = groups.find((group) => group.category === 'laptop' && group.markupPercent === 30)!;
    const fields = initiativeFromGroup(laptops);
    expect(fields).toMatchObject({
      title: 'Replace 6 laptops',
      status: 'proposed',
      priority: 'medium',
      startQuarter: { fiscalYear: 2027, quarter: 3 },
      oneTimeCostCents: 840_000,
      oneTimeMarkupPercent: 30,
      oneTimeSpend: 'capex',
      recurringMonthlyCostCents: 0,
      labourHours: 0,
    });
    expect(fields.why.assetIds).toEqual(['lap-a', 'lap-b']);
    expect(fields.description).toBe('Replaces ThinkPad T14 (×4), ThinkPad E14 (×2), due in Q3 FY2027.');

    const single = initiativeFromGroup(groups.find((group) => group.category === 'workstation')!);
    expect(single.title).toBe('Replace Reception PC');
    expect(single.priority).toBe('high');
    expect(single.businessImpact.businessRisk).not.toBe('');
  });
});
