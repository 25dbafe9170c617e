import { z } from 'zod';
import { asset, ASSET_CATEGORIES, type Asset } from './asset';
import { client, COMPLIANCE_REGIMES, CLIENT_STATUSES, type Client } from './client';
import { initiative, INITIATIVE_STATUSES, PRIORITIES, type Initiative } from './initiative';
import { addMonths, addQuarters, fiscalQuarterOfMonth, type Month } from './months';
import { BILLING_CYCLES, service, SERVICE_CATEGORIES, type Service } from './service';
import { consultantProfile } from './settings';

/**
 * The sample practice file (resources/sample-practice.json). Dates are written as months relative
 * to the day the sample is loaded, so it always has some replacements overdue and some due soon.
 */

const monthsFromNow = z.number().int().min(-600).max(600);

const sampleAsset = z.strictObject({
  name: z.string(),
  category: z.enum(ASSET_CATEGORIES),
  quantity: z.number().int().min(1).default(1),
  unitCostCents: z.number().int().min(0),
  purchasedMonthsFromNow: monthsFromNow.nullable(),
  warrantyMonths: z.number().int().min(0).max(120).default(36),
  lifespanMonths: z.number().int().min(1).nullable().default(null),
  plannedReplacementMonthsFromNow: monthsFromNow.nullable().default(null),
  serial: z.string().default(''),
  location: z.string().default(''),
  status: z.enum(['active', 'retired']).default('active'),
});

const sampleService = z.strictObject({
  name: z.string(),
  category: z.enum(SERVICE_CATEGORIES),
  vendor: z.string().default(''),
  quantity: z.number().int().min(1).default(1),
  unitCostCents: z.number().int().min(0),
  billing: z.enum(BILLING_CYCLES),
  startedMonthsFromNow: monthsFromNow,
  endsMonthsFromNow: monthsFromNow.nullable().default(null),
});

const sampleInitiative = z.strictObject({
  title: z.string(),
  description: z.string().default(''),
  priority: z.enum(PRIORITIES).default('medium'),
  status: z.enum(INITIATIVE_STATUSES).default('proposed'),
  /** Quarters from the client's current fiscal quarter; null is unscheduled. */
  startQuartersFromNow: z.number().int().min(-8).max(40).nullable(),
  durationQuarters: z.number().int().min(1).default(1),
  oneTimeCostCents: z.number().int().min(0).default(0),
  recurringMonthlyCostCents: z.number().int().min(0).default(0),
  labourHours: z.number().min(0).default(0),
  owner: z.string().default(''),
  productivity: z.string().default(''),
  businessRisk: z.string().default(''),
  opportunityCost: z.string().default(''),
  /** Names of the client's assets this initiative replaces (PRODUCT.md §5, "Replaced by an initiative"). */
  replacesAssets: z.array(z.string()).default([]),
});

const sampleContact = z.strictObject({
  name: z.string(),
  role: z.string().default(''),
  email: z.string().default(''),
  phone: z.string().default(''),
  decisionMaker: z.boolean().default(false),
});

const sampleClient = z.strictObject({
  name: z.string(),
  industry: z.string().default(''),
  status: z.enum(CLIENT_STATUSES).default('active'),
  address: z.string().default(''),
  website: z.string().default(''),
  notes: z.string().default(''),
  privateNotes: z.string().default(''),
  contacts: z.array(sampleContact).default([]),
  mrrCents: z.number().int().min(0),
  users: z.number().int().min(0),
  endpoints: z.number().int().min(0),
  complexity: z.number().int().min(1).max(10),
  complianceRegimes: z.array(z.enum(COMPLIANCE_REGIMES)).default([]),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  horizonYears: z.number().int().min(1).max(10).default(3),
  spendingLimitPerQuarterCents: z.number().int().min(0).nullable().default(null),
  assets: z.array(sampleAsset).default([]),
  services: z.array(sampleService).default([]),
  initiatives: z.array(sampleInitiative).default([]),
});

export const samplePracticeFile = z.strictObject({
  consultant: consultantProfile,
  clients: z.array(sampleClient).min(1),
});
export type SamplePracticeFile = z.infer<typeof samplePracticeFile>;

export interface ExpandedSample {
  clients: Client[];
  assets: Asset[];
  services: Service[];
  initiatives: Initiative[];
}

function dayInMonth(value: Month): string {
  return `${value}-15`;
}

/** Turns the relative sample into records dated around `today`, each checked by its entity schema. */
export function expandSample(file: SamplePracticeFile, today: Month, newId: () => string, nowIso: string): ExpandedSample {
  const expanded: ExpandedSample = { clients: [], assets: [], services: [], initiatives: [] };
  for (const entry of file.clients) {
    const clientId = newId();
    const stamps = { createdAt: nowIso, updatedAt: nowIso };
    expanded.clients.push(
      client.parse({
        id: clientId,
        name: entry.name,
        industry: entry.industry,
        status: entry.status,
        address: entry.address,
        website: entry.website,
        notes: entry.notes,
        privateNotes: entry.privateNotes,
        contacts: entry.contacts.map((person) => ({ ...person, id: newId() })),
        mrrCents: entry.mrrCents,
        users: entry.users,
        endpoints: entry.endpoints,
        complexity: entry.complexity,
        complianceRegimes: entry.complianceRegimes,
        otherCompliance: '',
        fiscalYearStartMonth: entry.fiscalYearStartMonth,
        cadenceOverride: null,
        hiddenStandardCategories: [],
        prepPackSections: null,
        budgetPlan: { startMonth: null, horizonYears: entry.horizonYears, spendingLimitPerQuarterCents: entry.spendingLimitPerQuarterCents },
        archivedAt: null,
        ...stamps,
      }),
    );
    for (const item of entry.assets) {
      const purchased = item.purchasedMonthsFromNow === null ? null : addMonths(today, item.purchasedMonthsFromNow);
      expanded.assets.push(
        asset.parse({
          id: newId(),
          clientId,
          name: item.name,
          category: item.category,
          quantity: item.quantity,
          unitCostCents: item.unitCostCents,
          purchaseDate: purchased ? dayInMonth(purchased) : null,
          warrantyEnd: purchased && item.warrantyMonths > 0 ? dayInMonth(addMonths(purchased, item.warrantyMonths)) : null,
          lifespanMonths: item.lifespanMonths,
          replacementUnitCostCents: null,
          plannedReplacementMonth: item.plannedReplacementMonthsFromNow === null ? null : addMonths(today, item.plannedReplacementMonthsFromNow),
          markupPercent: null,
          status: item.status,
          serial: item.serial,
          location: item.location,
          notes: '',
          ...stamps,
        }),
      );
    }
    for (const item of entry.services) {
      expanded.services.push(
        service.parse({
          id: newId(),
          clientId,
          name: item.name,
          category: item.category,
          vendor: item.vendor,
          quantity: item.quantity,
          unitCostCents: item.unitCostCents,
          billing: item.billing,
          startDate: dayInMonth(addMonths(today, item.startedMonthsFromNow)).replace(/-15$/, '-01'),
          endDate: item.endsMonthsFromNow === null ? null : dayInMonth(addMonths(today, item.endsMonthsFromNow)),
          markupPercent: null,
          notes: '',
          ...stamps,
        }),
      );
    }
    const currentQuarter = fiscalQuarterOfMonth(today, entry.fiscalYearStartMonth);
    const clientAssets = expanded.assets.filter((item) => item.clientId === clientId);
    const assetIdNamed = (name: string): string => {
      const found = clientAssets.find((item) => item.name === name);
      if (!found) throw new Error(`The sample initiative of ${entry.name} replaces "${name}", which is not one of its assets`);
      return found.id;
    };
    for (const item of entry.initiatives) {
      expanded.initiatives.push(
        initiative.parse({
          id: newId(),
          clientId,
          title: item.title,
          description: item.description,
          why: { standardIds: [], reviewIds: [], goalIds: [], assetIds: item.replacesAssets.map(assetIdNamed), clientRequest: '' },
          businessImpact: { productivity: item.productivity, businessRisk: item.businessRisk, opportunityCost: item.opportunityCost },
          priority: item.priority,
          status: item.status,
          startQuarter: item.startQuartersFromNow === null ? null : addQuarters(currentQuarter, item.startQuartersFromNow),
          durationQuarters: item.durationQuarters,
          oneTimeCostCents: item.oneTimeCostCents,
          oneTimeSpend: 'capex',
          oneTimeMarkupPercent: null,
          recurringMonthlyCostCents: item.recurringMonthlyCostCents,
          recurringMarkupPercent: null,
          labourHours: item.labourHours,
          owner: item.owner,
          clientDecision: { date: null, by: '', note: '' },
          rank: expanded.initiatives.length,
          history: [{ at: nowIso, kind: 'created', from: '', to: '', note: '', by: '' }],
          ...stamps,
        }),
      );
    }
  }
  return expanded;
}
