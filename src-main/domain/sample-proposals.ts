import { z } from 'zod';
import { initiative as initiativeSchema, type Initiative } from './initiative';
import { percent } from './money';
import { addQuarters, fiscalQuarterOfMonth, isoDateOfLocalDate, monthOfLocalDate, type FiscalQuarter } from './months';
import type { PracticeData } from './practice';
import { LINE_ITEM_BILLINGS, LINE_ITEM_KINDS, NO_TIME, PROPOSAL_STATUSES, proposalRecord, type Proposal, type ProposalLineItem } from './proposal';
import { DEFAULT_CATALOGUE, lineFromCatalogue } from './proposal-catalogue';
import { addDays } from './proposal-dates';
import { acceptProposal, declineProposal } from './proposal-decision';

/**
 * The sample practice's proposals (resources/sample-proposals.json), keyed by client name, in every
 * status: drafts, sent ones (some expired), accepted and declined. Dates are days before the day the
 * sample is loaded. A proposal names its initiative by title; an accepted or declined one is
 * answered through the same rules as in the app, so its initiative carries the costs and history
 * the consultant would see. Loaded after the rest of the sample, so it finds every initiative.
 */

const daysAgo = z.number().int().min(0).max(3650);

const catalogueLine = z.strictObject({ catalogue: z.string(), quantity: z.number().int().min(1).default(1) });

const freeLine = z.strictObject({
  kind: z.enum(LINE_ITEM_KINDS),
  description: z.string(),
  quantity: z.number().int().min(1).default(1),
  unitCostCents: z.number().int().min(0),
  markupPercent: percent.nullable().default(null),
  billing: z.enum(LINE_ITEM_BILLINGS).default('oneTime'),
});

const sampleDecision = z.strictObject({
  daysAgo,
  by: z.string(),
  note: z.string().default(''),
  /** Accepted: where the work goes, in quarters from the current one; absent keeps the initiative's quarter. */
  startQuartersFromNow: z.number().int().min(-8).max(40).optional(),
  /** Declined: whether the initiative is declined too. */
  declineInitiative: z.boolean().default(true),
});

const hours = z.number().min(0).default(0);

const sampleProposal = z.strictObject({
  title: z.string(),
  /** The initiative it delivers, by title; left unlinked when the client has none of that title. */
  initiative: z.string().nullable().default(null),
  status: z.enum(PROPOSAL_STATUSES),
  issuedDaysAgo: daysAgo,
  validDays: z.number().int().min(0).max(365).default(30),
  decision: sampleDecision.nullable().default(null),
  summary: z.string().default(''),
  steps: z.array(z.strictObject({ title: z.string(), detail: z.string().default('') })).default([]),
  time: z.strictObject({ projectManagementHours: hours, implementationHours: hours, standbyHours: hours, closeOutHours: hours }).default({ ...NO_TIME }),
  lines: z.array(z.union([catalogueLine, freeLine])).default([]),
  resources: z.array(z.strictObject({ role: z.string(), who: z.string().default('') })).default([]),
  assumptions: z.string().default(''),
  outOfScope: z.string().default(''),
  internalNotes: z.string().default(''),
});
type SampleProposal = z.infer<typeof sampleProposal>;

export const sampleProposalsFile = z.strictObject({ clients: z.record(z.string(), z.array(sampleProposal)) });
export type SampleProposalsFile = z.infer<typeof sampleProposalsFile>;

export interface ExpandedProposals {
  proposals: Proposal[];
  /** Initiatives the answers changed or made, each once, as they end up. */
  initiatives: Initiative[];
}

const DAY_MS = 86_400_000;

function lineOf(entry: SampleProposal['lines'][number], data: Readonly<PracticeData>, id: string): ProposalLineItem {
  if ('catalogue' in entry) {
    const own = data.settings.catalogue.find((item) => item.id === entry.catalogue);
    const shipped = DEFAULT_CATALOGUE.find((item) => item.id === entry.catalogue);
    const build = own ?? shipped;
    if (!build) throw new Error(`The sample names a catalogue build that does not exist: ${entry.catalogue}`);
    return { ...lineFromCatalogue(build, id, entry.quantity), catalogueItemId: own ? build.id : null };
  }
  return { id, ...entry, catalogueItemId: null };
}

export function expandSampleProposals(file: SampleProposalsFile, data: Readonly<PracticeData>, clientIds: ReadonlySet<string>, now: Date, newId: () => string): ExpandedProposals {
  const today = isoDateOfLocalDate(now);
  const changed = new Map<string, Initiative>();
  const proposals: Proposal[] = [];
  const money = { currency: data.settings.currency, locale: data.settings.locale };
  for (const client of data.clients) {
    const entries = clientIds.has(client.id) ? file.clients[client.name] : undefined;
    if (!entries) continue;
    const currentQuarter = fiscalQuarterOfMonth(monthOfLocalDate(now), client.fiscalYearStartMonth);
    const initiativeTitled = (title: string | null): Initiative | null => {
      if (title === null) return null;
      const found = data.initiatives.find((item) => item.clientId === client.id && item.title === title);
      return found ? (changed.get(found.id) ?? found) : null;
    };
    for (const entry of entries) {
      const issueDate = addDays(today, -entry.issuedDaysAgo);
      const created = new Date(now.getTime() - entry.issuedDaysAgo * DAY_MS).toISOString();
      const linked = initiativeTitled(entry.initiative);
      const draft = proposalRecord.parse({
        id: newId(),
        clientId: client.id,
        title: entry.title,
        initiativeId: linked?.id ?? null,
        summary: entry.summary,
        steps: entry.steps.map((step) => ({ id: newId(), ...step })),
        time: entry.time,
        lineItems: entry.lines.map((line) => lineOf(line, data, newId())),
        resources: entry.resources.map((resource) => ({ id: newId(), ...resource })),
        assumptions: entry.assumptions,
        outOfScope: entry.outOfScope,
        issueDate,
        validUntil: addDays(issueDate, entry.validDays),
        status: entry.status === 'accepted' || entry.status === 'declined' ? 'sent' : entry.status,
        decision: { date: null, by: '', note: '' },
        internalNotes: entry.internalNotes,
        decidedAt: null,
        createdAt: created,
        updatedAt: created,
      });
      const decision = entry.decision;
      if (decision === null || (entry.status !== 'accepted' && entry.status !== 'declined')) {
        proposals.push(draft);
        continue;
      }
      const at = new Date(now.getTime() - decision.daysAgo * DAY_MS).toISOString();
      const input = { date: addDays(today, -decision.daysAgo), by: decision.by, note: decision.note };
      if (entry.status === 'accepted') {
        const startQuarter: FiscalQuarter | null = decision.startQuartersFromNow === undefined ? (linked?.startQuarter ?? null) : addQuarters(currentQuarter, decision.startQuartersFromNow);
        const siblings = [...data.initiatives.filter((item) => item.clientId === client.id), ...changed.values()];
        const result = acceptProposal({
          proposal: draft,
          initiative: linked,
          input: { ...input, startQuarter },
          settings: data.settings,
          money,
          now: at,
          newInitiative: { id: newId(), rank: Math.max(-1, ...siblings.map((item) => item.rank)) + 1 },
        });
        proposals.push(proposalRecord.parse(result.proposal));
        changed.set(result.initiative.id, initiativeSchema.parse(result.initiative));
      } else {
        const result = declineProposal({ proposal: draft, initiative: linked, input: { ...input, declineInitiative: decision.declineInitiative }, now: at });
        proposals.push(proposalRecord.parse(result.proposal));
        if (result.initiative) changed.set(result.initiative.id, initiativeSchema.parse(result.initiative));
      }
    }
  }
  return { proposals, initiatives: [...changed.values()] };
}
